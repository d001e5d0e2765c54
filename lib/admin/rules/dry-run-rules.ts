import { and, asc, eq, inArray } from "drizzle-orm";
import { computeTurnSignals } from "@/lib/agent/escalation/compute-turn-signals";
import { isWithinBusinessHours } from "@/lib/agent/escalation/business-hours";
import type { ContactTier } from "@/lib/agent/escalation/turn-signals";
import { OUT_OF_SCOPE_THRESHOLD } from "@/lib/ai/offline/nlu/classifier";
import { intentClassifier } from "@/lib/ai/offline/offline-nlu";
import type { Db } from "@/lib/db/client";
import { agentTurns, contacts, conversations, escalationRules, inboxes, messages } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { type ReplayedTurn, type ReplayTurn, replayRules } from "./replay-rules";

export type DryRunResult = {
  conversation: { id: string; contactName: string; tier: string; createdAt: string };
  rulesChecked: number;
  turns: ReplayedTurn[];
};

// Runs today's rules over a past conversation, turn by turn, reading only: nothing is sent,
// handed over, labelled or audited.
export async function dryRunRules(db: Db, input: { conversationId: string }): Promise<DryRunResult> {
  const [conversation] = await db
    .select({ id: conversations.id, createdAt: conversations.createdAt, name: contacts.name, profileName: contacts.profileName, waId: contacts.waId, tier: contacts.tier, businessHours: inboxes.businessHours })
    .from(conversations)
    .innerJoin(contacts, eq(contacts.id, conversations.contactId))
    .innerJoin(inboxes, eq(inboxes.id, conversations.inboxId))
    .where(eq(conversations.id, input.conversationId))
    .limit(1);
  if (!conversation) throw new AppError("not_found:admin", "That conversation does not exist.");
  const [turnRows, rules] = await Promise.all([
    db.select().from(agentTurns).where(eq(agentTurns.conversationId, conversation.id)).orderBy(asc(agentTurns.startedAt)),
    db.select().from(escalationRules).orderBy(asc(escalationRules.position)),
  ]);
  const inbound = turnRows.length
    ? await db
        .select({ turnId: messages.turnId, body: messages.body, type: messages.type })
        .from(messages)
        .where(and(eq(messages.conversationId, conversation.id), eq(messages.direction, "inbound"), inArray(messages.turnId, turnRows.map((turn) => turn.id))))
        .orderBy(asc(messages.sentAt), asc(messages.createdAt))
    : [];
  const textsByTurn = new Map<string, string[]>();
  for (const message of inbound) {
    if (!message.turnId) continue;
    const text = (message.body ?? "").trim() || `[${message.type}]`;
    textsByTurn.set(message.turnId, [...(textsByTurn.get(message.turnId) ?? []), text]);
  }
  const turns: ReplayTurn[] = turnRows.map((turn) => ({
    turnId: turn.id,
    startedAt: turn.startedAt,
    texts: textsByTurn.get(turn.id) ?? [],
    stored: { confidence: turn.confidence, language: turn.language, sentiment: turn.sentiment },
    toolCalls: turn.toolCalls,
    outcome: turn.outcome,
  }));
  const hours = conversation.businessHours;
  const replayed = replayRules(turns, rules, {
    tier: conversation.tier as ContactTier,
    businessHours: hours,
    confidenceThreshold: OUT_OF_SCOPE_THRESHOLD,
    read: (texts, now, previous) =>
      computeTurnSignals(texts, { classifier: intentClassifier(), languageHints: { previous: previous ?? undefined, phoneNumber: conversation.waId }, now, timeZone: hours?.timezone }),
    outsideBusinessHours: (now) => hours !== null && !isWithinBusinessHours(hours, now),
  });
  return {
    conversation: { id: conversation.id, contactName: conversation.name ?? conversation.profileName ?? conversation.waId, tier: conversation.tier, createdAt: conversation.createdAt.toISOString() },
    rulesChecked: rules.filter((rule) => rule.enabled).length,
    turns: replayed,
  };
}
