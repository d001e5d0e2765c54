import { asc, count, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setDatabase } from "@/lib/db/client";
import { messages, outbox } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { signed, statusUpdate } from "@/lib/testing/channel-fixtures";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import {
  fetchWithTimeout,
  messageRow,
  outboxRow,
  seedConversation,
  startFakeCloudApi,
  type FakeCloudApi,
} from "@/lib/testing/outbound-harness";
import { newWamid } from "@/lib/whatsapp/cloud-api/wamid";
import { createGraphApiClient } from "../graph-api-client";
import type { AppliedStatus } from "../ingest/apply-statuses";
import { receiveWebhook } from "../receive-webhook";
import { graphSendTransport } from "./graph-transport";
import type { OutboundContent } from "./outbound-content";
import { queueOutboundMessage } from "./queue-outbound-message";
import { DEFAULT_PAIR_LIMIT, SendRateLimiter } from "./rate-limiter";
import { recoverStuckSends } from "./recover-stuck-sends";
import { MAX_SEND_ATTEMPTS, sendConversationOutbox, type OutboxDeps } from "./send-conversation-outbox";
import type { SendTransport } from "./transport";

const CLIENT_TIMEOUT_MS = 200;
const RECONCILE_SECONDS = 60;
const text = (body: string): OutboundContent => ({ type: "text", body });

