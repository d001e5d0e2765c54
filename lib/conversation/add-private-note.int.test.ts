import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, conversationReads, type Inbox, messages, outbox, type User } from "@/lib/db/schema";
import type { RealtimeEvent } from "@/lib/realtime/events";
import { registerRealtimeSink } from "@/lib/realtime/publish";
import { createConversation, createInbox, createPerson } from "@/lib/testing/console-write-fixtures";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { addPrivateNote } from "./add-private-note";
import { markConversationRead } from "./mark-conversation-read";

describe.each(testDatabaseKinds())("private notes and read marks on %s", (kind) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  const events: RealtimeEvent[] = [];
  let unregister: () => void;
  let inbox: Inbox;
  let ana: User;
  let ben: User;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    inbox = await createInbox(db());
    ana = await createPerson(db(), { name: "Ana Costa" });
    ben = await createPerson(db(), { name: "Ben Ortiz" });
    unregister = registerRealtimeSink((event) => events.push(event));
  });
  afterAll(async () => {
    unregister();
    await database.dispose();
  });
  afterEach(() => {
    events.length = 0;
  });

  it("stores a note that never reaches the customer and tells the mentioned colleague", async () => {
    const conversation = await createConversation(db(), { inbox, owner: "bot" });
    const { messageId } = await addPrivateNote(db(), { conversationId: conversation.id, userId: ana.id, body: "@Ben can you check the refund?", mentionedUserIds: [ben.id] });

    const [note] = await db().select().from(messages).where(eq(messages.id, messageId));
    expect(note).toMatchObject({ isPrivateNote: true, type: "note", direction: "outbound", sender: "agent", authorUserId: ana.id, status: "sent", payload: { mentionedUserIds: [ben.id], mentions: [{ id: ben.id, name: ben.name }] } });
    expect(await db().select().from(outbox).where(eq(outbox.conversationId, conversation.id))).toHaveLength(0);
    expect(events).toEqual([
      { type: "message.created", conversationId: conversation.id, inboxId: inbox.id, messageId, sender: "agent", isPrivateNote: true },
      { type: "mention", userId: ben.id, conversationId: conversation.id, inboxId: inbox.id, messageId, byName: "Ana Costa" },
    ]);
    const [audit] = await db().select().from(auditEvents).where(eq(auditEvents.action, "conversation.note_added"));
    expect(audit).toMatchObject({ actorId: ana.id, targetId: conversation.id, data: { messageId, mentions: [ben.id] } });
  });

  it("refuses mentions of unknown or deactivated people", async () => {
    const conversation = await createConversation(db(), { inbox });
    const gone = await createPerson(db(), { name: "Gone Person", active: false });
    for (const id of [gone.id, "00000000-0000-4000-8000-000000000000"]) {
      await expect(addPrivateNote(db(), { conversationId: conversation.id, userId: ana.id, body: "hi", mentionedUserIds: [id] })).rejects.toMatchObject({ code: "bad_request:api" });
    }
    expect(await db().select().from(messages).where(eq(messages.conversationId, conversation.id))).toHaveLength(0);
    expect(events).toEqual([]);
  });

  it("records how far each person has read", async () => {
    const conversation = await createConversation(db(), { inbox });
    const first = new Date("2026-03-03T10:00:00Z");
    await markConversationRead(db(), { conversationId: conversation.id, userId: ana.id, now: first });
    await markConversationRead(db(), { conversationId: conversation.id, userId: ana.id, now: new Date("2026-03-03T11:00:00Z") });
    await markConversationRead(db(), { conversationId: conversation.id, userId: ben.id, now: first });
    const reads = await db().select().from(conversationReads).where(eq(conversationReads.conversationId, conversation.id));
    expect(reads.map((row) => [row.userId, row.lastReadAt.toISOString()]).sort()).toEqual(
      [
        [ana.id, "2026-03-03T11:00:00.000Z"],
        [ben.id, "2026-03-03T10:00:00.000Z"],
      ].sort(),
    );
    await expect(markConversationRead(db(), { conversationId: "00000000-0000-4000-8000-000000000000", userId: ana.id })).rejects.toMatchObject({ code: "not_found:api" });
  });
});
