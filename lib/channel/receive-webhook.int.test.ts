import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setDatabase } from "@/lib/db/client";
import { contacts, conversations, messages, outbox, pendingStatuses } from "@/lib/db/schema";
import { queryRows } from "@/lib/db/sql-rows";
import { createJobRunner, startJobRunner, stopJobRunner } from "@/lib/jobs/job-runner";
import { inboundText, signed, statusUpdate, TEST_APP_SECRET, TEST_BUSINESS, wamid } from "@/lib/testing/channel-fixtures";
import { connectionUrl, createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { signWebhookBody } from "@/lib/whatsapp/webhook/verify-signature";
import { buildInboundMessagePayload, buildTextMessage } from "@/lib/whatsapp/webhook/build-payload";
import { applyPendingStatuses } from "./ingest/apply-statuses";
import { PENDING_STATUS_MAX_AGE_MS, purgePendingStatuses } from "./ingest/purge-pending-statuses";
import { receiveWebhook } from "./receive-webhook";

describe.each(testDatabaseKinds())("WhatsApp webhook ingest on %s", (kind) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  const countOf = async (table: typeof messages | typeof contacts | typeof conversations) => Number((await db().select({ n: count() }).from(table))[0]?.n);
  const turnJobs = async (conversationId: string) =>
    Number((await queryRows<{ n: string | number }>(db(), sql`select count(*) as n from pgboss.job where name = 'conversation.turn' and singleton_key = ${conversationId}`))[0]?.n);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    setDatabase(database.handle);
    const connectionString = connectionUrl(database);
    // No workers: jobs stay queued so the test can count them.
    await startJobRunner(createJobRunner(database.handle, { connectionString }), null);
  });
  afterAll(async () => {
    await stopJobRunner();
    setDatabase(undefined);
    await database.dispose();
  });
  beforeEach(async () => {
    await db().execute(sql`truncate messages, conversations, contacts, pending_statuses, outbox cascade`);
    await db().execute(sql`delete from pgboss.job`);
  });

  it("rejects a missing or wrong signature with 401 and stores nothing", async () => {
    const { body, signature } = signed(inboundText("31611111111", "hello"));
    expect((await receiveWebhook(body, null)).status).toBe(401);
    expect((await receiveWebhook(body, signature.replace(/.$/, (c) => (c === "0" ? "1" : "0")))).status).toBe(401);
    const tampered = Buffer.from(body.toString("utf8").replace("hello", "hellO"));
    expect((await receiveWebhook(tampered, signature)).status).toBe(401);
    expect(await countOf(messages)).toBe(0);
    expect(await countOf(contacts)).toBe(0);
  });

  it("rejects malformed JSON and non-WhatsApp bodies with 400 and a reason, storing nothing", async () => {
    const broken = Buffer.from('{"object":"whatsapp_business_account","entry":[');
    const response = await receiveWebhook(broken, signWebhookBody(broken, TEST_APP_SECRET));
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("webhook:malformed_json");

    const half = inboundText("31622222222", "first");
    const value = half.entry[0]!.changes[0]!.value as { messages: Record<string, unknown>[] };
    value.messages.push({ id: wamid(), type: "text", text: { body: "no sender" }, timestamp: "1790000000" });
    const { body, signature } = signed(half);
    const invalid = await receiveWebhook(body, signature);
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error.message).toMatch(/from/);
    expect(await countOf(messages)).toBe(0);
  });

  it("stores the same payload delivered three times once, with one turn", async () => {
    const { body, signature } = signed(inboundText("31633333333", "Where is my order SO-100001?", { name: "Eva" }));
    for (let i = 0; i < 3; i++) expect((await receiveWebhook(body, signature)).status).toBe(200);
    expect(await countOf(messages)).toBe(1);
    expect(await countOf(conversations)).toBe(1);
    const [contact] = await db().select().from(contacts);
    expect(contact).toMatchObject({ waId: "31633333333", profileName: "Eva" });
    const [conversation] = await db().select().from(conversations);
    expect(conversation!.windowExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
    expect(await turnJobs(conversation!.id)).toBe(1);
  });

  it("stores a 1,000-message batch whole, across customers, in one request", async () => {
    const at = new Date();
    const payload = buildInboundMessagePayload(TEST_BUSINESS, { waId: "0", profileName: "x" }, []);
    const value = payload.entry[0]!.changes[0]!.value as { contacts: unknown[]; messages: unknown[] };
    value.contacts = [];
    value.messages = [];
    for (let i = 0; i < 1000; i++) {
      const waId = `3170000${String(i % 50).padStart(4, "0")}`;
      value.contacts.push({ profile: { name: `Customer ${i % 50}` }, wa_id: waId });
      value.messages.push(buildTextMessage({ id: wamid(), from: waId, timestamp: new Date(at.getTime() + i) }, `message ${i}`));
    }
    const { body, signature } = signed(payload);
    const response = await receiveWebhook(body, signature);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ received: 1000, stored: 1000, duplicates: 0 });
    expect(await countOf(messages)).toBe(1000);
    expect(await countOf(contacts)).toBe(50);
    expect(await countOf(conversations)).toBe(50);
  });

  it("drops a parked status after a day when no send claimed it, and keeps a fresh one", async () => {
    const { body, signature } = signed(statusUpdate(wamid(), "delivered", "31655555555"));
    expect((await receiveWebhook(body, signature)).status).toBe(200);
    expect(await db().select().from(pendingStatuses)).toHaveLength(1);
    expect(await purgePendingStatuses(db())).toBe(0);
    const later = new Date(Date.now() + PENDING_STATUS_MAX_AGE_MS + 60_000);
    expect(await purgePendingStatuses(db(), later)).toBe(1);
    expect(await db().select().from(pendingStatuses)).toHaveLength(0);
  });

  it("applies a status that arrives before its send is recorded", async () => {
    const { body, signature } = signed(inboundText("31644444444", "hi"));
    await receiveWebhook(body, signature);
    const [conversation] = await db().select().from(conversations);
    const early = wamid();
    const delivered = signed(statusUpdate(early, "delivered", "31644444444"));
    expect((await receiveWebhook(delivered.body, delivered.signature)).status).toBe(200);
    expect(await db().select().from(pendingStatuses)).toHaveLength(1);

    // The send is recorded afterwards (the outbox marks it sent with Meta's id).
    const [message] = await db()
      .insert(messages)
      .values({ conversationId: conversation!.id, direction: "outbound", sender: "bot", type: "text", body: "hello", status: "sent", waMessageId: early })
      .returning();
    const applied = await db().transaction((tx) => applyPendingStatuses(tx, early));
    expect(applied).toEqual([expect.objectContaining({ messageId: message!.id, status: "delivered" })]);
    expect((await db().select().from(messages).where(eq(messages.id, message!.id)))[0]?.status).toBe("delivered");
    expect(await db().select().from(pendingStatuses)).toHaveLength(0);

    // Older news never moves a message back.
    const late = signed(statusUpdate(early, "sent", "31644444444"));
    await receiveWebhook(late.body, late.signature);
    expect((await db().select().from(messages).where(eq(messages.id, message!.id)))[0]?.status).toBe("delivered");
    expect(await db().select().from(outbox)).toHaveLength(0);
  });

  it("collapses a burst into one scheduled turn", async () => {
    for (const text of ["hi", "my order", "SO-100002 hasn't arrived"]) {
      const { body, signature } = signed(inboundText("31655555555", text));
      await receiveWebhook(body, signature);
    }
    const [conversation] = await db().select().from(conversations);
    expect(await countOf(messages)).toBe(3);
    expect(await turnJobs(conversation!.id)).toBe(1);
  });
});
