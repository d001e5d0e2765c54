import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createBuiltinConnectors } from "@/lib/agent/connectors/builtin/create-builtin-connectors";
import type { Connectors } from "@/lib/agent/connectors/types";
import { loadAgentPolicy } from "@/lib/agent/load-agent-policy";
import { createAgentResponder } from "@/lib/agent/run-agent-turn";
import { OUT_OF_SCOPE_THRESHOLD } from "@/lib/ai/offline/nlu/classifier";
import { resolveLanguageModel } from "@/lib/ai/providers";
import { agentTurns, type Conversation, conversations, handoffs, messages } from "@/lib/db/schema";
import { createConversation, useConsoleWorld } from "@/lib/testing/console-write-fixtures";
import { testDatabaseKinds } from "@/lib/testing/databases";
import { handBackToBot } from "./hand-back-to-bot";
import { processConversationTurn } from "./process-turn";
import { queueBotReply } from "./queue-bot-reply";
import { takeOverConversation } from "./take-over-conversation";

// A bot turn takes seconds; a person may take over in the middle of it. Whatever the turn decided,
// nothing it says may reach the customer after that.
describe.each(testDatabaseKinds())("a bot turn overtaken by a person on %s", (kind) => {
  const world = useConsoleWorld(kind, { jobs: true });
  const { db } = world;

  // The real agent (offline model), whose customer lookup at the start of the turn is the moment a
  // person takes over: the turn goes on with the conversation it read before.
  const responderInterruptedBy = (interrupt: () => Promise<unknown>) => {
    const builtin = createBuiltinConnectors(db());
    const connectors: Connectors = {
      ...builtin,
      customers: {
        ...builtin.customers,
        findCustomerByPhone: async (waId) => {
          await interrupt();
          return builtin.customers.findCustomerByPhone(waId);
        },
      },
    };
    return createAgentResponder({
      model: resolveLanguageModel({ AI_MODEL: "offline", AI_BASE_URL: undefined, AI_API_KEY: undefined }),
      connectors,
      policy: () => loadAgentPolicy(db()),
      confidenceThreshold: OUT_OF_SCOPE_THRESHOLD,
    });
  };
  const customerWrites = (conversation: Conversation, body: string) =>
    db().insert(messages).values({ conversationId: conversation.id, direction: "inbound", sender: "customer", type: "text", body, status: "received", createdAt: new Date(Date.now() - 10_000) });
  const said = (conversation: Conversation, sender: "bot" | "system") =>
    db().select().from(messages).where(and(eq(messages.conversationId, conversation.id), eq(messages.direction, "outbound"), eq(messages.sender, sender)));

  it("answers normally when nobody interrupts (the harness works)", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "bot" });
    await customerWrites(conversation, "hello, what are your opening hours?");
    const result = await processConversationTurn(db(), conversation.id, { burstWindowMs: 0, responder: responderInterruptedBy(async () => {}) });
    expect(result.kind).toBe("answered");
    expect((await said(conversation, "bot")).length).toBeGreaterThan(0);
  });

  it("drops the reply of a turn that finishes after a person took over", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "bot", contactLanguage: "en" });
    await customerWrites(conversation, "hello, what are your opening hours?");
    const responder = responderInterruptedBy(() => takeOverConversation(db(), { conversationId: conversation.id, userId: world.ana.id, expectedVersion: 1 }));

    const result = await processConversationTurn(db(), conversation.id, { burstWindowMs: 0, responder });

    expect(result.kind).toBe("answered");
    expect(await said(conversation, "bot")).toHaveLength(0);
    // Only the person's arrival was announced.
    expect((await said(conversation, "system")).map((message) => message.body)).toEqual([expect.stringContaining("this is Ana")]);
    const [turn] = await db().select().from(agentTurns).where(eq(agentTurns.conversationId, conversation.id));
    expect(turn).toMatchObject({ status: "completed", outcome: "superseded_by_person" });
    expect((await db().select().from(conversations).where(eq(conversations.id, conversation.id)))[0]).toMatchObject({ owner: "human", assigneeId: world.ana.id });
  });

  it("does not hand over (or tell the customer so) when a person took over first", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "bot", contactLanguage: "en" });
    await customerWrites(conversation, "I want to talk to a human agent please");
    const responder = responderInterruptedBy(() => takeOverConversation(db(), { conversationId: conversation.id, userId: world.ana.id, expectedVersion: 1 }));

    await processConversationTurn(db(), conversation.id, { burstWindowMs: 0, responder });

    expect(await db().select().from(handoffs).where(eq(handoffs.conversationId, conversation.id))).toHaveLength(0);
    expect(await said(conversation, "bot")).toHaveLength(0);
  });

  it("keeps the fresh episode a hand-back started during the turn", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human", assigneeId: world.ana.id });
    await db().update(conversations).set({ owner: "bot", assigneeId: null }).where(eq(conversations.id, conversation.id));
    await customerWrites(conversation, "hello, what are your opening hours?");
    // Taken over and handed back while the turn ran: the bot owns it again, but in a new episode.
    const responder = responderInterruptedBy(async () => {
      await takeOverConversation(db(), { conversationId: conversation.id, userId: world.ana.id });
      await handBackToBot(db(), { conversationId: conversation.id, userId: world.ana.id });
    });
    await processConversationTurn(db(), conversation.id, { burstWindowMs: 0, responder });
    expect(await said(conversation, "bot")).toHaveLength(0);
    const [stored] = await db().select({ agentState: conversations.agentState }).from(conversations).where(eq(conversations.id, conversation.id));
    expect(stored!.agentState).toMatchObject({ episode: 2 });
  });

  it("refuses a queued bot message once a person owns the conversation", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human", assigneeId: world.ana.id });
    expect(await queueBotReply(db(), { conversationId: conversation.id, content: { type: "text", body: "Hi!" }, guard: { kind: "bot_owns", episode: 1 } })).toBeNull();
    const bot = await createConversation(db(), { inbox: world.inbox, owner: "bot" });
    expect(await queueBotReply(db(), { conversationId: bot.id, content: { type: "text", body: "Hi!" }, guard: { kind: "bot_owns", episode: 1 } })).not.toBeNull();
  });
});
