import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setDatabase } from "@/lib/db/client";
import { contacts, conversations, messages } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { createJobRunner, startJobRunner, stopJobRunner } from "@/lib/jobs/job-runner";
import type { RealtimeEvent } from "@/lib/realtime/events";
import { registerRealtimeSink } from "@/lib/realtime/publish";
import { connectionUrl, createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { messageRow, outboxRow, startOurWebhook, type OurWebhook } from "@/lib/testing/outbound-harness";
import { TEST_ACCESS_TOKEN, TEST_APP_SECRET, TEST_BUSINESS, TEST_VERIFY_TOKEN } from "@/lib/whatsapp/emulator/testing/emulator-test-fixtures";
import { startEmulatorServer, type EmulatorServer } from "@/lib/whatsapp/emulator/testing/start-emulator-server";
import { createGraphApiClient } from "./graph-api-client";
import type { AppliedStatus } from "./ingest/apply-statuses";
import { graphSendTransport } from "./outbound/graph-transport";
import type { OutboundContent } from "./outbound/outbound-content";
import { queueOutboundMessage } from "./outbound/queue-outbound-message";
import { DEFAULT_PAIR_LIMIT, SendRateLimiter } from "./outbound/rate-limiter";
import { sendConversationOutbox } from "./outbound/send-conversation-outbox";
import { setWhatsAppConfig } from "./whatsapp-config";

const POLL = { timeout: 15_000, interval: 20 };
// Our 200 and its bookkeeping take a few ms; statuses come later, as they do from Meta. (A status
// that overtakes the bookkeeping is covered in send-conversation-outbox.int.test.ts.)
const STATUS_DELAYS = { sent: 60, delivered: 150, read: 250 };
const text = (body: string): OutboundContent => ({ type: "text", body });

// The whole loop over real HTTP: the Cloud API emulator calls our webhook (receiveWebhook behind a
// node:http server, as the Next route does), and our outbox sends through the real Graph client to
// the emulator, whose status webhooks come back to the same route.
describe.each(testDatabaseKinds())("emulator ↔ webhook ↔ outbox round trip on %s", (kind) => {
  let database: TestDatabase;
  let webhook: OurWebhook;
  let server: EmulatorServer;
  let events: RealtimeEvent[] = [];
  let unregister: () => void;
  const db = () => database.handle.db;
  const control = () => server.emulator.control;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    setDatabase(database.handle);
    await startJobRunner(createJobRunner(database.handle, { connectionString: connectionUrl(database) }), null);
    webhook = await startOurWebhook();
    server = await startEmulatorServer({
      accessToken: TEST_ACCESS_TOKEN,
      appSecret: TEST_APP_SECRET,
      verifyToken: TEST_VERIFY_TOKEN,
      webhookUrl: webhook.url,
      business: TEST_BUSINESS,
      statusDelaysMs: STATUS_DELAYS,
      webhook: { retryScheduleMs: [0, 50, 100] },
    });
    setWhatsAppConfig({
      mode: "emulator",
      graphBaseUrl: server.emulator.graphBaseUrl,
      apiVersion: "v24.0",
      accessToken: TEST_ACCESS_TOKEN,
      appSecret: TEST_APP_SECRET,
      verifyToken: TEST_VERIFY_TOKEN,
      phoneNumberId: TEST_BUSINESS.phoneNumberId,
      displayPhoneNumber: TEST_BUSINESS.displayPhoneNumber,
      wabaId: TEST_BUSINESS.wabaId,
    });
    unregister = registerRealtimeSink((event) => void events.push(event));
  });
  afterAll(async () => {
    unregister();
    setWhatsAppConfig(undefined);
    await server.close();
    await webhook.close();
    await stopJobRunner();
    setDatabase(undefined);
    await database.dispose();
  });
  beforeEach(() => {
    control().reset();
    events = [];
  });

  // Our outbox job, as outbox-send.ts runs it, with the statuses it reports collected.
  async function runOutbox(conversationId: string): Promise<AppliedStatus[]> {
    const reported: AppliedStatus[] = [];
    await sendConversationOutbox(conversationId, {
      db: db(),
      transport: graphSendTransport(createGraphApiClient({ graphBaseUrl: server.emulator.graphBaseUrl, apiVersion: "v24.0", accessToken: TEST_ACCESS_TOKEN })),
      limiter: new SendRateLimiter({ perNumberPerSecond: 80, ...DEFAULT_PAIR_LIMIT }),
      scheduleRetry: async () => {
        throw new Error("no retry expected");
      },
      onStatus: (status) => void reported.push(status),
    });
    return reported;
  }
  const storedByWamid = (wamid: string) => db().select().from(messages).where(eq(messages.waMessageId, wamid));
  // Statuses our webhook published for a message, in the order it applied them.
  const webhookStatuses = (messageId: string) =>
    events.flatMap((event) => (event.type === "message.status" && event.messageId === messageId ? [event.status] : []));
  const deliveriesOf = (wamid: string) => control().deliveryLog().filter((record) => record.updates.some((update) => update.wamid === wamid));

  async function customerWrites(waId: string, body: string, profileName = "Amara Okafor") {
    control().upsertCustomer({ waId, profileName });
    const inbound = control().sendText(waId, body);
    await expect.poll(async () => (await storedByWamid(inbound.wamid)).length, POLL).toBe(1);
    const [stored] = await storedByWamid(inbound.wamid);
    return { inbound, stored: stored! };
  }

  it("stores a customer's text, sends our reply to the emulator and applies sent → delivered → read in order", async () => {
    const waId = "447700900401";
    const { inbound, stored } = await customerWrites(waId, "Hi, where is my order SO-100001?");
    expect(stored).toMatchObject({ direction: "inbound", sender: "customer", type: "text", body: "Hi, where is my order SO-100001?", status: "received" });
    const [conversation] = await db().select().from(conversations).where(eq(conversations.id, stored.conversationId));
    expect(conversation!.windowExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
    const [contact] = await db().select().from(contacts).where(eq(contacts.id, conversation!.contactId));
    expect(contact).toMatchObject({ waId, profileName: "Amara Okafor" });
    // Published right after the commit, so it may trail the row by a moment.
    await expect.poll(() => events.some((event) => event.type === "message.created" && event.messageId === stored.id), POLL).toBe(true);

    const queued = await queueOutboundMessage(db(), { conversationId: stored.conversationId, sender: "agent", content: text("Hi Amara, it ships today."), replyTo: inbound.wamid });
    const reported = await runOutbox(stored.conversationId);
    const { waMessageId } = await outboxRow(db(), queued.outboxId);
    expect(waMessageId).toMatch(/^wamid\./);
    expect(reported).toEqual([expect.objectContaining({ messageId: queued.messageId, status: "sent" })]);

    // The customer's side shows our reply, quoting their message.
    const transcript = control().conversation(waId);
    expect(transcript.map((entry) => [entry.direction, entry.wamid, entry.text, entry.replyTo])).toEqual([
      ["inbound", inbound.wamid, "Hi, where is my order SO-100001?", null],
      ["outbound", waMessageId, "Hi Amara, it ships today.", inbound.wamid],
    ]);

    await expect.poll(async () => (await messageRow(db(), queued.messageId)).status, POLL).toBe("read");
    expect(await messageRow(db(), queued.messageId)).toMatchObject({ waMessageId, errorCode: null });
    // Every status webhook acknowledged (our route publishes before it answers).
    await expect.poll(() => deliveriesOf(waMessageId!).filter((record) => record.state === "delivered").length, POLL).toBe(3);
    expect(webhookStatuses(queued.messageId)).toEqual(["delivered", "read"]);
    expect(deliveriesOf(waMessageId!).map((record) => [record.updates[0]!.kind === "status" ? record.updates[0]!.status : "", record.state])).toEqual([
      ["sent", "delivered"],
      ["delivered", "delivered"],
      ["read", "delivered"],
    ]);
    expect(control().sentMessages().filter((record) => record.wamid !== null)).toHaveLength(1);
  });

  it("with duplicated and reversed webhook deliveries, stores the customer's message once and ends our reply at read", async () => {
    const waId = "447700900402";
    control().setFaults({ duplicateDeliveries: 2, reorder: { mode: "reverse", windowMs: 400 } });
    const { inbound, stored } = await customerWrites(waId, "Is anyone there?");
    await expect.poll(() => deliveriesOf(inbound.wamid).filter((record) => record.state === "delivered").length, POLL).toBe(3);
    expect(await storedByWamid(inbound.wamid)).toHaveLength(1);
    expect(await db().select().from(messages).where(eq(messages.conversationId, stored.conversationId))).toHaveLength(1);

    const queued = await queueOutboundMessage(db(), { conversationId: stored.conversationId, sender: "bot", content: text("Yes! How can I help?") });
    await runOutbox(stored.conversationId);
    const { waMessageId } = await outboxRow(db(), queued.outboxId);

    // Three statuses, three copies each, delivered read-first; wait until all nine were acknowledged.
    await expect.poll(() => deliveriesOf(waMessageId!).filter((record) => record.state === "delivered").length, POLL).toBe(9);
    const order = deliveriesOf(waMessageId!).filter((record) => record.copy === 0).map((record) => (record.updates[0]!.kind === "status" ? record.updates[0]!.status : ""));
    expect(order).toEqual(["read", "delivered", "sent"]);
    expect(await messageRow(db(), queued.messageId)).toMatchObject({ status: "read", waMessageId });
    // The late "delivered" and "sent" never moved it back.
    expect(webhookStatuses(queued.messageId)).toEqual(["read"]);
    expect(await db().select().from(messages).where(eq(messages.conversationId, stored.conversationId))).toHaveLength(2);
    expect(control().sentMessages().filter((record) => record.wamid !== null)).toHaveLength(1);
  });

  it.each([
    { mode: "async" as const, title: "Re-engagement message" },
    { mode: "sync" as const, title: "Re-engagement message: Message failed to send because more than 24 hours have passed since the customer last replied to this number." },
  ])("an emulator-forced 131047 ($mode) fails our message with the code and closes the conversation's window", async ({ mode, title }) => {
    const waId = mode === "async" ? "447700900403" : "447700900404";
    const { stored } = await customerWrites(waId, "Hello");
    // Meta thinks the window is closed although our records say it is open.
    control().setFaults(mode === "async" ? { forceWindowClosed: true } : { forceWindowClosed: true, windowErrorMode: "sync" });

    const queued = await queueOutboundMessage(db(), { conversationId: stored.conversationId, sender: "agent", content: text("Following up on your order") });
    const reported = await runOutbox(stored.conversationId);
    expect(reported.map((status) => status.status)).toEqual([mode === "async" ? "sent" : "failed"]);

    await expect.poll(async () => (await messageRow(db(), queued.messageId)).status, POLL).toBe("failed");
    expect(await messageRow(db(), queued.messageId)).toMatchObject({ errorCode: 131047, errorTitle: title });
    const [conversation] = await db().select().from(conversations).where(eq(conversations.id, stored.conversationId));
    expect(conversation!.windowExpiresAt!.getTime()).toBeLessThanOrEqual(Date.now());
    if (mode === "async") {
      const { waMessageId } = await outboxRow(db(), queued.outboxId);
      await expect.poll(() => deliveriesOf(waMessageId!).filter((record) => record.state === "delivered").length, POLL).toBe(1);
      expect(webhookStatuses(queued.messageId)).toEqual(["failed"]);
    }

    // From now on free-form replies are refused before anything leaves.
    const refused = await queueOutboundMessage(db(), { conversationId: stored.conversationId, sender: "agent", content: text("Hello again?") }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "conflict:whatsapp", details: { reason: "window_closed" } });
    expect(control().sentMessages()).toHaveLength(1);
  });
});
