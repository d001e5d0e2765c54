import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDatabase } from "@/lib/db/client";
import { contacts, conversations, inboxes } from "@/lib/db/schema";
import type { RealtimeEvent } from "@/lib/realtime/events";
import { registerRealtimeSink } from "@/lib/realtime/publish";
import { connectionUrl, createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { jobHandlers } from "./handlers";
import { createJobRunner, enqueue, startJobRunner, stopJobRunner } from "./job-runner";

describe.each(testDatabaseKinds())("durable job runner on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    setDatabase(database.handle);
    const connectionString = connectionUrl(database);
    await startJobRunner(createJobRunner(database.handle, { connectionString }), jobHandlers);
  });
  afterAll(async () => {
    await stopJobRunner();
    setDatabase(undefined);
    await database.dispose();
  });

  it("runs an enqueued job in the background and publishes its effect", async () => {
    const db = database.handle.db;
    const [inbox] = await db.insert(inboxes).values({ name: "Test", phoneNumberId: "1", displayPhoneNumber: "1" }).returning();
    const [contact] = await db.insert(contacts).values({ waId: "31600000001" }).returning();
    const [conversation] = await db
      .insert(conversations)
      .values({ inboxId: inbox!.id, contactId: contact!.id, status: "snoozed", snoozedUntil: new Date(Date.now() - 1000) })
      .returning();
    const events: RealtimeEvent[] = [];
    const unregister = registerRealtimeSink((event) => events.push(event));

    expect(await enqueue("maintenance.sweep", {})).toEqual(expect.any(String));
    await expect.poll(async () => (await db.select().from(conversations).where(eq(conversations.id, conversation!.id)))[0]?.status, { timeout: 15_000 }).toBe("open");
    expect(events).toContainEqual(expect.objectContaining({ type: "conversation.updated", conversationId: conversation!.id, changes: { status: "open" } }));
    unregister();
  });

  it("runs a deferred job within a second of it falling due", async () => {
    const db = database.handle.db;
    const [inbox] = await db.select().from(inboxes).limit(1);
    const [contact] = await db.insert(contacts).values({ waId: "31600000002" }).returning();
    const [conversation] = await db
      .insert(conversations)
      .values({ inboxId: inbox!.id, contactId: contact!.id, status: "snoozed", snoozedUntil: new Date(Date.now() - 1000) })
      .returning();
    const dueAt = Date.now() + 1500;
    await enqueue("maintenance.sweep", {}, { startAfter: new Date(dueAt) });
    await expect.poll(async () => (await db.select().from(conversations).where(eq(conversations.id, conversation!.id)))[0]?.status, { timeout: 10_000, interval: 100 }).toBe("open");
    expect(Date.now() - dueAt).toBeLessThan(2500);
  });
});
