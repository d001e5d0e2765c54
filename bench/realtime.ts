// `npm run bench:realtime`: webhook-to-browser latency of a new inbound WhatsApp message. The clock
// starts when Meta's signed POST to /api/whatsapp/webhook is written and stops when a signed-in
// agent's socket.io client receives the "message.created" event for that message; every connected
// agent counts (one delivery each). Measured with 1, 10, 50 and 100 agents connected, the bot
// answering every customer as shipped, plus 50 agents with the bot silent (people own the chats).
//
// The server is this process, wired as server.ts wires it, minus Next.js pages:
//   POST /api/whatsapp/webhook  the route module's own POST handler (app/api/whatsapp/webhook/route.ts)
//                               on a node:http server: signature, parse, body stored, 200
//   webhook.ingest job          pg-boss, woken by NOTIFY (debounced request, as in server.ts), drains
//                               the stored bodies in batches; after the commit: turn and media jobs
//                               enqueued, then the live events published
//   socket.io                   attachSocketServer (session cookie → user, rooms), same http server
//   every other job             the real handlers (agent turns on the built-in offline model, read
//                               receipts, outbox sends to a stand-in Graph API on the same port)
// Agents and customers live in a child process (bench/realtime-clients.ts) with one clock for both
// ends. Database: a fresh, uniquely named database on the server in DATABASE_URL when it is set
// (dropped at the end), else in-memory PGlite. Loopback only; bounded; stops by itself in under two
// minutes. Results: tables on stdout and bench/results/realtime.json (one entry per database kind).
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { type IncomingHttpHeaders, type IncomingMessage, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism, loadavg } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import path from "node:path";
import type { JobHandler, JobHandlers } from "@/lib/jobs/job-runner";
import type { QueueName } from "@/lib/jobs/queues";
import { type SummaryRow, writeResults } from "./lib/results";
import type { ClientCommand, ClientReply, CollectResult, ConnectResult, LoopDelay, SendRecord, SendResult } from "./realtime-clients";
import { BENCH_APP_SECRET, BENCH_BUSINESS, benchWhatsAppConfig } from "./lib/bench-whatsapp";

// Logs from the app would be measured as well; keep them to errors unless asked.
process.env.LOG_LEVEL ??= "error";
// Sessions are signed with this run's secret; set before the app's settings are first read.
const AUTH_SECRET = randomBytes(32).toString("base64url");
process.env.AUTH_SECRET = AUTH_SECRET;

const HARD_LIMIT_MS = 115_000;
const RATE_PER_SECOND = 20;
const MEASURED_MESSAGES = 200;
const WARMUP_MESSAGES = 20;
const CUSTOMERS = 100;
const TARGET = { agents: 50, p95Ms: 150 };
const DESCRIPTION = "webhook POST → socket.io \"message.created\" at every connected agent, by number of agents";
const ALL_SCENARIOS: readonly Scenario[] = [
  { agents: 1, bot: true },
  { agents: 10, bot: true },
  { agents: 50, bot: true },
  { agents: 100, bot: true },
  // Last, because it switches the bot off for the rest of the run.
  { agents: 50, bot: false },
];
// BENCH_REALTIME_ROWS=short (as `npm run bench` runs it): only the rows with 50 agents.
const SCENARIOS: readonly Scenario[] = process.env.BENCH_REALTIME_ROWS === "short" ? ALL_SCENARIOS.filter((s) => s.agents === TARGET.agents) : ALL_SCENARIOS;

type Scenario = { agents: number; bot: boolean };
type Percentiles = { p50: number; p95: number; p99: number; max: number; mean: number; count: number };
type ServerMarks = { arrivedAt: number; ackedAt: number };
type IngestMarks = { jobStartedAt: number; committedAt: number };
type ScenarioResult = Scenario & {
  messagesSent: number;
  messagesMeasured: number;
  deliveriesExpected: number;
  deliveriesReceived: number;
  non200: number;
  achievedPerSecond: number;
  connectMs: number;
  // Every (message, agent) delivery: the figure the target is about.
  latencyMs: Percentiles;
  // Per message, the last of the agents to get it.
  lastAgentMs: Percentiles;
  // Where the time goes, per message (fan-out per delivery). Server and client marks come from two
  // processes' clocks (both the system clock at sub-millisecond resolution).
  phasesMs: Record<PhaseName, Percentiles>;
  // Load indicators over the measured messages: event-loop delay of the server and of the client
  // process, live events published by type, and event frames the agents received in total.
  serverLoopDelayMs: LoopDelay;
  clientLoopDelayMs: LoopDelay;
  eventsPublished: Record<string, number>;
  eventsReceived: number;
  // Jobs started while the measured messages were sent and settled, by queue.
  jobs: Record<string, { runs: number; totalMs: number; maxMs: number }>;
  // At the end of the row: customer messages (all rows so far) that no agent turn has picked up.
  inboundWithoutTurn: number;
};
type PhaseName = "webhookAck" | "ackToIngestJob" | "ingestTransaction" | "commitToPublish" | "publishToBrowser";

