import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { queueOutboundMessage } from "@/lib/channel/outbound/queue-outbound-message";
import type { OutboundContent } from "@/lib/channel/outbound/outbound-content";
import { scheduleOutboxSend } from "@/lib/channel/schedule-follow-up-jobs";
import type { Db } from "@/lib/db/client";
import { LANGUAGES, type Language } from "@/lib/db/enums";
import { contacts, conversations, csatSurveys } from "@/lib/db/schema";
import { childLogger } from "@/lib/logger";
import { publish } from "@/lib/realtime/publish";
import { CSAT_PHRASES, CSAT_SCORES, CSAT_TEMPLATE_NAME } from "./csat-phrases";
import { csatReplyId } from "./csat-reply-id";
import { isCsatEnabled } from "./csat-setting";

const log = childLogger("csat");

export type CsatSendOutcome =
  | { sent: true; surveyId: string; messageId: string; mode: "buttons" | "template"; language: Language }
  | { sent: false; reason: "disabled" | "not_resolved" | "already_sent" | "opted_out" | "never_wrote" | "not_found" };

// The satisfaction survey for a resolved conversation, at most once per conversation (the unique
// conversation id on csat_surveys decides a race). Inside the 24-hour window it is three reply
// buttons; outside it the approved `csat_survey` template, whose quick replies carry the same ids.
// Either way in the customer's language. The survey row and its message commit together.
export async function sendCsatSurvey(db: Db, input: { conversationId: string; now?: Date }): Promise<CsatSendOutcome> {
  const now = input.now ?? new Date();
  if (!(await isCsatEnabled(db))) return { sent: false, reason: "disabled" };
  const outcome = await db.transaction(async (tx): Promise<CsatSendOutcome & { inboxId?: string }> => {
    const [row] = await tx
      .select({
        status: conversations.status,
        inboxId: conversations.inboxId,
        language: conversations.language,
        windowExpiresAt: conversations.windowExpiresAt,
        lastCustomerMessageAt: conversations.lastCustomerMessageAt,
        contactLanguage: contacts.language,
        consent: contacts.consent,
        erasedAt: contacts.erasedAt,
      })
      .from(conversations)
      .innerJoin(contacts, eq(contacts.id, conversations.contactId))
      .where(eq(conversations.id, input.conversationId))
      .limit(1);
    if (!row) return { sent: false, reason: "not_found" };
    if (row.status !== "resolved") return { sent: false, reason: "not_resolved" };
    if (row.consent === "opted_out" || row.erasedAt) return { sent: false, reason: "opted_out" };
    if (!row.lastCustomerMessageAt) return { sent: false, reason: "never_wrote" };

    const surveyId = randomUUID();
    const [claimed] = await tx
      .insert(csatSurveys)
      .values({ id: surveyId, conversationId: input.conversationId, sentAt: now })
      .onConflictDoNothing({ target: csatSurveys.conversationId })
      .returning({ id: csatSurveys.id });
    if (!claimed) return { sent: false, reason: "already_sent" };

    const language = pickLanguage(row.language ?? row.contactLanguage);
    const windowOpen = row.windowExpiresAt !== null && row.windowExpiresAt > now;
    const content = windowOpen ? surveyButtons(surveyId, language) : surveyTemplate(surveyId, language);
    const queued = await queueOutboundMessage(tx, { conversationId: input.conversationId, sender: "system", content, now });
    await tx.update(csatSurveys).set({ messageId: queued.messageId }).where(eq(csatSurveys.id, surveyId));
    return { sent: true, surveyId, messageId: queued.messageId, mode: windowOpen ? "buttons" : "template", language, inboxId: queued.inboxId };
  });
  if (outcome.sent) {
    if (outcome.inboxId) publish({ type: "message.created", conversationId: input.conversationId, inboxId: outcome.inboxId, messageId: outcome.messageId, sender: "system" });
    try {
      await scheduleOutboxSend(input.conversationId);
    } catch (error) {
      // The outbox row is committed: the maintenance sweep re-enqueues its send.
      log.warn({ err: error, conversationId: input.conversationId }, "the survey's send could not be enqueued now; the sweep will pick it up");
    }
    const { inboxId: _inboxId, ...result } = outcome;
    return result;
  }
  return outcome;
}

// Called where a conversation becomes resolved: the resolution has already committed, so a survey
// that cannot be sent is logged and never undoes it.
export async function sendCsatSurveyAfterResolution(db: Db, conversationId: string): Promise<void> {
  try {
    const outcome = await sendCsatSurvey(db, { conversationId });
    if (outcome.sent) log.info({ conversationId, surveyId: outcome.surveyId, mode: outcome.mode, language: outcome.language }, "CSAT survey queued");
  } catch (error) {
    log.error({ err: error, conversationId }, "the CSAT survey could not be queued");
  }
}

function pickLanguage(language: string | null): Language {
  return LANGUAGES.find((candidate) => candidate === language) ?? "en";
}

function surveyButtons(surveyId: string, language: Language): OutboundContent {
  const phrases = CSAT_PHRASES[language];
  return {
    type: "buttons",
    body: phrases.question,
    footer: phrases.footer,
    buttons: CSAT_SCORES.map((score, index) => ({ id: csatReplyId(surveyId, score), title: phrases.buttons[index]! })),
  };
}

function surveyTemplate(surveyId: string, language: Language): OutboundContent {
  return {
    type: "template",
    name: CSAT_TEMPLATE_NAME,
    language,
    bodyParameters: [],
    quickReplyPayloads: CSAT_SCORES.map((score) => csatReplyId(surveyId, score)),
  };
}
