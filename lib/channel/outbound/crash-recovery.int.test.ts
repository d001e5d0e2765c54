import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setDatabase } from "@/lib/db/client";
import { messages } from "@/lib/db/schema";
import { createJobRunner, startJobRunner, stopJobRunner } from "@/lib/jobs/job-runner";
import { testDatabaseKinds } from "@/lib/testing/databases";
import {
  createRestartableDatabase,
  messageRow,
  outboxRow,
  runCrashChild,
  startOurWebhook,
  type OurWebhook,
  type RestartableDatabase,
} from "@/lib/testing/outbound-harness";
import { FAST_STATUSES, TEST_ACCESS_TOKEN, TEST_APP_SECRET, TEST_BUSINESS, TEST_VERIFY_TOKEN } from "@/lib/whatsapp/emulator/testing/emulator-test-fixtures";
import { startEmulatorServer, type EmulatorServer } from "@/lib/whatsapp/emulator/testing/start-emulator-server";
import { createGraphApiClient } from "../graph-api-client";
import { setWhatsAppConfig } from "../whatsapp-config";
import { graphSendTransport } from "./graph-transport";
import { queueOutboundMessage } from "./queue-outbound-message";
import { DEFAULT_PAIR_LIMIT, SendRateLimiter } from "./rate-limiter";
import { recoverStuckSends } from "./recover-stuck-sends";
import { sendConversationOutbox, type OutboxDeps } from "./send-conversation-outbox";

const RECONCILE_SECONDS = 60;
const POLL = { timeout: 15_000, interval: 20 };

