import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createBuiltinConnectors } from "@/lib/agent/connectors/builtin/create-builtin-connectors";
import { findOrphanedWork } from "@/lib/channel/find-orphaned-work";
import { ingestEventsInTransaction } from "@/lib/channel/ingest/ingest-webhook-events";
import { applyConversationAction } from "@/lib/conversation/apply-conversation-action";
import { getConversationDetail } from "@/lib/conversation/get-conversation-detail";
import { processConversationTurn } from "@/lib/conversation/process-turn";
import type { Db } from "@/lib/db/client";
import { agentTurns, contacts, type Conversation, conversations, csatSurveys, messages, outbox, settings } from "@/lib/db/schema";
import { wamid } from "@/lib/testing/channel-fixtures";
import { createConversation, useConsoleWorld } from "@/lib/testing/console-write-fixtures";
import { testDatabaseKinds } from "@/lib/testing/databases";
import { buildInboundMessagePayload, buildInteractiveMessage, buildTextMessage, type BusinessNumber } from "@/lib/whatsapp/webhook/build-payload";
import { parseWebhookPayload } from "@/lib/whatsapp/webhook/parse";
import type { WebhookMessage } from "@/lib/whatsapp/webhook/schema";
import { toUnixSeconds } from "@/lib/whatsapp/webhook/unix-seconds";
import { CSAT_ENABLED_SETTING } from "./csat-setting";
import { sendCsatSurvey } from "./send-csat-survey";

