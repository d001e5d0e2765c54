import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { conversations, messages, outbox, type OutboxRow } from "@/lib/db/schema";
import { childLogger } from "@/lib/logger";
import { applyPendingStatuses, WINDOW_CLOSED_ERROR, type AppliedStatus } from "../ingest/apply-statuses";
import { retryDelayMs } from "./backoff";
import type { SendRateLimiter } from "./rate-limiter";
import { classifyNetworkError, SendFailure, type SendFailureDetails, type SendTransport } from "./transport";

const log = childLogger("outbox");
export const MAX_SEND_ATTEMPTS = 8;

export type OutboxDeps = {
  db: Db;
  transport: SendTransport;
  limiter: SendRateLimiter;
  now?: () => Date;
  // Called when the conversation still has rows that are not due yet.
  scheduleRetry: (conversationId: string, at: Date) => Promise<void>;
  onStatus: (status: AppliedStatus) => void;
};

// Sends a conversation's pending outbox rows strictly in order. A row is claimed ("sending") in its
// own committed step before the request leaves, and marked sent with Meta's message id right after;
// a row left in "sending" by a crash is reconciled (see recover-stuck-sends.ts), never blindly resent.
export async function sendConversationOutbox(conversationId: string, deps: OutboxDeps): Promise<void> {
  const now = deps.now ?? (() => new Date());
  for (;;) {
    const [head] = await deps.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.conversationId, conversationId), inArray(outbox.state, ["pending", "sending"])))
      .orderBy(asc(outbox.createdAt), asc(outbox.id))
      .limit(1);
    if (!head) return;
    // An earlier send is in flight or awaiting reconciliation: later messages wait to keep order.
    if (head.state === "sending") return;
    if (head.nextAttemptAt > now()) {
      await deps.scheduleRetry(conversationId, head.nextAttemptAt);
      return;
    }
    const claimed = await claim(deps.db, head, now());
    if (!claimed) return;
    await sendOne(claimed, deps, now);
  }
}

async function claim(db: Db, row: OutboxRow, at: Date): Promise<OutboxRow | null> {
  const [claimed] = await db
    .update(outbox)
    .set({ state: "sending", claimedAt: at, attempts: sql`${outbox.attempts} + 1` })
    .where(and(eq(outbox.id, row.id), eq(outbox.state, "pending"), lte(outbox.nextAttemptAt, at)))
    .returning();
  return claimed ?? null;
}

async function sendOne(row: OutboxRow, deps: OutboxDeps, now: () => Date): Promise<void> {
  if (row.freeForm) {
    const [conversation] = await deps.db.select({ windowExpiresAt: conversations.windowExpiresAt }).from(conversations).where(eq(conversations.id, row.conversationId));
    if (!conversation?.windowExpiresAt || conversation.windowExpiresAt <= now()) {
      await markFailed(row, deps, { code: WINDOW_CLOSED_ERROR, title: "The 24-hour window closed before this message could be sent; send a template." });
      return;
    }
  }
  await deps.limiter.acquire(row.phoneNumberId, row.recipient);
  try {
    const { waMessageId } = await deps.transport.send(row.phoneNumberId, row.request);
    const applied = await deps.db.transaction(async (tx) => {
      await tx.update(outbox).set({ state: "sent", waMessageId, sentAt: now() }).where(eq(outbox.id, row.id));
      await tx.update(messages).set({ waMessageId }).where(eq(messages.id, row.messageId));
      // A status webhook may have been faster than this commit (Meta echoes our outbox id); the
      // message only moves forward, so "sent" applies only while it is still "queued".
      const advanced = await tx
        .update(messages)
        .set({ status: "sent" })
        .where(and(eq(messages.id, row.messageId), eq(messages.status, "queued")))
        .returning({ id: messages.id });
      const [conversation] = await tx.select({ inboxId: conversations.inboxId }).from(conversations).where(eq(conversations.id, row.conversationId));
      const parked = await applyPendingStatuses(tx, waMessageId);
      const sent = { messageId: row.messageId, conversationId: row.conversationId, inboxId: conversation?.inboxId ?? "", status: "sent" as const, errorCode: null, errorTitle: null };
      return [...(advanced.length > 0 ? [sent] : []), ...parked];
    });
    for (const status of applied) deps.onStatus(status);
  } catch (error) {
    const failure = toFailure(error);
    if (failure.ambiguous) {
      // Leave it "sending": Meta's status echo or the reconcile window decides, never a blind resend.
      await deps.db.update(outbox).set({ lastErrorCode: failure.code, lastError: failure.title }).where(eq(outbox.id, row.id));
      log.warn({ outboxId: row.id, error: failure.title }, "send outcome unknown; waiting for reconciliation");
      return;
    }
    if (failure.retryable && row.attempts < MAX_SEND_ATTEMPTS) {
      const at = new Date(now().getTime() + retryDelayMs(row.attempts, { retryAfterMs: failure.retryAfterMs }));
      await deps.db
        .update(outbox)
        .set({ state: "pending", nextAttemptAt: at, lastErrorCode: failure.code, lastError: failure.title })
        .where(eq(outbox.id, row.id));
      log.warn({ outboxId: row.id, attempt: row.attempts, code: failure.code, retryAt: at.toISOString() }, "send failed, will retry");
      return;
    }
    await markFailed(row, deps, failure);
  }
}

async function markFailed(row: OutboxRow, deps: OutboxDeps, failure: { code: number | null; title: string }): Promise<void> {
  const inboxId = await deps.db.transaction(async (tx) => {
    await tx.update(outbox).set({ state: "failed", lastErrorCode: failure.code, lastError: failure.title }).where(eq(outbox.id, row.id));
    await tx.update(messages).set({ status: "failed", errorCode: failure.code, errorTitle: failure.title }).where(eq(messages.id, row.messageId));
    if (failure.code === WINDOW_CLOSED_ERROR) {
      await tx.update(conversations).set({ windowExpiresAt: sql`least(coalesce(${conversations.windowExpiresAt}, now()), now())` }).where(eq(conversations.id, row.conversationId));
    }
    const [conversation] = await tx.select({ inboxId: conversations.inboxId }).from(conversations).where(eq(conversations.id, row.conversationId));
    return conversation?.inboxId ?? "";
  });
  log.warn({ outboxId: row.id, code: failure.code, title: failure.title }, "send failed for good");
  deps.onStatus({ messageId: row.messageId, conversationId: row.conversationId, inboxId, status: "failed", errorCode: failure.code, errorTitle: failure.title });
}

function toFailure(error: unknown): SendFailureDetails {
  if (error instanceof SendFailure) return error.details;
  return classifyNetworkError(error);
}
