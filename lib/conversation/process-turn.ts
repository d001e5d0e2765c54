import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, isNull, lt, notInArray } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { agentTurns, contacts, conversations, inboxes, messages } from "@/lib/db/schema";
import { SILENT_MESSAGE_TYPES } from "@/lib/channel/ingest/turn-triggering";
import { childLogger } from "@/lib/logger";
import type { TurnRecord, TurnResponder } from "./turn-responder";

const log = childLogger("turns");

export type TurnResult =
  | { kind: "nothing_to_answer" }
  | { kind: "burst_open"; retryAt: Date }
  | { kind: "answered" | "skipped" | "failed"; turnId: string; inboundCount: number };

// One agent turn for a conversation. Messages that arrived within the burst window of each other are
// answered together: while the newest is younger than the window, the turn waits for the burst to
// end. The job queue runs at most one turn per conversation at a time, so turns never overlap.
export async function processConversationTurn(
  db: Db,
  conversationId: string,
  options: {
    burstWindowMs: number;
    responder: TurnResponder | undefined;
    now?: () => Date;
    // Read receipts (and "typing…" when the bot will answer) for the newest message of the turn.
    acknowledge?: (conversationId: string, waMessageId: string | null, botWillAnswer: boolean) => Promise<void>;
  },
): Promise<TurnResult> {
  const now = options.now ?? (() => new Date());
  const unanswered = await db
    .select()
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.direction, "inbound"), isNull(messages.turnId), notInArray(messages.type, SILENT_MESSAGE_TYPES)))
    .orderBy(asc(messages.sentAt), asc(messages.createdAt));
  if (unanswered.length === 0) return { kind: "nothing_to_answer" };

  const newestArrival = Math.max(...unanswered.map((m) => m.createdAt.getTime()));
  if (now().getTime() - newestArrival < options.burstWindowMs) {
    return { kind: "burst_open", retryAt: new Date(newestArrival + options.burstWindowMs) };
  }

  // The claim is one statement: the turn, its messages marked as taken, and the conversation with
  // whom it is with, all or nothing.
  const turnId = randomUUID();
  const turn = db.$with("turn").as(db.insert(agentTurns).values({ id: turnId, conversationId, inboundCount: unanswered.length, startedAt: now() }));
  const claimed = db.$with("claimed").as(db.update(messages).set({ turnId }).where(inArray(messages.id, unanswered.map((m) => m.id))));
  const [claim] = await db
    .with(turn, claimed)
    .select({ conversation: conversations, waId: contacts.waId, tier: contacts.tier, name: contacts.name, profileName: contacts.profileName, businessHours: inboxes.businessHours })
    .from(conversations)
    .innerJoin(contacts, eq(contacts.id, conversations.contactId))
    .innerJoin(inboxes, eq(inboxes.id, conversations.inboxId))
    .where(eq(conversations.id, conversationId));
  const { conversation, ...contact } = claim!;

  const botWillAnswer = conversation.owner === "bot" && options.responder !== undefined;
  await options.acknowledge?.(conversationId, unanswered.at(-1)?.waMessageId ?? null, botWillAnswer);

  // A person owns the conversation: the bot stays silent, the turn is recorded as skipped.
  if (!botWillAnswer || !options.responder) {
    const outcome = conversation.owner === "human" ? "human_owner" : "no_agent_configured";
    await db.update(agentTurns).set({ status: "skipped", outcome, finishedAt: now() }).where(eq(agentTurns.id, turnId));
    return { kind: "skipped", turnId, inboundCount: unanswered.length };
  }

  try {
    const storeRecord = async (tx: Db, record: TurnRecord) => {
      await tx.update(agentTurns).set(completedTurn(record, now())).where(eq(agentTurns.id, turnId));
    };
    const record = await options.responder({ db, turnId, conversation, inbound: unanswered, contact, storeRecord });
    if (!record.stored) await db.update(agentTurns).set(completedTurn(record, now())).where(eq(agentTurns.id, turnId));
    return { kind: "answered", turnId, inboundCount: unanswered.length };
  } catch (error) {
    log.error({ err: error, conversationId, turnId }, "agent turn failed; its messages go back to the queue");
    await releaseTurn(db, turnId, error instanceof Error ? error.message : String(error), now());
    // The job fails, so pg-boss retries it; the released messages are answered by that retry.
    throw error;
  }
}

function completedTurn(record: TurnRecord, finishedAt: Date) {
  return {
    status: "completed" as const,
    intent: record.intent ?? null,
    confidence: record.confidence ?? null,
    language: record.language ?? null,
    sentiment: record.sentiment ?? null,
    outcome: record.outcome,
    ...(record.toolCalls && { toolCalls: record.toolCalls }),
    ...(record.usage && { usage: record.usage }),
    finishedAt,
  };
}

// A turn that could not finish gives its messages back: they are answered by a retry (or handed to a
// person by the agent's own rules), never left unanswered.
export async function releaseTurn(db: Db, turnId: string, reason: string, at: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(agentTurns).set({ status: "failed", error: reason, finishedAt: at }).where(eq(agentTurns.id, turnId));
    await tx.update(messages).set({ turnId: null }).where(eq(messages.turnId, turnId));
  });
}

// Turns left "running" by a crashed process are released after a while so the sweep re-queues them.
export async function releaseStuckTurns(db: Db, olderThanMs: number, now = new Date()): Promise<number> {
  const stuck = await db
    .select({ id: agentTurns.id })
    .from(agentTurns)
    .where(and(eq(agentTurns.status, "running"), lt(agentTurns.startedAt, new Date(now.getTime() - olderThanMs))));
  for (const turn of stuck) await releaseTurn(db, turn.id, "interrupted: the process stopped during the turn", now);
  return stuck.length;
}
