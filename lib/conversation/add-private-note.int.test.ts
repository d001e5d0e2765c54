import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, conversationReads, messages, outbox } from "@/lib/db/schema";
import { createConversation, createPerson, useConsoleWorld } from "@/lib/testing/console-write-fixtures";
import { testDatabaseKinds } from "@/lib/testing/databases";
import { addPrivateNote } from "./add-private-note";
import { markConversationRead } from "./mark-conversation-read";

describe.each(testDatabaseKinds())("private notes and read marks on %s", (kind) => {
  const world = useConsoleWorld(kind);
  const { db, events } = world;

  it("stores a note that never reaches the customer and tells the mentioned colleague", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "bot" });
    const { messageId } = await addPrivateNote(db(), { conversationId: conversation.id, userId: world.ana.id, body: "@Ben can you check the refund?", mentionedUserIds: [world.ben.id] });

    const [note] = await db().select().from(messages).where(eq(messages.id, messageId));
    expect(note).toMatchObject({ isPrivateNote: true, type: "note", direction: "outbound", sender: "agent", authorUserId: world.ana.id, status: "sent", payload: { mentionedUserIds: [world.ben.id], mentions: [{ id: world.ben.id, name: world.ben.name }] } });
    expect(await db().select().from(outbox).where(eq(outbox.conversationId, conversation.id))).toHaveLength(0);
    expect(events).toEqual([
      { type: "message.created", conversationId: conversation.id, inboxId: world.inbox.id, messageId, sender: "agent", isPrivateNote: true },
      { type: "mention", userId: world.ben.id, conversationId: conversation.id, inboxId: world.inbox.id, messageId, byName: "Ana Costa" },
    ]);
    const [audit] = await db().select().from(auditEvents).where(eq(auditEvents.action, "conversation.note_added"));
    expect(audit).toMatchObject({ actorId: world.ana.id, targetId: conversation.id, data: { messageId, mentions: [world.ben.id] } });
  });

  it("refuses mentions of unknown or deactivated people", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox });
    const gone = await createPerson(db(), { name: "Gone Person", active: false });
    for (const id of [gone.id, "00000000-0000-4000-8000-000000000000"]) {
      await expect(addPrivateNote(db(), { conversationId: conversation.id, userId: world.ana.id, body: "hi", mentionedUserIds: [id] })).rejects.toMatchObject({ code: "bad_request:api" });
    }
    expect(await db().select().from(messages).where(eq(messages.conversationId, conversation.id))).toHaveLength(0);
    expect(events).toEqual([]);
  });

  it("records how far each person has read", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox });
    const first = new Date("2026-03-03T10:00:00Z");
    await markConversationRead(db(), { conversationId: conversation.id, userId: world.ana.id, now: first });
    await markConversationRead(db(), { conversationId: conversation.id, userId: world.ana.id, now: new Date("2026-03-03T11:00:00Z") });
    await markConversationRead(db(), { conversationId: conversation.id, userId: world.ben.id, now: first });
    const reads = await db().select().from(conversationReads).where(eq(conversationReads.conversationId, conversation.id));
    expect(reads.map((row) => [row.userId, row.lastReadAt.toISOString()]).sort()).toEqual(
      [
        [world.ana.id, "2026-03-03T11:00:00.000Z"],
        [world.ben.id, "2026-03-03T10:00:00.000Z"],
      ].sort(),
    );
    await expect(markConversationRead(db(), { conversationId: "00000000-0000-4000-8000-000000000000", userId: world.ana.id })).rejects.toMatchObject({ code: "not_found:api" });
  });
});