// "Killing the process between claiming and recording a send and restarting ends with one send, not
// zero or two", for real: a child process (lib/testing/outbox-crash-child.ts) runs the product's
// sendConversationOutbox against the Cloud API emulator and is SIGKILLed mid-send. This process plays
// the app before and after the crash: it owns our webhook (receiveWebhook on a real port) and, after
// the "restart", recovery and the next outbox run.
//
// PGlite (a data directory) accepts one process at a time, so the parent closes it before the child
// opens it and reopens it after the child died; while it is down our webhook answers 503 and the
// emulator retries, as Meta does. Postgres is shared by both processes; the webhook is held at 503
// during the crash there too, so reconciliation always happens after the restart.
describe.each(testDatabaseKinds())("outbox crash between claim and record on %s", (kind) => {
  let database: RestartableDatabase;
  let webhook: OurWebhook;
  let server: EmulatorServer;
  let appRunning = false;
  const db = () => database.handle().db;
  const graph = () => ({ graphBaseUrl: server.emulator.graphBaseUrl, apiVersion: "v24.0", accessToken: TEST_ACCESS_TOKEN });

  // The app process: database open, job runner (no workers) for the turns our webhook schedules.
  async function startApp(): Promise<void> {
    const handle = await database.open();
    setDatabase(handle);
    await startJobRunner(createJobRunner(handle, { connectionString: database.spec.kind === "postgres" ? database.spec.url : undefined }), null);
    appRunning = true;
  }
  async function stopApp(): Promise<void> {
    webhook.setAccepting(false);
    appRunning = false;
    await stopJobRunner();
    setDatabase(undefined);
    await database.close();
  }
  const appDeps = (overrides: Partial<OutboxDeps> = {}): OutboxDeps => ({
    db: db(),
    transport: graphSendTransport(createGraphApiClient(graph())),
    limiter: new SendRateLimiter({ perNumberPerSecond: 80, ...DEFAULT_PAIR_LIMIT }),
    scheduleRetry: async () => {
      throw new Error("no retry expected");
    },
    onStatus: () => {},
    ...overrides,
  });
  const acceptedSendsTo = (waId: string) => server.emulator.control.sentMessages().filter((record) => record.wamid !== null && (record.body as { to?: string }).to === waId);
  const outboundTranscript = (waId: string) => server.emulator.control.conversation(waId).filter((entry) => entry.direction === "outbound");

  // A customer writes through the emulator; our webhook stores the conversation; we queue a reply.
  async function customerWritesAndWeQueueAReply(waId: string) {
    server.emulator.control.upsertCustomer({ waId, profileName: "Crash Test" });
    const inbound = server.emulator.control.sendText(waId, "Where is my order SO-100042?");
    await expect.poll(async () => (await db().select().from(messages).where(eq(messages.waMessageId, inbound.wamid))).length, POLL).toBe(1);
    const [stored] = await db().select().from(messages).where(eq(messages.waMessageId, inbound.wamid));
    return queueOutboundMessage(db(), { conversationId: stored!.conversationId, sender: "agent", content: { type: "text", body: "It ships today." } });
  }

  beforeAll(async () => {
    database = await createRestartableDatabase(kind);
    webhook = await startOurWebhook({ accepting: true });
    server = await startEmulatorServer({
      accessToken: TEST_ACCESS_TOKEN,
      appSecret: TEST_APP_SECRET,
      verifyToken: TEST_VERIFY_TOKEN,
      webhookUrl: webhook.url,
      business: TEST_BUSINESS,
      statusDelaysMs: FAST_STATUSES,
      // Retry every 100 ms while our app is down (the last delay repeats).
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
  });
  // Each case starts with the app up (also after a case that failed while the child held the database).
  beforeEach(async () => {
    if (!appRunning) await startApp();
    webhook.setAccepting(true);
  });
  afterAll(async () => {
    if (appRunning) await stopApp();
    setWhatsAppConfig(undefined);
    await server?.close();
    await webhook?.close();
    await database?.dispose();
  });

  it("crash after the request reached the Cloud API: the status echo reconciles it and nothing is sent again", async () => {
    const waId = "447700900301";
    const queued = await customerWritesAndWeQueueAReply(waId);

    await stopApp();
    const child = await runCrashChild({ database: database.spec, conversationId: queued.conversationId, crash: "after-request", graph: graph() });
    expect(child.stderr).toBe("");
    expect(child.signal).toBe("SIGKILL");
    const accepted = acceptedSendsTo(waId);
    expect(accepted).toHaveLength(1);
    const wamid = accepted[0]!.wamid!;
    expect(child.stdout.trim().split("\n")).toEqual(["opened", `accepted ${wamid}`]);
    expect(accepted[0]!.body).toMatchObject({ biz_opaque_callback_data: `outbox:${queued.outboxId}`, text: { body: "It ships today." } });

    // Restart. The crash left the row claimed with no wamid: exactly the state to reconcile.
    await startApp();
    expect(await outboxRow(db(), queued.outboxId)).toMatchObject({ state: "sending", attempts: 1, waMessageId: null });
    expect((await messageRow(db(), queued.messageId)).status).toBe("queued");
    expect(webhook.answered).toContain(503);

    // The emulator's retried status webhooks echo outbox:<id>; apply-statuses marks the row sent.
    webhook.setAccepting(true);
    await expect.poll(async () => (await outboxRow(db(), queued.outboxId)).state, POLL).toBe("sent");
    expect(await outboxRow(db(), queued.outboxId)).toMatchObject({ waMessageId: wamid, attempts: 1 });

    // What the restarted worker does next (maintenance sweep, outbox job) sends nothing more.
    expect(await recoverStuckSends(db(), RECONCILE_SECONDS, new Date(Date.now() + 3600_000))).toEqual([]);
    await sendConversationOutbox(queued.conversationId, appDeps());
    await expect.poll(async () => (await messageRow(db(), queued.messageId)).status, POLL).toBe("read");
    expect(await messageRow(db(), queued.messageId)).toMatchObject({ waMessageId: wamid, errorCode: null });
    expect(acceptedSendsTo(waId)).toHaveLength(1);
    expect(server.emulator.control.sentMessages().filter((record) => (record.body as { to?: string }).to === waId)).toHaveLength(1);
    expect(outboundTranscript(waId).map((entry) => [entry.wamid, entry.text])).toEqual([[wamid, "It ships today."]]);
  });

  it("crash after claiming, before the request left: recovery after the reconcile window sends it exactly once", async () => {
    const waId = "447700900302";
    const queued = await customerWritesAndWeQueueAReply(waId);

    await stopApp();
    const child = await runCrashChild({ database: database.spec, conversationId: queued.conversationId, crash: "before-request", graph: graph() });
    expect(child.stderr).toBe("");
    expect(child.signal).toBe("SIGKILL");
    expect(child.stdout.trim().split("\n")).toEqual(["opened", `claimed outbox:${queued.outboxId}`]);
    expect(server.emulator.control.sentMessages().filter((record) => (record.body as { to?: string }).to === waId)).toHaveLength(0);

    await startApp();
    webhook.setAccepting(true);
    const claimed = await outboxRow(db(), queued.outboxId);
    expect(claimed).toMatchObject({ state: "sending", attempts: 1, waMessageId: null });

    // Inside the reconcile window nothing moves: the send might still be echoed by Meta.
    await sendConversationOutbox(queued.conversationId, appDeps());
    expect(await recoverStuckSends(db(), RECONCILE_SECONDS, new Date(claimed.claimedAt!.getTime() + (RECONCILE_SECONDS - 1) * 1000))).toEqual([]);
    expect(acceptedSendsTo(waId)).toHaveLength(0);

    // No echo came: after the window the row is pending again and the next run sends it, once.
    const later = new Date(claimed.claimedAt!.getTime() + (RECONCILE_SECONDS + 1) * 1000);
    expect(await recoverStuckSends(db(), RECONCILE_SECONDS, later)).toEqual([queued.conversationId]);
    await sendConversationOutbox(queued.conversationId, appDeps({ now: () => later }));
    await sendConversationOutbox(queued.conversationId, appDeps({ now: () => later }));

    const accepted = acceptedSendsTo(waId);
    expect(accepted).toHaveLength(1);
    expect(await outboxRow(db(), queued.outboxId)).toMatchObject({ state: "sent", attempts: 2, waMessageId: accepted[0]!.wamid });
    await expect.poll(async () => (await messageRow(db(), queued.messageId)).status, POLL).toBe("read");
    expect(outboundTranscript(waId).map((entry) => entry.text)).toEqual(["It ships today."]);
  });
});