const epochNow = () => performance.timeOrigin + performance.now();

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    process.stderr.write(`bench:realtime exceeded ${HARD_LIMIT_MS / 1000} s; stopping.\n`);
    process.exit(2);
  }, HARD_LIMIT_MS);
  watchdog.unref();
  const started = Date.now();
  const loadAtStart = loadavg()[0]!;

  // App modules are loaded after LOG_LEVEL and AUTH_SECRET are settled.
  const { and, count, eq, inArray, isNull } = await import("drizzle-orm");
  const { encode } = await import("next-auth/jwt");
  const { openDatabase, setDatabase, db } = await import("@/lib/db/client");
  const { runMigrations } = await import("@/lib/db/migrate");
  const { messages, users } = await import("@/lib/db/schema");
  const { env } = await import("@/lib/env");
  const { hashPassword } = await import("@/lib/auth/password");
  const { createJobRunner, enqueue, startJobRunner, stopJobRunner } = await import("@/lib/jobs/job-runner");
  const { jobHandlers } = await import("@/lib/jobs/handlers");
  const { afterIngest } = await import("@/lib/channel/after-ingest");
  const { drainInboundWebhooks } = await import("@/lib/channel/ingest/drain-inbound-webhooks");
  const { ensureConfiguredInbox } = await import("@/lib/channel/ensure-configured-inbox");
  const { setWhatsAppConfig } = await import("@/lib/channel/whatsapp-config");
  const { setWebhookIngestMode, debouncedIngestRequest } = await import("@/lib/channel/webhook-ingest-mode");
  const { startAgent } = await import("@/lib/agent/start-agent");
  const { setTurnResponder } = await import("@/lib/conversation/turn-responder");
  const { registerRealtimeSink } = await import("@/lib/realtime/publish");
  const { attachSocketServer } = await import("@/lib/realtime/socket-server");
  const webhookRoute = await import("@/app/api/whatsapp/webhook/route");

  // A fresh database.
  const baseUrl = process.env.DATABASE_URL;
  const kind = baseUrl ? "postgres" : "pglite";
  let dropDatabase = async () => {};
  let connectionString: string | undefined;
  const handle = await (async () => {
    if (!baseUrl) return openDatabase({ kind: "pglite" });
    const postgres = (await import("postgres")).default;
    const name = `bench_realtime_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
    const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    connectionString = url.toString();
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    };
    return openDatabase({ kind: "postgres", url: connectionString, poolMax: env().DATABASE_POOL_MAX });
  })();
  console.log(
    kind === "postgres"
      ? `database: PostgreSQL, fresh database on ${handle.location} (pool ${env().DATABASE_POOL_MAX})`
      : "database: PGlite (in memory, in this process); set DATABASE_URL to run against PostgreSQL",
  );
  await runMigrations(handle);
  setDatabase(handle);

  // Marks along the path, keyed by WhatsApp message id (HTTP side) or our message id (after ingest).
  const serverMarks = new Map<string, ServerMarks>();
  const ingestMarks = new Map<string, IngestMarks>();
  const publishedAt = new Map<string, number>();
  let eventsPublished: Record<string, number> = {};
  const serverLoopDelay = monitorEventLoopDelay({ resolution: 1 });
  serverLoopDelay.enable();
  // Registered before socket.io's sink, so it runs just before the emit.
  registerRealtimeSink((event) => {
    eventsPublished[event.type] = (eventsPublished[event.type] ?? 0) + 1;
    if (event.type === "message.created" && !publishedAt.has(event.messageId)) publishedAt.set(event.messageId, epochNow());
  });

  // One port for the webhook, socket.io and a stand-in Graph API (the agent's replies and read
  // receipts go there, as they go to the built-in emulator on `npm start`).
  let outboundSends = 0;
  const httpServer = createServer((req, res) => {
    const arrivedAt = epochNow();
    readBody(req)
      .then(async (body) => {
        const pathname = new URL(req.url ?? "/", "http://bench.invalid").pathname;
        if (req.method === "POST" && pathname === "/api/whatsapp/webhook") {
          const request = new Request(`http://127.0.0.1${req.url ?? "/"}`, { method: "POST", headers: toHeaders(req.headers), body: new Uint8Array(body) });
          const response = await webhookRoute.POST(request);
          const text = await response.text();
          res.writeHead(response.status, { "content-type": "application/json" }).end(text);
          const id = inboundMessageId(body);
          if (id) serverMarks.set(id, { arrivedAt, ackedAt: epochNow() });
          return;
        }
        if (req.method === "POST" && pathname.startsWith("/graph/")) {
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(fakeGraphAnswer(body, ++outboundSends)));
          return;
        }
        res.writeHead(404).end();
      })
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500).end(String(error));
      });
  });
  httpServer.keepAliveTimeout = 30_000;
  const io = attachSocketServer(httpServer, { authSecret: AUTH_SECRET });
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

  const config = benchWhatsAppConfig(`${origin}/graph`);
  setWhatsAppConfig(config);
  await ensureConfiguredInbox(handle.db, config);
  startAgent(handle.db, env(), { vector: false });

  // The real job handlers; webhook.ingest is the same composition as lib/jobs/handlers/webhook-ingest.ts
  // with time marks around the batch.
  const webhookIngest = async (): Promise<void> => {
    const jobStartedAt = epochNow();
    await drainInboundWebhooks(db(), {
      onBatch: async (result) => {
        const committedAt = epochNow();
        for (const message of result.storedMessages) ingestMarks.set(message.id, { jobStartedAt, committedAt });
        await afterIngest(result);
      },
    });
  };
  // Every job is timed (queue, start, duration) so a slow row can be traced to what ran beside it.
  const jobRuns: { queue: QueueName; startedAt: number; ms: number }[] = [];
  const timed =
    <Q extends QueueName>(queue: Q, handler: JobHandler<Q>): JobHandler<Q> =>
    async (data, meta) => {
      const startedAt = epochNow();
      try {
        await handler(data, meta);
      } finally {
        jobRuns.push({ queue, startedAt, ms: epochNow() - startedAt });
      }
    };
  const handlers: JobHandlers = {
    "maintenance.sweep": timed("maintenance.sweep", jobHandlers["maintenance.sweep"]),
    "conversation.turn": timed("conversation.turn", jobHandlers["conversation.turn"]),
    "outbox.send": timed("outbox.send", jobHandlers["outbox.send"]),
    "media.fetch": timed("media.fetch", jobHandlers["media.fetch"]),
    "webhook.ingest": timed("webhook.ingest", webhookIngest),
    "metrics.refresh": timed("metrics.refresh", jobHandlers["metrics.refresh"]),
  };
  await startJobRunner(createJobRunner(handle, { connectionString }), handlers);
  setWebhookIngestMode({ mode: "deferred", requestIngest: debouncedIngestRequest(() => enqueue("webhook.ingest", {})) });

  // Agents: one account each, signed in with a session cookie like the one next-auth sets at sign-in.
  const passwordHash = await hashPassword(randomBytes(12).toString("hex"));
  const maxAgents = Math.max(...SCENARIOS.map((s) => s.agents));
  const agentRows = await db()
    .insert(users)
    .values(Array.from({ length: maxAgents }, (_, i) => ({ email: `agent${i}@bench.local`, name: `Agent ${i}`, role: "agent" as const, passwordHash })))
    .returning({ id: users.id, email: users.email, name: users.name });
  const cookies = await Promise.all(
    agentRows.map(async (user) => {
      const token = await encode({ token: { sub: user.id, uid: user.id, role: "agent", name: user.name, email: user.email, signedInAt: Date.now() }, secret: AUTH_SECRET, salt: "authjs.session-token", maxAge: 3600 });
      return `authjs.session-token=${token}`;
    }),
  );

  // Memory: this process is the server (webhook, ingest, jobs, agent, socket.io). At rest: settled
  // after start, before any traffic. Under load: the highest RSS sampled every 100 ms while the rows
  // run. Floor: a bare Node.js process with an HTTP server, started the same way.
  const floorRssBytes = await bareNodeRss();
  await sleep(1_000);
  const restRssBytes = process.memoryUsage().rss;
  let peakRssBytes = restRssBytes;
  const rssSampler = setInterval(() => {
    peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss);
  }, 100);
  rssSampler.unref();

  const clients = await startClients();
  const runId = randomBytes(3).toString("hex");
  const customers = Array.from({ length: CUSTOMERS }, (_, i) => `4477100${String(i).padStart(5, "0")}`);
  let nextCustomer = 0;
  const customersFor = (count: number) => Array.from({ length: count }, () => customers[nextCustomer++ % CUSTOMERS]!);
  let totalSent = 0;

  // Sends one batch of messages and waits until every one is ingested and published; then maps
  // WhatsApp ids to our message ids.
  const sendAndSettle = async (tag: string, count: number) => {
    const sendResult = (await clients.call({ kind: "send", url: `${origin}/api/whatsapp/webhook`, appSecret: BENCH_APP_SECRET, business: BENCH_BUSINESS, tag, customers: customersFor(count), perSecond: RATE_PER_SECOND })) as SendResult;
    totalSent += sendResult.records.filter((r) => r.status === 200).length;
    const deadline = performance.now() + 10_000;
    while (ingestMarks.size < totalSent && performance.now() < deadline) await sleep(10);
    const waIds = sendResult.records.map((r) => r.waMessageId);
    const rows = waIds.length === 0 ? [] : await db().select({ id: messages.id, waMessageId: messages.waMessageId }).from(messages).where(inArray(messages.waMessageId, waIds));
    const idByWaId = new Map(rows.map((row) => [row.waMessageId ?? "", row.id]));
    return { sendResult, idByWaId };
  };

  const results: ScenarioResult[] = [];
  try {
    // Every customer's conversation exists before the first measurement (the first message of each
    // opens it, and the bot's first answer introduces itself); later messages join live chats.
    await clients.call({ kind: "connect", url: origin, cookies: cookies.slice(0, 1) });
    await sendAndSettle(`${runId}.prime`, CUSTOMERS);
    await clients.call({ kind: "disconnect" });
    process.stdout.write(`  primed ${CUSTOMERS} conversations in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

    for (const scenario of SCENARIOS) {
      if (!scenario.bot) setTurnResponder(undefined);
      const label = `${scenario.agents}-agents${scenario.bot ? "" : "-silent"}`;
      const connected = (await clients.call({ kind: "connect", url: origin, cookies: cookies.slice(0, scenario.agents) })) as ConnectResult;
      const warm = await sendAndSettle(`${runId}.${label}.warmup`, WARMUP_MESSAGES);
      await clients.call({ kind: "collect", messageIds: [...warm.idByWaId.values()], timeoutMs: 3_000 });
      serverLoopDelay.reset();
      eventsPublished = {};
      const windowStart = epochNow();
      const { sendResult, idByWaId } = await sendAndSettle(`${runId}.${label}`, MEASURED_MESSAGES);
      const windowEnd = epochNow();
      const jobs: Record<string, { runs: number; totalMs: number; maxMs: number }> = {};
      for (const run of jobRuns.filter((r) => r.startedAt >= windowStart && r.startedAt <= windowEnd)) {
        const entry = (jobs[run.queue] ??= { runs: 0, totalMs: 0, maxMs: 0 });
        entry.runs++;
        entry.totalMs += run.ms;
        entry.maxMs = Math.max(entry.maxMs, run.ms);
      }
      // Customer messages no agent turn has taken yet: how far the bot is behind.
      const [waiting] = await db().select({ n: count() }).from(messages).where(and(eq(messages.direction, "inbound"), isNull(messages.turnId)));
      const load = { serverLoopDelayMs: loopDelayOf(serverLoopDelay), eventsPublished, jobs, inboundWithoutTurn: Number(waiting?.n ?? 0) };
      const measured = sendResult.records.filter((r) => r.status === 200 && idByWaId.has(r.waMessageId));
      const ids = measured.map((r) => idByWaId.get(r.waMessageId)!);
      const collected = (await clients.call({ kind: "collect", messageIds: ids, timeoutMs: 5_000 })) as CollectResult;
      await clients.call({ kind: "disconnect" });
      const result = { ...summarise(scenario, sendResult, measured, ids, collected, connected, { serverMarks, ingestMarks, publishedAt }), ...load };
      results.push(result);
      process.stdout.write(`  ${describe(result)}\n    events published ${JSON.stringify(result.eventsPublished)} · jobs ${Object.entries(result.jobs).map(([q, j]) => `${q} ${j.runs}× max ${j.maxMs.toFixed(0)} ms`).join(", ")} · customer messages without a turn yet ${result.inboundWithoutTurn}\n`);
    }
  } finally {
    clearInterval(rssSampler);
    clients.stop();
    io.close();
    httpServer.closeAllConnections();
    httpServer.close();
    await stopJobRunner();
    setDatabase(undefined);
    await handle.close();
    await dropDatabase();
  }

  const machine = { cpus: availableParallelism(), loadAverage1m: { start: loadAtStart, end: loadavg()[0]! } };
  const headline = results.find((r) => r.agents === TARGET.agents && r.bot);
  const pass = headline !== undefined && headline.latencyMs.p95 <= TARGET.p95Ms && headline.deliveriesReceived === headline.deliveriesExpected;
  console.log(
    `\nRealtime benchmark on ${kind === "postgres" ? "PostgreSQL" : "PGlite"} (${((Date.now() - started) / 1000).toFixed(1)} s, Node ${process.version}, ` +
      `${machine.cpus} CPUs, 1-min load average ${machine.loadAverage1m.start.toFixed(1)} → ${machine.loadAverage1m.end.toFixed(1)}; ` +
      `${RATE_PER_SECOND} msgs/s, ${MEASURED_MESSAGES} measured per row after ${WARMUP_MESSAGES} warm-up)\n`,
  );
  console.log(renderLatencyTable(results));
  console.log("\nWhere the time goes (p50 / p95 per message, ms):\n");
  console.log(renderPhaseTable(results));
  console.log(`\nTarget: p95 ≤ ${TARGET.p95Ms} ms with ${TARGET.agents} agents connected (bot answering) — ${pass ? "PASS" : "FAIL"}`);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const memory = { restRssBytes, peakRssBytes, floorRssBytes };
  console.log(`\nMemory (server process RSS): at rest ${mb(restRssBytes)} · under load (peak) ${mb(peakRssBytes)} · floor: bare Node.js HTTP server ${mb(floorRssBytes)}`);
  const summary: SummaryRow[] = [
    ...results
      .filter((r) => r.agents === TARGET.agents)
      .map((r): SummaryRow => ({
        metric: `realtime: webhook → browser, ${scenarioLabel(r)}`,
        ours: `${r.latencyMs.p50.toFixed(1)} / ${r.latencyMs.p95.toFixed(1)} ms`,
        floor: `${r.phasesMs.webhookAck.p50.toFixed(1)} / ${r.phasesMs.webhookAck.p95.toFixed(1)} ms`,
        floorLabel: "webhook acknowledgement (POST → 200)",
        target: `p95 ≤ ${TARGET.p95Ms} ms`,
        verdict: r.latencyMs.p95 <= TARGET.p95Ms && r.deliveriesReceived === r.deliveriesExpected ? "PASS" : "FAIL",
        note: r.deliveriesReceived === r.deliveriesExpected ? undefined : `${r.deliveriesExpected - r.deliveriesReceived} deliveries missing`,
      })),
    { metric: "memory: server RSS at rest", ours: mb(restRssBytes), floor: mb(floorRssBytes), floorLabel: "bare Node.js HTTP server", target: "", verdict: "" },
    { metric: `memory: server RSS under load (peak, ${Math.max(...SCENARIOS.map((r) => r.agents))} agents, ${RATE_PER_SECOND} msgs/s)`, ours: mb(peakRssBytes), floor: mb(floorRssBytes), floorLabel: "bare Node.js HTTP server", target: "", verdict: "" },
  ];
  console.log(`\nwrote ${writeResults("realtime", DESCRIPTION, kind, { database: kind, target: TARGET, pass, memory, summary, startedAt: new Date(started).toISOString(), node: process.version, machine, ratePerSecond: RATE_PER_SECOND, measuredPerRow: MEASURED_MESSAGES, warmupPerRow: WARMUP_MESSAGES, customers: CUSTOMERS, scenarios: results })}`);
  clearTimeout(watchdog);
  const lost = results.some((r) => r.deliveriesReceived !== r.deliveriesExpected || r.non200 > 0);
  if (lost) {
    console.error("DELIVERY FAILURE: some messages were not acknowledged with 200 or never reached every agent.");
    process.exitCode = 1;
  }
}

// ---------------------------------------------------------------------------------------------------

function summarise(
  scenario: Scenario,
  sendResult: SendResult,
  measured: SendRecord[],
  ids: string[],
  collected: CollectResult,
  connected: ConnectResult,
  marks: { serverMarks: Map<string, ServerMarks>; ingestMarks: Map<string, IngestMarks>; publishedAt: Map<string, number> },
): Omit<ScenarioResult, "serverLoopDelayMs" | "eventsPublished" | "jobs" | "inboundWithoutTurn"> {
  const deliveries: number[] = [];
  const lastAgent: number[] = [];
  const phases: Record<PhaseName, number[]> = { webhookAck: [], ackToIngestJob: [], ingestTransaction: [], commitToPublish: [], publishToBrowser: [] };
  let received = 0;
  measured.forEach((record, i) => {
    const id = ids[i]!;
    let last = 0;
    let complete = true;
    const published = marks.publishedAt.get(id);
    for (const socket of collected.receivedAt) {
      const at = socket[i];
      if (at === null || at === undefined) {
        complete = false;
        continue;
      }
      received++;
      deliveries.push(at - record.sentAt);
      last = Math.max(last, at - record.sentAt);
      if (published !== undefined) phases.publishToBrowser.push(at - published);
    }
    if (complete) lastAgent.push(last);
    phases.webhookAck.push(record.ackAt - record.sentAt);
    const server = marks.serverMarks.get(record.waMessageId);
    const ingest = marks.ingestMarks.get(id);
    if (server && ingest) {
      // A job that was already draining picks a body up without a new start: no wait.
      const ingestFrom = Math.max(ingest.jobStartedAt, server.ackedAt);
      phases.ackToIngestJob.push(ingestFrom - server.ackedAt);
      phases.ingestTransaction.push(ingest.committedAt - ingestFrom);
      if (published !== undefined) phases.commitToPublish.push(published - ingest.committedAt);
    }
  });
  return {
    ...scenario,
    messagesSent: sendResult.records.length,
    messagesMeasured: measured.length,
    deliveriesExpected: measured.length * scenario.agents,
    deliveriesReceived: received,
    non200: sendResult.records.filter((r) => r.status !== 200).length + sendResult.errors,
    achievedPerSecond: sendResult.achievedPerSecond,
    connectMs: connected.elapsedMs,
    latencyMs: percentiles(deliveries),
    lastAgentMs: percentiles(lastAgent),
    phasesMs: {
      webhookAck: percentiles(phases.webhookAck),
      ackToIngestJob: percentiles(phases.ackToIngestJob),
      ingestTransaction: percentiles(phases.ingestTransaction),
      commitToPublish: percentiles(phases.commitToPublish),
      publishToBrowser: percentiles(phases.publishToBrowser),
    },
    clientLoopDelayMs: collected.loopDelayMs,
    eventsReceived: collected.eventsReceived,
  };
}

function loopDelayOf(histogram: ReturnType<typeof monitorEventLoopDelay>): LoopDelay {
  return { p50: histogram.percentile(50) / 1e6, p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6 };
}

function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  return { p50: pct(50), p95: pct(95), p99: pct(99), max: sorted.at(-1) ?? Number.NaN, mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length), count: sorted.length };
}

function scenarioLabel(r: Scenario): string {
  return `${r.agents} agent${r.agents === 1 ? "" : "s"}, bot ${r.bot ? "answering" : "silent"}`;
}

function describe(r: ScenarioResult): string {
  return (
    `${scenarioLabel(r).padEnd(26)} ${r.messagesMeasured} msgs at ${r.achievedPerSecond.toFixed(1)}/s · deliveries ${r.deliveriesReceived}/${r.deliveriesExpected} · ` +
    `p50 ${r.latencyMs.p50.toFixed(1)} · p95 ${r.latencyMs.p95.toFixed(1)} · p99 ${r.latencyMs.p99.toFixed(1)} · max ${r.latencyMs.max.toFixed(1)} ms · connect ${r.connectMs.toFixed(0)} ms`
  );
}

function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => (row[i] ?? "").length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

function renderLatencyTable(results: ScenarioResult[]): string {
  const ms = (value: number) => (Number.isNaN(value) ? "—" : value.toFixed(1));
  return renderTable(
    ["agents connected", "messages", "deliveries", "p50 ms", "p95 ms", "p99 ms", "max ms", "last agent p95 ms", "target", "verdict"],
    results.map((r) => {
      const targeted = r.agents === TARGET.agents;
      const ok = r.latencyMs.p95 <= TARGET.p95Ms && r.deliveriesReceived === r.deliveriesExpected;
      return [
        scenarioLabel(r),
        String(r.messagesMeasured),
        `${r.deliveriesReceived} / ${r.deliveriesExpected}`,
        ms(r.latencyMs.p50),
        ms(r.latencyMs.p95),
        ms(r.latencyMs.p99),
        ms(r.latencyMs.max),
        ms(r.lastAgentMs.p95),
        targeted ? `p95 ≤ ${TARGET.p95Ms} ms` : "",
        targeted ? (ok ? "PASS" : "FAIL") : "",
      ];
    }),
  );
}

const PHASE_LABELS: Record<PhaseName, string> = {
  webhookAck: "POST → 200",
  ackToIngestJob: "200 → ingest job runs",
  ingestTransaction: "ingest transaction",
  commitToPublish: "commit → publish",
  publishToBrowser: "publish → browser",
};

function renderPhaseTable(results: ScenarioResult[]): string {
  const cell = (p: Percentiles) => `${p.p50.toFixed(1)} / ${p.p95.toFixed(1)}`;
  return renderTable(
    ["agents connected", ...Object.values(PHASE_LABELS), "end to end", "loop delay p99 / max, server · clients", "events out / frames in"],
    results.map((r) => [
      scenarioLabel(r),
      ...(Object.keys(PHASE_LABELS) as PhaseName[]).map((phase) => cell(r.phasesMs[phase])),
      cell(r.latencyMs),
      `${r.serverLoopDelayMs.p99.toFixed(0)} / ${r.serverLoopDelayMs.max.toFixed(0)} · ${r.clientLoopDelayMs.p99.toFixed(0)} / ${r.clientLoopDelayMs.max.toFixed(0)}`,
      `${Object.values(r.eventsPublished).reduce((a, b) => a + b, 0)} / ${r.eventsReceived}`,
    ]),
  );
}


// ---------------------------------------------------------------------------------------------------

// RSS of a bare Node.js process (same binary, same tsx loader) listening with node:http.
async function bareNodeRss(): Promise<number> {
  const script = "import('node:http').then(({createServer})=>{const s=createServer((q,r)=>r.end('ok'));s.listen(0,'127.0.0.1',()=>setTimeout(()=>{process.send(process.memoryUsage().rss);s.close();process.disconnect();},500));});";
  const child = spawn(process.execPath, ["--import", "tsx", "-e", script], { cwd: path.resolve(import.meta.dirname, ".."), stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("message", (rss) => resolve(Number(rss)));
    child.once("exit", (code) => reject(new Error(`bare node process exited (${code})`)));
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function toHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

// The WhatsApp id of the (single) message in a bench webhook body.
function inboundMessageId(body: Buffer): string | null {
  const parsed = JSON.parse(body.toString("utf8")) as { entry?: { changes?: { value?: { messages?: { id?: string }[] } }[] }[] };
  return parsed.entry?.[0]?.changes?.[0]?.value?.messages?.[0]?.id ?? null;
}

// What the Cloud API answers: a message id for a send, `success` for a read receipt.
function fakeGraphAnswer(body: Buffer, n: number): Record<string, unknown> {
  let request: { to?: unknown; status?: unknown } = {};
  try {
    request = JSON.parse(body.toString("utf8")) as typeof request;
  } catch {
    // multipart media upload: not used by text replies
  }
  if (request.status === "read") return { success: true };
  const to = typeof request.to === "string" ? request.to : "0";
  return { messaging_product: "whatsapp", contacts: [{ input: to, wa_id: to }], messages: [{ id: `wamid.out.${n}` }] };
}

async function startClients(): Promise<{ call(command: ClientCommand): Promise<ConnectResult | SendResult | CollectResult | null>; stop(): void }> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.resolve(import.meta.dirname, "realtime-clients.ts")], {
    cwd: path.resolve(import.meta.dirname, ".."),
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`client process exited early (${code})`)));
  });
  return {
    call: (command) =>
      new Promise((resolve, reject) => {
        child.once("message", (reply: ClientReply) => (reply.ok ? resolve(reply.result) : reject(new Error(reply.error))));
        child.send(command);
      }),
    stop: () => {
      if (child.connected) child.disconnect();
    },
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
