import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { conversations, messages, outbox, pendingStatuses } from "@/lib/db/schema";
import type { StatusEvent } from "@/lib/whatsapp/webhook/events";
import { statusRank, toDeliveryStatus, type DeliveryStatus } from "./status-rank";

export type AppliedStatus = { messageId: string; conversationId: string; inboxId: string; status: DeliveryStatus; errorCode: number | null; errorTitle: string | null };

// Meta's code for "outside the 24-hour window": the window is closed from now on.
export const WINDOW_CLOSED_ERROR = 131047;

// Applies delivery statuses to our outbound messages. A status for a send we have not recorded yet
// (Meta can be faster than our own bookkeeping) is parked in pending_statuses and applied later.
export async function applyStatuses(tx: Db, events: StatusEvent[]): Promise<AppliedStatus[]> {
  const applied: AppliedStatus[] = [];
  const ordered = [...events].sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime() || statusRank(toDeliveryStatus(a.status)) - statusRank(toDeliveryStatus(b.status)));
  for (const event of ordered) {
    const status = toDeliveryStatus(event.status);
    const error = event.errors[0];
    const callbackData = typeof event.payload.biz_opaque_callback_data === "string" ? event.payload.biz_opaque_callback_data : null;
    await reconcileOutbox(tx, callbackData, event.waMessageId);
    const result = await applyOne(tx, { waMessageId: event.waMessageId, status, errorCode: error?.code ?? null, errorTitle: error ? error.title : null });
    if (typeof result === "object") {
      applied.push(result);
    } else if (result === "unknown") {
      await tx.insert(pendingStatuses).values({
        waMessageId: event.waMessageId,
        status,
        occurredAt: event.timestamp,
        errorCode: error?.code ?? null,
        errorTitle: error?.title ?? null,
        callbackData,
      });
    }
  }
  return applied;
}

// Applies statuses parked for a send that has just been recorded.
export async function applyPendingStatuses(tx: Db, waMessageId: string): Promise<AppliedStatus[]> {
  const parked = await tx.delete(pendingStatuses).where(eq(pendingStatuses.waMessageId, waMessageId)).returning();
  const applied: AppliedStatus[] = [];
  for (const row of parked.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())) {
    const result = await applyOne(tx, { waMessageId, status: row.status, errorCode: row.errorCode, errorTitle: row.errorTitle });
    if (typeof result === "object") applied.push(result);
  }
  return applied;
}

async function applyOne(
  tx: Db,
  update: { waMessageId: string; status: DeliveryStatus; errorCode: number | null; errorTitle: string | null },
): Promise<AppliedStatus | "stale" | "unknown"> {
  const rank = statusRank(update.status);
  const rankOf = sql`case ${messages.status} when 'received' then 0 when 'queued' then 1 when 'sent' then 2 when 'delivered' then 3 when 'read' then 4 else 5 end`;
  const [row] = await tx
    .update(messages)
    .set({ status: update.status, errorCode: update.errorCode, errorTitle: update.errorTitle })
    .where(and(eq(messages.waMessageId, update.waMessageId), eq(messages.direction, "outbound"), sql`${rankOf} < ${rank}`))
    .returning({ id: messages.id, conversationId: messages.conversationId });
  if (!row) {
    const [known] = await tx.select({ id: messages.id }).from(messages).where(eq(messages.waMessageId, update.waMessageId)).limit(1);
    // A known message with older news needs nothing; an unknown one waits for its send record.
    return known ? "stale" : "unknown";
  }
  const [conversation] = await tx.select({ inboxId: conversations.inboxId }).from(conversations).where(eq(conversations.id, row.conversationId));
  if (update.status === "failed" && update.errorCode === WINDOW_CLOSED_ERROR) {
    await tx.update(conversations).set({ windowExpiresAt: sql`least(coalesce(${conversations.windowExpiresAt}, now()), now())` }).where(eq(conversations.id, row.conversationId));
  }
  return { messageId: row.id, conversationId: row.conversationId, inboxId: conversation?.inboxId ?? "", status: update.status, errorCode: update.errorCode, errorTitle: update.errorTitle };
}

// Our sends carry "outbox:<id>" as callback data, which Meta echoes on statuses. It tells us that
// a send whose answer we never recorded (a crash mid-send) did reach Meta, so it is not sent again.
async function reconcileOutbox(tx: Db, callbackData: string | null, waMessageId: string): Promise<void> {
  const outboxId = callbackData?.startsWith("outbox:") ? callbackData.slice("outbox:".length) : null;
  if (!outboxId || !/^[0-9a-f-]{36}$/i.test(outboxId)) return;
  const [row] = await tx
    .update(outbox)
    .set({ state: "sent", waMessageId, sentAt: sql`coalesce(${outbox.sentAt}, now())` })
    .where(and(eq(outbox.id, outboxId), inArray(outbox.state, ["pending", "sending"])))
    .returning({ messageId: outbox.messageId });
  if (row) {
    await tx.update(messages).set({ waMessageId, status: "sent" }).where(and(eq(messages.id, row.messageId), eq(messages.status, "queued")));
  }
}
