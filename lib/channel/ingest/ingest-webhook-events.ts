import { inArray, sql } from "drizzle-orm";
import { matchSurveyReplies, recordSurveyReplies, type SurveyReply } from "@/lib/csat/match-survey-replies";
import type { Db } from "@/lib/db/client";
import { media, messages } from "@/lib/db/schema";
import type { InboundMessageEvent, StatusEvent, WebhookEvent } from "@/lib/whatsapp/webhook/events";
import { applyStatuses, type AppliedStatus } from "./apply-statuses";
import { ensureInboxes } from "./ensure-inboxes";
import { conversationKey, openConversations } from "./open-conversations";
import { triggersTurn } from "./turn-triggering";
import { upsertContacts } from "./upsert-contacts";

export type IngestResult = {
  storedMessages: { id: string; conversationId: string; inboxId: string }[];
  duplicates: number;
  createdConversations: { id: string; inboxId: string }[];
  statuses: AppliedStatus[];
  // Work that continues after the commit: turns to run and media to fetch.
  turnsToSchedule: string[];
  mediaToFetch: string[];
};

const WINDOW_MS = 24 * 60 * 60 * 1000;
const CHUNK = 500;

// Stores a batch of webhook events inside the caller's transaction (drain-inbound-webhooks.ts):
// contacts, conversations, messages (idempotent on the WhatsApp message id) and statuses. All of it
// commits or none of it does; the caller enqueues the follow-up jobs after the commit.
export async function ingestEventsInTransaction(tx: Db, events: WebhookEvent[], options: { now?: Date } = {}): Promise<IngestResult> {
  const inbound = events.filter((event): event is InboundMessageEvent => event.kind === "message");
  const statusEvents = events.filter((event): event is StatusEvent => event.kind === "status");
  const now = options.now ?? new Date();
  const numbers = new Map(events.map((event) => [event.phoneNumberId, event.displayPhoneNumber]));
  const inboxByNumber = await ensureInboxes(tx, numbers);

  const profiles = new Map<string, string | null>();
  for (const event of inbound) profiles.set(event.waId, event.profileName ?? profiles.get(event.waId) ?? null);
  const contactByWaId = await upsertContacts(tx, profiles);

  // Answers to a satisfaction survey go to the surveyed (resolved) conversation, not a new one.
  const surveyReplies = await matchSurveyReplies(tx, inbound);
  const pairs = new Map<string, { inboxId: string; contactId: string }>();
  for (const event of inbound) {
    if (surveyReplies.has(event.waMessageId)) continue;
    const inboxId = inboxByNumber.get(event.phoneNumberId)!;
    const contactId = contactByWaId.get(event.waId)!;
    pairs.set(conversationKey(inboxId, contactId), { inboxId, contactId });
  }
  const { byKey, created } = await openConversations(tx, [...pairs.values()]);
  const conversationOf = (event: InboundMessageEvent) =>
    surveyConversation(surveyReplies.get(event.waMessageId)) ??
    byKey.get(conversationKey(inboxByNumber.get(event.phoneNumberId)!, contactByWaId.get(event.waId)!))!;

  const inboxOfConversation = new Map([...byKey.values(), ...[...surveyReplies.values()].map((reply) => ({ id: reply.conversationId, inboxId: reply.inboxId }))].map((c) => [c.id, c.inboxId]));
  const { mediaIds, pendingMediaIds } = await storeMediaReferences(tx, inbound);
  const stored: IngestResult["storedMessages"] = [];
  const storedSurveyReplies: { reply: SurveyReply; sentAt: Date }[] = [];
  const newestByConversation = new Map<string, { at: Date; triggers: boolean }>();
  for (let start = 0; start < inbound.length; start += CHUNK) {
    const chunk = inbound.slice(start, start + CHUNK);
    const rows = await tx
      .insert(messages)
      .values(
        chunk.map((event) => ({
          conversationId: conversationOf(event).id,
          direction: "inbound" as const,
          sender: "customer" as const,
          type: event.type,
          waMessageId: event.waMessageId,
          body: event.body,
          payload: event.payload,
          mediaId: event.media ? (mediaIds.get(event.media.id) ?? null) : null,
          replyToWaMessageId: event.replyTo,
          status: "received" as const,
          // A survey reply is handled by the survey, never by an agent turn: it is marked with the
          // survey's id so no turn (nor the maintenance sweep) picks it up.
          turnId: surveyReplies.get(event.waMessageId)?.surveyId ?? null,
          errorCode: event.errors[0]?.code ?? null,
          errorTitle: event.errors[0]?.title ?? null,
          sentAt: event.timestamp,
        })),
      )
      .onConflictDoNothing({ target: messages.waMessageId })
      .returning({ id: messages.id, conversationId: messages.conversationId, waMessageId: messages.waMessageId, type: messages.type, sentAt: messages.sentAt });
    for (const row of rows) {
      stored.push({ id: row.id, conversationId: row.conversationId, inboxId: inboxOfConversation.get(row.conversationId) ?? "" });
      const surveyReply = row.waMessageId ? surveyReplies.get(row.waMessageId) : undefined;
      if (surveyReply) storedSurveyReplies.push({ reply: surveyReply, sentAt: row.sentAt });
      const newest = newestByConversation.get(row.conversationId);
      newestByConversation.set(row.conversationId, {
        at: !newest || row.sentAt > newest.at ? row.sentAt : newest.at,
        triggers: (newest?.triggers ?? false) || (triggersTurn(row.type) && !surveyReply),
      });
    }
  }

  if (newestByConversation.size > 0) {
    // One statement for every conversation in the batch: the newest customer message moves the
    // 24-hour window and the activity clocks forward (never back), and wakes a snoozed conversation.
    const rows = [...newestByConversation].map(([conversationId, newest]) => sql`(${conversationId}::uuid, ${newest.at.toISOString()}::timestamptz)`);
    await tx.execute(sql`
      update conversations c set
        last_customer_message_at = greatest(c.last_customer_message_at, v.at),
        last_message_at = greatest(c.last_message_at, v.at),
        window_expires_at = greatest(c.window_expires_at, v.at + interval '${sql.raw(String(WINDOW_MS / 1000))} seconds'),
        status = case when c.status = 'snoozed' then 'open' else c.status end,
        snoozed_until = case when c.status = 'snoozed' then null else c.snoozed_until end,
        updated_at = ${now.toISOString()}::timestamptz
      from (values ${sql.join(rows, sql`, `)}) as v(id, at)
      where c.id = v.id`);
  }

  await recordSurveyReplies(tx, storedSurveyReplies);

  const turnsToSchedule = [...newestByConversation].filter(([, newest]) => newest.triggers).map(([conversationId]) => conversationId);
  const statuses = await applyStatuses(tx, statusEvents);
  return { storedMessages: stored, duplicates: inbound.length - stored.length, createdConversations: created, statuses, turnsToSchedule, mediaToFetch: pendingMediaIds };
}

