import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conversations, handoffs, messages, outbox } from "@/lib/db/schema";
import { createConversation, createHandoffRow, useConsoleWorld } from "@/lib/testing/console-write-fixtures";
import { testDatabaseKinds } from "@/lib/testing/databases";
import { applyConversationAction } from "./apply-conversation-action";
import { sendAgentMessage } from "./send-agent-message";

describe.each(testDatabaseKinds())("a person's reply on %s", (kind) => {
  const world = useConsoleWorld(kind, { jobs: true });
  const { db, events } = world;
  const reply = (conversationId: string, userId: string, body = "Hello, I can help.") => sendAgentMessage(db(), { conversationId, userId, content: { type: "text", body } });
  const load = async (id: string) => (await db().select().from(conversations).where(eq(conversations.id, id)))[0]!;

  it("makes an unassigned conversation the sender's, accepts the waiting handoff and starts the response clock", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human" });
    const handoff = await createHandoffRow(db(), { conversation });

    const queued = await reply(conversation.id, world.ana.id);

    const stored = await load(conversation.id);
    expect(stored).toMatchObject({ assigneeId: world.ana.id, version: 2 });
    expect(stored.firstResponseAt).toBeInstanceOf(Date);
    expect((await db().select().from(handoffs).where(eq(handoffs.id, handoff.id)))[0]).toMatchObject({ status: "accepted", acceptedById: world.ana.id });
    expect((await db().select().from(messages).where(eq(messages.id, queued.messageId)))[0]).toMatchObject({ sender: "agent", authorUserId: world.ana.id, status: "queued" });
    expect(await db().select().from(outbox).where(eq(outbox.messageId, queued.messageId))).toHaveLength(1);
    expect(events).toEqual([
      { type: "conversation.updated", conversationId: conversation.id, inboxId: world.inbox.id, version: 2, changes: { assigneeId: world.ana.id, firstResponseAt: stored.firstResponseAt!.toISOString() } },
      { type: "message.created", conversationId: conversation.id, inboxId: world.inbox.id, messageId: queued.messageId, sender: "agent" },
    ]);

    // A second reply changes nothing about the conversation: no new version for colleagues to trip on.
    events.length = 0;
    await reply(conversation.id, world.ana.id, "Anything else?");
    expect((await load(conversation.id)).version).toBe(2);
    expect(events.map((event) => event.type)).toEqual(["message.created"]);
  });

  it("refuses while the assistant owns the conversation", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "bot" });
    await expect(reply(conversation.id, world.ana.id)).rejects.toMatchObject({ code: "conflict:api", message: "The assistant is handling this conversation. Take over to reply." });
    expect(await db().select().from(messages).where(eq(messages.conversationId, conversation.id))).toHaveLength(0);
  });

  it("refuses when a colleague handles it", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human", assigneeId: world.ben.id });
    await expect(reply(conversation.id, world.ana.id)).rejects.toMatchObject({ code: "conflict:api", message: "Ben Ortiz is handling this conversation. Assign it to yourself to reply." });
  });

  it("refuses a resolved conversation and says who resolved it", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human", assigneeId: world.ana.id });
    await applyConversationAction(db(), { conversationId: conversation.id, userId: world.ben.id, action: { action: "resolve", expectedVersion: 1 } });
    await expect(reply(conversation.id, world.ana.id)).rejects.toMatchObject({ code: "conflict:api", message: "This conversation was resolved by Ben Ortiz. Reopen it to reply." });
    const unknown = await createConversation(db(), { inbox: world.inbox, owner: "human", status: "resolved", resolvedAt: new Date() });
    await expect(reply(unknown.id, world.ana.id)).rejects.toThrow("This conversation was resolved. Reopen it to reply.");
  });

  it("keeps the 24-hour window rule, and leaves nothing behind when it refuses", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human", windowOpen: false });
    await createHandoffRow(db(), { conversation });
    await expect(reply(conversation.id, world.ana.id)).rejects.toMatchObject({ code: "conflict:whatsapp", details: { reason: "window_closed" } });
    expect(await load(conversation.id)).toMatchObject({ assigneeId: null, firstResponseAt: null, version: 1 });
    expect((await db().select().from(handoffs).where(eq(handoffs.conversationId, conversation.id)))[0]!.status).toBe("waiting");
    // A template still goes out.
    await sendAgentMessage(db(), { conversationId: conversation.id, userId: world.ana.id, content: { type: "template", name: "order_update", language: "en", bodyParameters: [] } });
    expect((await load(conversation.id)).assigneeId).toBe(world.ana.id);
  });
});