describe.each(testDatabaseKinds())("CSAT survey on %s", (kind) => {
  const world = useConsoleWorld(kind);
  const { db } = world;

  const resolve = async (conversation: Conversation) => {
    const [row] = await db().select({ version: conversations.version }).from(conversations).where(eq(conversations.id, conversation.id));
    return applyConversationAction(db(), { conversationId: conversation.id, userId: world.ana.id, action: { action: "resolve", expectedVersion: row!.version } });
  };
  const surveyOf = async (conversationId: string) => (await db().select().from(csatSurveys).where(eq(csatSurveys.conversationId, conversationId)))[0];
  const messagesOf = async (conversationId: string) => db().select().from(messages).where(eq(messages.conversationId, conversationId));
  const waIdOf = async (conversation: Conversation) => (await db().select({ waId: contacts.waId }).from(contacts).where(eq(contacts.id, conversation.contactId)))[0]!.waId;
  const business = (): BusinessNumber => ({ wabaId: "1", phoneNumberId: world.inbox.phoneNumberId, displayPhoneNumber: world.inbox.displayPhoneNumber });
  // The survey went out: Meta's id is recorded on its message, as the sender does after the send.
  const markSent = async (messageId: string) => {
    const id = wamid();
    await db().update(messages).set({ waMessageId: id, status: "delivered" }).where(eq(messages.id, messageId));
    return id;
  };
  const ingest = async (waId: string, message: WebhookMessage) => {
    const parsed = parseWebhookPayload(JSON.parse(JSON.stringify(buildInboundMessagePayload(business(), { waId, profileName: "Test Customer" }, [message]))));
    if (!parsed.ok) throw new Error(parsed.reason);
    return db().transaction((tx: Db) => ingestEventsInTransaction(tx, parsed.events));
  };

  it("sends reply buttons in the customer's language while the window is open", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human", contactLanguage: "fr" });
    await resolve(conversation);
    const survey = await surveyOf(conversation.id);
    expect(survey).toMatchObject({ score: null, answeredAt: null, comment: null });
    const [message] = (await messagesOf(conversation.id)).filter((row) => row.id === survey!.messageId);
    expect(message).toMatchObject({ direction: "outbound", sender: "system", type: "interactive", body: "Comment évaluez-vous l'aide reçue aujourd'hui ?" });
    const [queued] = await db().select().from(outbox).where(eq(outbox.messageId, message!.id));
    expect(queued!.request).toMatchObject({
      type: "interactive",
      interactive: {
        type: "button",
        action: {
          buttons: [
            { type: "reply", reply: { id: `csat:5:${survey!.id}`, title: "😊 Très bien" } },
            { type: "reply", reply: { id: `csat:3:${survey!.id}`, title: "😐 Correct" } },
            { type: "reply", reply: { id: `csat:1:${survey!.id}`, title: "🙁 Mauvais" } },
          ],
        },
      },
    });
  });

  it("sends the approved csat_survey template in the conversation's language once the window has closed", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human", contactLanguage: "en", language: "de", windowOpen: false });
    await resolve(conversation);
    const survey = await surveyOf(conversation.id);
    const [queued] = await db().select().from(outbox).where(eq(outbox.messageId, survey!.messageId!));
    expect(queued!.freeForm).toBe(false);
    expect(queued!.request).toMatchObject({
      type: "template",
      template: {
        name: "csat_survey",
        language: { code: "de" },
        components: [5, 3, 1].map((score, index) => ({ type: "button", sub_type: "quick_reply", index: String(index), parameters: [{ type: "payload", payload: `csat:${score}:${survey!.id}` }] })),
      },
    });
  });

  it("asks once per conversation, and not at all when csat.enabled is off", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human" });
    const first = await resolve(conversation);
    await applyConversationAction(db(), { conversationId: conversation.id, userId: world.ana.id, action: { action: "reopen", expectedVersion: first.version } });
    await resolve(conversation);
    expect(await sendCsatSurvey(db(), { conversationId: conversation.id })).toEqual({ sent: false, reason: "already_sent" });
    expect(await db().select().from(csatSurveys).where(eq(csatSurveys.conversationId, conversation.id))).toHaveLength(1);
    expect((await messagesOf(conversation.id)).filter((row) => row.sender === "system")).toHaveLength(1);

    const open = await createConversation(db(), { inbox: world.inbox, owner: "human" });
    expect(await sendCsatSurvey(db(), { conversationId: open.id })).toEqual({ sent: false, reason: "not_resolved" });

    await db().insert(settings).values({ key: CSAT_ENABLED_SETTING, value: false });
    try {
      const quiet = await createConversation(db(), { inbox: world.inbox, owner: "human" });
      await resolve(quiet);
      expect(await surveyOf(quiet.id)).toBeUndefined();
    } finally {
      await db().delete(settings).where(eq(settings.key, CSAT_ENABLED_SETTING));
    }
  });

  it("stores a button answer on the surveyed conversation without a turn or a new conversation", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "bot", contactLanguage: "en" });
    await resolve(conversation);
    const survey = (await surveyOf(conversation.id))!;
    const surveyWamid = await markSent(survey.messageId!);
    const waId = await waIdOf(conversation);
    const tappedAt = new Date(Math.floor(Date.now() / 1000) * 1000);

    const result = await ingest(waId, buildInteractiveMessage({ id: wamid(), from: waId, timestamp: tappedAt, context: { from: "15550000000", id: surveyWamid } }, { kind: "button_reply", id: `csat:5:${survey.id}`, title: "😊 Great" }));
    expect(result.createdConversations).toEqual([]);
    expect(result.turnsToSchedule).toEqual([]);
    expect(result.storedMessages).toEqual([expect.objectContaining({ conversationId: conversation.id })]);
    expect(await surveyOf(conversation.id)).toMatchObject({ score: 5, answeredAt: tappedAt });
    const answer = (await messagesOf(conversation.id)).find((row) => row.direction === "inbound" && row.type === "interactive");
    expect(answer).toMatchObject({ body: "😊 Great", turnId: survey.id });
    expect((await db().select().from(conversations).where(eq(conversations.id, conversation.id)))[0]!.status).toBe("resolved");

    // Nothing is left for the bot: no turn runs, and the sweep finds nothing orphaned.
    const turn = await processConversationTurn(db(), conversation.id, { burstWindowMs: 0, responder: async () => ({ outcome: "answered" }) });
    expect(turn).toEqual({ kind: "nothing_to_answer" });
    expect(await db().select().from(agentTurns).where(eq(agentTurns.conversationId, conversation.id))).toEqual([]);
    expect((await findOrphanedWork(db(), { olderThanMs: -60_000 })).turns).not.toContain(conversation.id);

    // A second tap is stored as a message but does not change the answer.
    await ingest(waId, buildInteractiveMessage({ id: wamid(), from: waId, timestamp: new Date(), context: { id: surveyWamid } }, { kind: "button_reply", id: `csat:1:${survey.id}`, title: "🙁 Bad" }));
    expect(await surveyOf(conversation.id)).toMatchObject({ score: 5 });

    // The console shows it.
    const detail = await getConversationDetail(db(), { conversationId: conversation.id, userId: world.ana.id, connectors: createBuiltinConnectors(db()) });
    expect(detail.csat).toEqual({ score: 5, comment: null, sentAt: survey.sentAt.toISOString(), answeredAt: tappedAt.toISOString() });
  });

  it("stores a template quick reply even after the customer opened a new conversation, and a quoted comment", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human", windowOpen: false, contactLanguage: "pt" });
    await resolve(conversation);
    const survey = (await surveyOf(conversation.id))!;
    const surveyWamid = await markSent(survey.messageId!);
    const waId = await waIdOf(conversation);
    const live = await createConversation(db(), { inbox: world.inbox, owner: "bot", contactId: conversation.contactId });

    const tap: WebhookMessage = { from: waId, id: wamid(), timestamp: toUnixSeconds(new Date()), type: "button", button: { payload: `csat:1:${survey.id}`, text: "Má" }, context: { from: "15550000000", id: surveyWamid } };
    const tapped = await ingest(waId, tap);
    expect(tapped.turnsToSchedule).toEqual([]);
    expect(tapped.storedMessages).toEqual([expect.objectContaining({ conversationId: conversation.id })]);
    expect(await surveyOf(conversation.id)).toMatchObject({ score: 1 });
    expect(await messagesOf(live.id)).toEqual([]);

    const commented = await ingest(waId, buildTextMessage({ id: wamid(), from: waId, timestamp: new Date(), context: { from: "15550000000", id: surveyWamid } }, "A entrega demorou muito."));
    expect(commented.turnsToSchedule).toEqual([]);
    expect(await surveyOf(conversation.id)).toMatchObject({ score: 1, comment: "A entrega demorou muito." });

    // An ordinary message is a request for the live conversation, as before.
    const request = await ingest(waId, buildTextMessage({ id: wamid(), from: waId, timestamp: new Date() }, "Onde está a minha encomenda?"));
    expect(request.turnsToSchedule).toEqual([live.id]);
  });

  it("ignores a survey id tapped by somebody else", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human" });
    await resolve(conversation);
    const survey = (await surveyOf(conversation.id))!;
    const stranger = "31600000999";
    const result = await ingest(stranger, buildInteractiveMessage({ id: wamid(), from: stranger, timestamp: new Date() }, { kind: "button_reply", id: `csat:5:${survey.id}`, title: "😊 Great" }));
    expect(result.createdConversations).toHaveLength(1);
    expect(await surveyOf(conversation.id)).toMatchObject({ score: null });
    expect(await db().select().from(messages).where(and(eq(messages.conversationId, conversation.id), eq(messages.direction, "inbound")))).toEqual([]);
  });
});