function surveyConversation(reply: SurveyReply | undefined): { id: string; inboxId: string } | undefined {
  return reply ? { id: reply.conversationId, inboxId: reply.inboxId } : undefined;
}

// Media arrives as a reference (Meta media id); the bytes are fetched by a job after the 200.
async function storeMediaReferences(tx: Db, inbound: InboundMessageEvent[]): Promise<{ mediaIds: Map<string, string>; pendingMediaIds: string[] }> {
  const refs = new Map<string, NonNullable<InboundMessageEvent["media"]>>();
  for (const event of inbound) if (event.media) refs.set(event.media.id, event.media);
  if (refs.size === 0) return { mediaIds: new Map(), pendingMediaIds: [] };
  await tx
    .insert(media)
    .values([...refs.values()].map((ref) => ({ waMediaId: ref.id, mimeType: ref.mimeType, sha256: ref.sha256 ?? null, fileName: ref.fileName ?? null })))
    .onConflictDoNothing({ target: media.waMediaId });
  const rows = await tx.select({ id: media.id, waMediaId: media.waMediaId, status: media.status }).from(media).where(inArray(media.waMediaId, [...refs.keys()]));
  return {
    mediaIds: new Map(rows.map((row) => [row.waMediaId ?? "", row.id])),
    pendingMediaIds: rows.filter((row) => row.status === "pending").map((row) => row.id),
  };
}