describe.each(testDatabaseKinds())("WhatsApp outbox against a scripted Cloud API on %s", (kind) => {
  let database: TestDatabase;
  let fake: FakeCloudApi;
  // The outbox's notion of now; tests move it to each requested retry time instead of sleeping.
  let clock: Date;
  let retries: { conversationId: string; at: Date; requestedAt: Date }[];
  let statuses: AppliedStatus[];
  let deps: OutboxDeps;
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    setDatabase(database.handle);
    // fetch loads its HTTP stack on first use; do that before timing anything against 200 ms.
    const warmUp = await startFakeCloudApi();
    await createGraphApiClient({ graphBaseUrl: warmUp.url, apiVersion: "v24.0", accessToken: "test-token" }).sendMessage("1", { to: "1" });
    await warmUp.close();
  });
  afterAll(async () => {
    setDatabase(undefined);
    await database.dispose();
  });
  beforeEach(async () => {
    await db().execute(sql`truncate messages, conversations, contacts, inboxes, pending_statuses, outbox cascade`);
    fake = await startFakeCloudApi();
    // A little ahead of the database's clock, which stamps a queued row's first next_attempt_at.
    clock = new Date(Date.now() + 5_000);
    retries = [];
    statuses = [];
    const client = createGraphApiClient({ graphBaseUrl: fake.url, apiVersion: "v24.0", accessToken: "test-token" }, fetchWithTimeout(CLIENT_TIMEOUT_MS));
    deps = {
      db: db(),
      transport: graphSendTransport(client),
      limiter: new SendRateLimiter({ perNumberPerSecond: 80, ...DEFAULT_PAIR_LIMIT }),
      now: () => clock,
      scheduleRetry: async (conversationId, at) => void retries.push({ conversationId, at, requestedAt: clock }),
      onStatus: (status) => void statuses.push(status),
    };
  });
  afterEach(async () => {
    await fake.close();
  });

  const send = (conversationId: string) => sendConversationOutbox(conversationId, deps);
  const queue = (conversationId: string, content: OutboundContent) => queueOutboundMessage(db(), { conversationId, sender: "bot", content, now: clock });
  const delayOf = (retry: { at: Date; requestedAt: Date }) => retry.at.getTime() - retry.requestedAt.getTime();

  it("retries 429 (honouring Retry-After), 500, 502 and a refused connection with growing backoff, waits out a timeout, then is accepted exactly once", async () => {
    const { conversationId } = await seedConversation(db(), { waId: "31610000001", now: clock });
    const queued = await queue(conversationId, text("Your order SO-100001 has shipped."));
    const wamid = newWamid("31610000001", "out");

    // 1: throttled, with Retry-After 7 s (the catalogue default for 130429 is 1 s: the header must win).
    fake.script({ kind: "graph-error", code: 130429, status: 429, retryAfter: "7" });
    await send(conversationId);
    expect(retries).toHaveLength(1);
    expect(delayOf(retries[0]!)).toBe(7000);
    expect(await outboxRow(db(), queued.outboxId)).toMatchObject({ state: "pending", attempts: 1, lastErrorCode: 130429, nextAttemptAt: retries[0]!.at });

    // A job that fires early sends nothing: the row is not due.
    await send(conversationId);
    expect(fake.requests).toHaveLength(1);

    // 2: Graph's 131000 as HTTP 500.  3: a proxy's HTML 502 without an error envelope.
    fake.script({ kind: "graph-error", code: 131000, status: 500 }, { kind: "raw", status: 502, body: "<html>Bad gateway</html>" });
    clock = retries.at(-1)!.at;
    await send(conversationId);
    clock = retries.at(-1)!.at;
    await send(conversationId);
    // 4: Cloud API unreachable: the connection is refused, so the request never left.
    await fake.goOffline();
    clock = retries.at(-1)!.at;
    await send(conversationId);
    await fake.goOnline();

    expect(retries.map((retry) => retry.conversationId)).toEqual(Array(5).fill(conversationId));
    const delays = retries.slice(2).map(delayOf);
    // Exponential backoff with jitter: attempt n waits between base·2^(n-2) and base·2^(n-1).
    expect(delays[0]).toBeGreaterThanOrEqual(1000);
    expect(delays[0]).toBeLessThanOrEqual(2000);
    expect(delays[1]).toBeGreaterThanOrEqual(2000);
    expect(delays[1]).toBeLessThanOrEqual(4000);
    expect(delays[2]).toBeGreaterThanOrEqual(4000);
    expect(delays[2]).toBeLessThanOrEqual(8000);
    expect(delays[1]!).toBeGreaterThan(delays[0]!);
    expect(delays[2]!).toBeGreaterThan(delays[1]!);
    const afterRefused = await outboxRow(db(), queued.outboxId);
    expect(afterRefused).toMatchObject({ state: "pending", attempts: 4, lastErrorCode: null });
    expect(afterRefused.lastError).toMatch(/ECONNREFUSED/);
    expect(fake.requests.map((request) => request.status)).toEqual([429, 500, 502]);

    // 5: the API takes the request and never answers; the client gives up after 200 ms. The request
    // may have reached Meta, so the row stays "sending" and nothing is retried or scheduled.
    fake.script({ kind: "hang" });
    clock = retries.at(-1)!.at;
    const started = performance.now();
    await send(conversationId);
    expect(performance.now() - started).toBeLessThan(5_000);
    const ambiguous = await outboxRow(db(), queued.outboxId);
    expect(ambiguous).toMatchObject({ state: "sending", attempts: 5, waMessageId: null });
    expect(ambiguous.lastError).toMatch(/timeout/i);
    expect(retries).toHaveLength(5);
    expect((await messageRow(db(), queued.messageId)).status).toBe("queued");

    // Another worker run inside the reconcile window sends nothing, and recovery leaves the row alone.
    await send(conversationId);
    expect(await recoverStuckSends(db(), RECONCILE_SECONDS, new Date(ambiguous.claimedAt!.getTime() + (RECONCILE_SECONDS - 1) * 1000))).toEqual([]);
    expect((await outboxRow(db(), queued.outboxId)).state).toBe("sending");
    expect(fake.requests).toHaveLength(4);

    // No status echo came (the fake never processed it), so after the window the row is sent again.
    clock = new Date(ambiguous.claimedAt!.getTime() + (RECONCILE_SECONDS + 1) * 1000);
    expect(await recoverStuckSends(db(), RECONCILE_SECONDS, clock)).toEqual([conversationId]);
    expect((await outboxRow(db(), queued.outboxId)).state).toBe("pending");
    fake.script({ kind: "accept", wamid });
    await send(conversationId);

    expect(fake.requests.map((request) => request.outcome)).toEqual(["error", "error", "error", "hung", "accepted"]);
    expect(fake.requests.every((request) => request.outboxId === queued.outboxId)).toBe(true);
    expect(fake.acceptedFor(queued.outboxId)).toHaveLength(1);
    expect(await outboxRow(db(), queued.outboxId)).toMatchObject({ state: "sent", attempts: 6, waMessageId: wamid });
    expect(await messageRow(db(), queued.messageId)).toMatchObject({ status: "sent", waMessageId: wamid });
    expect(statuses).toEqual([expect.objectContaining({ messageId: queued.messageId, status: "sent", errorCode: null })]);
    expect(fake.pendingSteps()).toBe(0);

    // Done means done: more runs and a late recovery send nothing.
    clock = new Date(clock.getTime() + 3600_000);
    expect(await recoverStuckSends(db(), RECONCILE_SECONDS, clock)).toEqual([]);
    await send(conversationId);
    expect(fake.requests).toHaveLength(5);
  });

  it("fails non-retryable errors (131026, 100) at once with code and title, with no retry, and moves on", async () => {
    const { conversationId } = await seedConversation(db(), { waId: "31610000002", now: clock });
    const undeliverable = await queue(conversationId, text("first"));
    const invalid = await queue(conversationId, text("second"));
    const fine = await queue(conversationId, text("third"));
    fake.script(
      { kind: "graph-error", code: 131026, details: "Message failed to send because the recipient is not a WhatsApp user." },
      { kind: "graph-error", code: 100, details: "Unexpected key \"foo\" on param." },
    );
    await send(conversationId);

    expect(retries).toEqual([]);
    expect(await messageRow(db(), undeliverable.messageId)).toMatchObject({
      status: "failed",
      errorCode: 131026,
      errorTitle: "Message undeliverable: Message failed to send because the recipient is not a WhatsApp user.",
      waMessageId: null,
    });
    expect(await messageRow(db(), invalid.messageId)).toMatchObject({ status: "failed", errorCode: 100, errorTitle: 'Invalid parameter: Unexpected key "foo" on param.' });
    expect(await outboxRow(db(), undeliverable.outboxId)).toMatchObject({ state: "failed", attempts: 1, lastErrorCode: 131026 });
    expect(await outboxRow(db(), invalid.outboxId)).toMatchObject({ state: "failed", attempts: 1, lastErrorCode: 100 });
    expect((await messageRow(db(), fine.messageId)).status).toBe("sent");
    expect(statuses.map((status) => [status.messageId, status.status, status.errorCode])).toEqual([
      [undeliverable.messageId, "failed", 131026],
      [invalid.messageId, "failed", 100],
      [fine.messageId, "sent", null],
    ]);

    // Failed is final: later runs and recoveries never send them again.
    clock = new Date(clock.getTime() + 3600_000);
    await recoverStuckSends(db(), RECONCILE_SECONDS, clock);
    await send(conversationId);
    expect(fake.requests.map((request) => request.outboxId)).toEqual([undeliverable.outboxId, invalid.outboxId, fine.outboxId]);
  });

  it(`gives up after ${MAX_SEND_ATTEMPTS} retryable failures`, async () => {
    const { conversationId } = await seedConversation(db(), { waId: "31610000003", now: clock });
    const queued = await queue(conversationId, text("never gets through"));
    fake.script(...Array.from({ length: MAX_SEND_ATTEMPTS }, () => ({ kind: "graph-error" as const, code: 131016, status: 503 })));
    await send(conversationId);
    for (let attempt = 2; attempt <= MAX_SEND_ATTEMPTS; attempt++) {
      clock = retries.at(-1)!.at;
      await send(conversationId);
    }
    expect(retries).toHaveLength(MAX_SEND_ATTEMPTS - 1);
    expect(fake.requests).toHaveLength(MAX_SEND_ATTEMPTS);
    expect(await outboxRow(db(), queued.outboxId)).toMatchObject({ state: "failed", attempts: MAX_SEND_ATTEMPTS, lastErrorCode: 131016 });
    expect(await messageRow(db(), queued.messageId)).toMatchObject({ status: "failed", errorCode: 131016 });
  });

  it("sends a conversation's messages strictly in order: a retry or an unresolved send holds back the later ones", async () => {
    const { conversationId } = await seedConversation(db(), { waId: "31610000004", now: clock });
    const a = await queue(conversationId, text("A"));
    const b = await queue(conversationId, text("B"));
    const c = await queue(conversationId, text("C"));

    fake.script({ kind: "graph-error", code: 131000, status: 500 });
    await send(conversationId);
    expect(fake.requests.map((request) => request.outboxId)).toEqual([a.outboxId]);

    // A goes through, B times out: C must wait for B's fate.
    fake.script({ kind: "accept" }, { kind: "hang" });
    clock = retries.at(-1)!.at;
    await send(conversationId);
    expect(fake.requests.map((request) => request.outboxId)).toEqual([a.outboxId, a.outboxId, b.outboxId]);
    expect((await outboxRow(db(), c.outboxId)).state).toBe("pending");

    clock = new Date(clock.getTime() + (RECONCILE_SECONDS + 1) * 1000);
    expect(await recoverStuckSends(db(), RECONCILE_SECONDS, clock)).toEqual([conversationId]);
    await send(conversationId);

    const accepted = fake.requests.filter((request) => request.outcome === "accepted");
    expect(accepted.map((request) => request.outboxId)).toEqual([a.outboxId, b.outboxId, c.outboxId]);
    expect(accepted.map((request) => (request.body.text as { body: string }).body)).toEqual(["A", "B", "C"]);
    for (const queued of [a, b, c]) expect(fake.acceptedFor(queued.outboxId)).toHaveLength(1);
    const rows = await db().select().from(messages).where(eq(messages.conversationId, conversationId)).orderBy(asc(messages.createdAt));
    expect(rows.map((row) => [row.body, row.status, row.waMessageId])).toEqual(accepted.map((request) => [(request.body.text as { body: string }).body, "sent", request.wamid]));
  });

  it("two workers racing on one conversation send every message once, in order", async () => {
    const { conversationId } = await seedConversation(db(), { waId: "31610000005", now: clock });
    const queued = [];
    for (let i = 1; i <= 6; i++) queued.push(await queue(conversationId, text(`message ${i}`)));
    await Promise.all([send(conversationId), send(conversationId), send(conversationId)]);

    expect(fake.requests.map((request) => request.outboxId)).toEqual(queued.map((q) => q.outboxId));
    expect(fake.requests.every((request) => request.outcome === "accepted")).toBe(true);
    const sent = await db().select({ n: count() }).from(outbox).where(eq(outbox.state, "sent"));
    expect(Number(sent[0]!.n)).toBe(6);
  });

  it("refuses free-form content with no or a closed 24-hour window (conflict:whatsapp) before anything leaves; a template still goes", async () => {
    const never = await seedConversation(db(), { waId: "31610000006", windowHours: null, now: clock });
    const closed = await seedConversation(db(), { waId: "31610000007", windowHours: -1, now: clock });

    const refusal = await queue(never.conversationId, text("hello?")).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: "conflict:whatsapp", details: { reason: "window_closed", windowExpiresAt: null } });
    const late = await queue(closed.conversationId, { type: "buttons", body: "Still there?", buttons: [{ id: "yes", title: "Yes" }] }).catch((error: unknown) => error);
    expect(late).toMatchObject({ code: "conflict:whatsapp", details: { reason: "window_closed" } });
    expect((late as AppError).message).toMatch(/closed at/);
    expect(Number((await db().select({ n: count() }).from(messages))[0]!.n)).toBe(0);
    expect(Number((await db().select({ n: count() }).from(outbox))[0]!.n)).toBe(0);

    const template = await queue(closed.conversationId, { type: "template", name: "order_update", language: "en", bodyParameters: ["Amara", "SO-1"] });
    await send(closed.conversationId);
    expect(fake.requests.map((request) => [request.outboxId, request.body.type])).toEqual([[template.outboxId, "template"]]);
    expect((await messageRow(db(), template.messageId)).status).toBe("sent");
  });

  it("fails a free-form message whose window closed while it waited (131047), without a request", async () => {
    const { conversationId } = await seedConversation(db(), { waId: "31610000008", windowHours: 1, now: clock });
    const queued = await queue(conversationId, text("sorry for the wait"));
    clock = new Date(clock.getTime() + 2 * 3600_000);
    await send(conversationId);
    expect(fake.requests).toHaveLength(0);
    expect(retries).toEqual([]);
    expect(await messageRow(db(), queued.messageId)).toMatchObject({ status: "failed", errorCode: 131047 });
    expect(await outboxRow(db(), queued.outboxId)).toMatchObject({ state: "failed", lastErrorCode: 131047 });
  });

  // Meta's status webhooks can overtake our own bookkeeping of the send (the process stalls between
  // the 200 and its commit). A message only moves forward (status-rank.ts); the outbox recording
  // "sent" afterwards must not undo a delivered or failed status that is already stored.
  it.each([
    { status: "delivered" as const, errors: undefined, expected: { status: "delivered", errorCode: null } },
    { status: "failed" as const, errors: [{ code: 131047, title: "Re-engagement message" }], expected: { status: "failed", errorCode: 131047 } },
  ])("a $status status that arrives before the send is recorded is not undone", async ({ status, errors, expected }) => {
    const waId = "31610000009";
    const { conversationId } = await seedConversation(db(), { waId, now: clock });
    const queued = await queue(conversationId, text("overtaken"));
    const real = deps.transport;
    const overtaking: SendTransport = {
      async send(phoneNumberId, request) {
        const result = await real.send(phoneNumberId, request);
        const webhook = signed(statusUpdate(result.waMessageId, status, waId, { callbackData: String(request.biz_opaque_callback_data), errors }));
        expect((await receiveWebhook(webhook.body, webhook.signature)).status).toBe(200);
        expect((await messageRow(db(), queued.messageId)).status).toBe(expected.status);
        return result;
      },
    };
    await sendConversationOutbox(conversationId, { ...deps, transport: overtaking });

    expect(fake.acceptedFor(queued.outboxId)).toHaveLength(1);
    expect((await outboxRow(db(), queued.outboxId)).state).toBe("sent");
    expect(await messageRow(db(), queued.messageId)).toMatchObject({ ...expected, waMessageId: fake.requests[0]!.wamid });
  });
});
