import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { contacts, conversations, csatSurveys, messages } from "@/lib/db/schema";
import type { InboundMessageEvent } from "@/lib/whatsapp/webhook/events";
import { scoreFromButtonTitle } from "./csat-phrases";
import { parseCsatReplyId } from "./csat-reply-id";

// A customer message that belongs to a survey rather than to a new request: the tap on a survey
// button (or template quick reply) or a comment written as a reply to the survey message. It is
// stored on the surveyed conversation, which is resolved, so no new conversation is opened for it
// and no agent turn answers it.
export type SurveyReply = { surveyId: string; conversationId: string; inboxId: string } & ({ kind: "answer"; score: number } | { kind: "comment"; text: string });

const MAX_COMMENT = 2000;

type Candidate = { event: InboundMessageEvent; kind: "answer"; score: number; surveyId?: string } | { event: InboundMessageEvent; kind: "comment"; text: string };

// Survey replies in a batch of inbound messages, by WhatsApp message id. A reply only counts when it
// comes from the customer the survey was sent to.
export async function matchSurveyReplies(tx: Db, inbound: InboundMessageEvent[]): Promise<Map<string, SurveyReply>> {
  const candidates = inbound.map(candidateOf).filter((candidate): candidate is Candidate => candidate !== null);
  const matched = new Map<string, SurveyReply>();
  if (candidates.length === 0) return matched;

  const surveyIds = [...new Set(candidates.flatMap((c) => (c.kind === "answer" && c.surveyId ? [c.surveyId] : [])))];
  const quoted = [...new Set(candidates.flatMap((c) => (c.event.replyTo && !(c.kind === "answer" && c.surveyId) ? [c.event.replyTo] : [])))];
  const columns = { surveyId: csatSurveys.id, conversationId: csatSurveys.conversationId, inboxId: conversations.inboxId, waId: contacts.waId, surveyWaMessageId: messages.waMessageId };
  const rows = [
    ...(surveyIds.length > 0
      ? await tx
          .select(columns)
          .from(csatSurveys)
          .innerJoin(conversations, eq(conversations.id, csatSurveys.conversationId))
          .innerJoin(contacts, eq(contacts.id, conversations.contactId))
          .leftJoin(messages, eq(messages.id, csatSurveys.messageId))
          .where(inArray(csatSurveys.id, surveyIds))
      : []),
    ...(quoted.length > 0
      ? await tx
          .select(columns)
          .from(csatSurveys)
          .innerJoin(conversations, eq(conversations.id, csatSurveys.conversationId))
          .innerJoin(contacts, eq(contacts.id, conversations.contactId))
          .innerJoin(messages, eq(messages.id, csatSurveys.messageId))
          .where(inArray(messages.waMessageId, quoted))
      : []),
  ];

  for (const candidate of candidates) {
    const survey = rows.find((row) =>
      candidate.kind === "answer" && candidate.surveyId ? row.surveyId === candidate.surveyId : row.surveyWaMessageId !== null && row.surveyWaMessageId === candidate.event.replyTo,
    );
    if (!survey || survey.waId !== candidate.event.waId) continue;
    const base = { surveyId: survey.surveyId, conversationId: survey.conversationId, inboxId: survey.inboxId };
    matched.set(candidate.event.waMessageId, candidate.kind === "answer" ? { ...base, kind: "answer", score: candidate.score } : { ...base, kind: "comment", text: candidate.text });
  }
  return matched;
}

// Stores what the stored reply messages say: the first answer per survey wins (a second tap changes
// nothing), and the first comment.
export async function recordSurveyReplies(tx: Db, replies: { reply: SurveyReply; sentAt: Date }[]): Promise<void> {
  for (const { reply, sentAt } of replies) {
    if (reply.kind === "answer") {
      await tx
        .update(csatSurveys)
        .set({ score: reply.score, answeredAt: sentAt })
        .where(and(eq(csatSurveys.id, reply.surveyId), isNull(csatSurveys.answeredAt)));
    } else {
      await tx
        .update(csatSurveys)
        .set({ comment: reply.text.slice(0, MAX_COMMENT) })
        .where(and(eq(csatSurveys.id, reply.surveyId), sql`coalesce(${csatSurveys.comment}, '') = ''`));
    }
  }
}

function candidateOf(event: InboundMessageEvent): Candidate | null {
  if (event.type === "interactive" || event.type === "button") {
    const id = replyIdOf(event);
    const parsed = id ? parseCsatReplyId(id) : null;
    if (parsed) return { event, kind: "answer", score: parsed.score, surveyId: parsed.surveyId };
    // A quick reply that came back without our payload: its title, on the survey message.
    const score = event.replyTo && event.body ? scoreFromButtonTitle(event.body) : null;
    return score === null ? null : { event, kind: "answer", score };
  }
  if (event.type === "text" && event.replyTo && event.body?.trim()) return { event, kind: "comment", text: event.body.trim() };
  return null;
}

// The id of a tapped reply button or list row, or a template quick reply's payload.
function replyIdOf(event: InboundMessageEvent): string | null {
  const payload = event.payload;
  if (event.type === "button") return stringAt(payload, ["button", "payload"]);
  return stringAt(payload, ["interactive", "button_reply", "id"]) ?? stringAt(payload, ["interactive", "list_reply", "id"]);
}

function stringAt(value: unknown, path: string[]): string | null {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return null;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === "string" ? current : null;
}
