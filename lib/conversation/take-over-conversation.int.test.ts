import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agentTurns, conversations, handoffs, messages, outbox } from "@/lib/db/schema";
import { createConversation, createHandoffRow, useConsoleWorld } from "@/lib/testing/console-write-fixtures";
import { testDatabaseKinds } from "@/lib/testing/databases";
import { processConversationTurn } from "./process-turn";
import { takeOverConversation } from "./take-over-conversation";
import type { TurnInput } from "./turn-responder";

describe.each(testDatabaseKinds())("taking over a conversation on %s", (kind) => {
  const world = useConsoleWorld(kind, { jobs: true });
  const { db, events } = world;

  const outbound = (conversationId: string) => db().select().from(messages).where(and(eq(messages.conversationId, conversationId), eq(messages.direction, "outbound")));

  it("silences the bot, accepts the handoff and greets a Portuguese customer in Portuguese", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "bot", contactLanguage: "pt" });
    const handoff = await createHandoffRow(db(), { conversation });

    const result = await takeOverConversation(db(), { conversationId: conversation.id, userId: world.ana.id, expectedVersion: 1 });

    expect(result.version).toBe(2);
    const [stored] = await db().select().from(conversations).where(eq(conversations.id, conversation.id));
    expect(stored).toMatchObject({ owner: "human", assigneeId: world.ana.id, version: 2 });
    const [accepted] = await db().select().from(handoffs).where(eq(handoffs.id, handoff.id));
    expect(accepted).toMatchObject({ status: "accepted", acceptedById: world.ana.id });
    expect(accepted!.acceptedAt).toBeInstanceOf(Date);

    const [notice] = await outbound(conversation.id);
    expect(notice).toMatchObject({ id: result.noticeMessageId, sender: "system", authorUserId: world.ana.id, status: "queued" });
    expect(notice!.body).toBe("Olá, fala Ana, da nossa equipa de apoio. Li a sua conversa e vou continuar a partir daqui.");
    expect(await db().select().from(outbox).where(eq(outbox.messageId, notice!.id))).toHaveLength(1);
    expect(events).toEqual([
      { type: "conversation.updated", conversationId: conversation.id, inboxId: world.inbox.id, version: 2, changes: { owner: "human", assigneeId: world.ana.id } },
      { type: "message.created", conversationId: conversation.id, inboxId: world.inbox.id, messageId: notice!.id, sender: "system" },
    ]);

    // The customer writes again: the turn is skipped, the bot says nothing.
    await db().insert(messages).values({ conversationId: conversation.id, direction: "inbound", sender: "customer", type: "text", body: "olá?", status: "received", createdAt: new Date(Date.now() - 10_000) });
    const seen: TurnInput[] = [];
    const turn = await processConversationTurn(db(), conversation.id, {
      burstWindowMs: 0,
      responder: async (input) => {
        seen.push(input);
        return { outcome: "answered" };
      },
    });
    expect(turn.kind).toBe("skipped");
    expect(seen).toHaveLength(0);
    expect((await db().select().from(agentTurns).where(eq(agentTurns.conversationId, conversation.id)))[0]).toMatchObject({ status: "skipped", outcome: "human_owner" });
    expect(await outbound(conversation.id)).toHaveLength(1);
  });

  it("uses the conversation's language before the contact's", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "bot", contactLanguage: "pt", language: "de" });
    await takeOverConversation(db(), { conversationId: conversation.id, userId: world.ben.id, expectedVersion: 1 });
    expect((await outbound(conversation.id))[0]!.body).toBe("Hallo, hier ist Ben vom Support-Team. Ich habe Ihren Verlauf gelesen und übernehme ab hier.");
  });

  it("still takes over when the 24-hour window is closed, without a notice", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "bot", windowOpen: false });
    const result = await takeOverConversation(db(), { conversationId: conversation.id, userId: world.ana.id, expectedVersion: 1 });
    expect(result).toEqual({ version: 2, noticeMessageId: null });
    expect(await outbound(conversation.id)).toHaveLength(0);
    expect((await db().select().from(conversations).where(eq(conversations.id, conversation.id)))[0]!.owner).toBe("human");
  });

  it("says nothing to the customer when a colleague takes over from a colleague, and wakes a snoozed conversation", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human", assigneeId: world.ben.id, status: "snoozed", snoozedUntil: new Date(Date.now() + 3600_000) });
    const result = await takeOverConversation(db(), { conversationId: conversation.id, userId: world.ana.id, expectedVersion: 1 });
    expect(result.noticeMessageId).toBeNull();
    expect((await db().select().from(conversations).where(eq(conversations.id, conversation.id)))[0]).toMatchObject({ assigneeId: world.ana.id, status: "open", snoozedUntil: null });
  });

  it("refuses a stale version", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "bot" });
    await takeOverConversation(db(), { conversationId: conversation.id, userId: world.ben.id, expectedVersion: 1 });
    await expect(takeOverConversation(db(), { conversationId: conversation.id, userId: world.ana.id, expectedVersion: 1 })).rejects.toMatchObject({
      code: "conflict:api",
      message: "Ben Ortiz took over this conversation a moment ago. The view now shows the latest state.",
    });
  });
});
