// `npm run bench:agent`: what an agent turn costs beyond the model, and how fast the built-in
// offline model answers a WhatsApp message end to end.
//
// 1. Overhead per turn, model time excluded. A signed webhook is ingested (not timed), then one turn
//    runs through processConversationTurn → createAgentResponder (the product's turn: claim the
//    messages, context and rules, offline NLU, knowledge search, tool set, history, the AI SDK loop,
//    masking, the reply through the outbox, state, audit) with AI SDK's MockLanguageModelV4 answering
//    at once. The time spent inside the mock is measured and subtracted (it is ~0). Floor: the same
//    mock called through generateText alone (the SDK's own cost for one step), same process.
// 2. Webhook → outbound with the offline model and burst handling off (BURST_WINDOW_MS=0): the
//    webhook route's POST handler in deferred mode, pg-boss with every real job handler, the agent on
//    the offline model, and a stand-in Graph API on the same port. The clock starts when the signed
//    POST is written and stops when the reply's send reaches the stand-in Graph API. One customer
//    message at a time. Floor: the webhook's own acknowledgement (POST → 200) of the same requests.
// Database: fresh (PGlite in memory, or a fresh database on DATABASE_URL, dropped at the end), with
// the demo shop seeded so customers are recognised by their number and have orders. Results: a
// table on stdout and bench/results/agent.json (one entry per database kind).
import { type IncomingMessage, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism, loadavg } from "node:os";
import { openBenchDatabase } from "./lib/bench-database";
import { type SummaryRow, msPair, verdict, writeResults } from "./lib/results";
import { percentiles, renderTable, roundPercentiles, sleep } from "./lib/stats";
import { BENCH_APP_SECRET, BENCH_BUSINESS, benchWhatsAppConfig } from "./lib/bench-whatsapp";

process.env.LOG_LEVEL ??= "error";
// Burst handling off: a turn runs as soon as the message is ingested.
process.env.BURST_WINDOW_MS = "0";
process.env.AI_MODEL = "offline";

const HARD_LIMIT_MS = 170_000;
const OVERHEAD_TURNS = Number(process.env.BENCH_AGENT_TURNS ?? 150);
const OVERHEAD_WARMUP = 15;
const FLOOR_CALLS = 300;
const E2E_MESSAGES = Number(process.env.BENCH_AGENT_MESSAGES ?? 60);
const E2E_WARMUP = 6;
const TARGETS = { overheadP95Ms: 20, webhookToOutboundP95Ms: 300 };

async function main(): Promise<void> {
  const started = Date.now();
  const watchdog = setTimeout(() => {
    process.stderr.write(`bench:agent exceeded ${HARD_LIMIT_MS / 1000} s; stopping.\n`);
    process.exit(2);
  }, HARD_LIMIT_MS);
  watchdog.unref();
  const loadAtStart = loadavg()[0] ?? 0;

  const { and, asc, eq, ne } = await import("drizzle-orm");
  const { generateText } = await import("ai");
  const { MockLanguageModelV4 } = await import("ai/test");
  const { setDatabase } = await import("@/lib/db/client");
  const { contacts, conversations, orders, shopCustomers } = await import("@/lib/db/schema");
  const { seedDemoData } = await import("@/lib/db/seed");
  const { env } = await import("@/lib/env");
  const { OUT_OF_SCOPE_THRESHOLD } = await import("@/lib/ai/offline/nlu/classifier");
  const { createJobRunner, enqueue, startJobRunner, stopJobRunner } = await import("@/lib/jobs/job-runner");
  const { jobHandlers } = await import("@/lib/jobs/handlers");
  const { ensureConfiguredInbox } = await import("@/lib/channel/ensure-configured-inbox");
  const { setWhatsAppConfig } = await import("@/lib/channel/whatsapp-config");
  const { receiveWebhook } = await import("@/lib/channel/receive-webhook");
  const { setWebhookIngestMode, debouncedIngestRequest } = await import("@/lib/channel/webhook-ingest-mode");
  const { startAgent } = await import("@/lib/agent/start-agent");
  const { createAgentResponder } = await import("@/lib/agent/run-agent-turn");
  const { createBuiltinConnectors } = await import("@/lib/agent/connectors/builtin/create-builtin-connectors");
  const { loadAgentPolicy } = await import("@/lib/agent/load-agent-policy");
  const { processConversationTurn } = await import("@/lib/conversation/process-turn");
  const { setTurnResponder } = await import("@/lib/conversation/turn-responder");
  const { buildInboundMessagePayload, buildTextMessage } = await import("@/lib/whatsapp/webhook/build-payload");
  const { serializeLikeMeta } = await import("@/lib/whatsapp/webhook/serialize-like-meta");
  const { signWebhookBody } = await import("@/lib/whatsapp/webhook/verify-signature");
  const webhookRoute = await import("@/app/api/whatsapp/webhook/route");

  const database = await openBenchDatabase("agent", { poolMax: env().DATABASE_POOL_MAX });
  console.log(`database: ${database.label}`);
  const handle = database.handle;
  setDatabase(handle);
  let seq = 0;
  const signedWebhook = (waId: string, text: string) => {
    const id = `wamid.bench.agent.${Date.now().toString(36)}.${++seq}`;
    const body = Buffer.from(serializeLikeMeta(buildInboundMessagePayload(BENCH_BUSINESS, { waId, profileName: "Bench Customer" }, [buildTextMessage({ id, from: waId, timestamp: new Date() }, text)])), "utf8");
    return { id, body, signature: signWebhookBody(body, BENCH_APP_SECRET) };
  };

  // The stand-in Graph API and the webhook on one port; every outbound send is timed on arrival.
  const sends: { to: string; at: number }[] = [];
  const server = createServer((req, res) => {
    readBody(req)
      .then(async (body) => {
        const pathname = new URL(req.url ?? "/", "http://bench.invalid").pathname;
        if (req.method === "POST" && pathname === "/api/whatsapp/webhook") {
          const headers = new Headers();
          for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
          const response = await webhookRoute.POST(new Request(`http://127.0.0.1${req.url ?? "/"}`, { method: "POST", headers, body: new Uint8Array(body) }));
          res.writeHead(response.status, { "content-type": "application/json" }).end(await response.text());
          return;
        }
        if (req.method === "POST" && pathname.startsWith("/graph/")) {
          const request = safeJson(body);
          if (request.status === "read") {
            res.writeHead(200, { "content-type": "application/json" }).end('{"success":true}');
            return;
          }
          const to = typeof request.to === "string" ? request.to : "";
          sends.push({ to, at: performance.now() });
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ messaging_product: "whatsapp", contacts: [{ input: to, wa_id: to }], messages: [{ id: `wamid.out.${sends.length}` }] }));
          return;
        }
        res.writeHead(404).end();
      })
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500).end(String(error));
      });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let e2e: { total: number[]; ack: number[]; missed: number; handedOver: number } = { total: [], ack: [], missed: 0, handedOver: 0 };
  let overhead: { turns: number[]; model: number[]; overhead: number[]; outcomes: Record<string, number> } = { turns: [], model: [], overhead: [], outcomes: {} };
  const floor: number[] = [];
  let seedMs = 0;
  try {
    const seedStarted = Date.now();
    await seedDemoData(handle.db);
    seedMs = Date.now() - seedStarted;
    const config = benchWhatsAppConfig(`${origin}/graph`);
    setWhatsAppConfig(config);
    await ensureConfiguredInbox(handle.db, config);
    // Customers of the demo shop with an order each: recognised by their number, asking about it.
    const customers = await handle.db
      .select({ phone: shopCustomers.phone, number: orders.number, language: shopCustomers.language })
      .from(orders)
      .innerJoin(shopCustomers, eq(shopCustomers.id, orders.customerId))
      .where(eq(shopCustomers.language, "en"))
      .orderBy(asc(orders.number));
    const unique = [...new Map(customers.map((c) => [c.phone, c])).values()];
    if (unique.length < 40) throw new Error(`the demo shop has only ${unique.length} English customers with orders`);
    const waIdOf = (phone: string) => phone.replace(/^\+/, "");
    console.log(`  demo shop seeded in ${(seedMs / 1000).toFixed(1)} s; ${unique.length} English customers with orders`);

    // 2. Webhook → outbound, offline model, burst handling off, every real job handler.
    startAgent(handle.db, env(), { vector: false });
    await startJobRunner(createJobRunner(handle, { connectionString: database.connectionString }), jobHandlers);
    setWebhookIngestMode({ mode: "deferred", requestIngest: debouncedIngestRequest(() => enqueue("webhook.ingest", {})) });
    // Customers the assistant answers (some demo customers are handed to a person by the shipped
    // escalation rules, e.g. VIPs; the bot then stays silent): the first message of each is the
    // warm-up, and customers without an answer are left out of the measured messages.
    const e2eCustomers: typeof unique = [];
    let handedOver = 0;
    for (const customer of unique.slice(0, 32)) {
      if (e2eCustomers.length >= 20) break;
      const waId = waIdOf(customer.phone);
      const sendsBefore = sends.length;
      const { body, signature } = signedWebhook(waId, `Hi, where is my order ${customer.number}?`);
      await fetch(`${origin}/api/whatsapp/webhook`, { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": signature }, body: new Uint8Array(body) }).then((r) => r.text());
      const deadline = performance.now() + 2_000;
      while (performance.now() < deadline && !sends.slice(sendsBefore).some((s) => s.to === waId)) await sleep(2);
      const [owner] = await handle.db.select({ owner: conversations.owner }).from(conversations).innerJoin(contacts, eq(contacts.id, conversations.contactId)).where(and(eq(contacts.waId, waId), ne(conversations.status, "resolved")));
      if (owner?.owner === "bot") e2eCustomers.push(customer);
      else handedOver++;
      await sleep(60);
    }
    e2e.handedOver = handedOver;
    for (let i = 0; i < E2E_WARMUP + E2E_MESSAGES; i++) {
      const customer = e2eCustomers[i % e2eCustomers.length]!;
      const waId = waIdOf(customer.phone);
      const text = ([`What is the status of ${customer.number}?`, `Any news about order ${customer.number}?`, `Where is my order ${customer.number}?`] as const)[Math.floor(i / e2eCustomers.length) % 3]!;
      const { body, signature } = signedWebhook(waId, text);
      const sendsBefore = sends.length;
      const t0 = performance.now();
      const response = await fetch(`${origin}/api/whatsapp/webhook`, { method: "POST", headers: { "content-type": "application/json", "x-hub-signature-256": signature }, body: new Uint8Array(body) });
      await response.text();
      const ackMs = performance.now() - t0;
      const deadline = performance.now() + 5_000;
      let answeredAt: number | null = null;
      while (performance.now() < deadline) {
        const reply = sends.slice(sendsBefore).find((s) => s.to === waId);
        if (reply) {
          answeredAt = reply.at;
          break;
        }
        await sleep(1);
      }
      if (i >= E2E_WARMUP) {
        e2e.ack.push(ackMs);
        if (answeredAt === null) {
          e2e.missed++;
          process.stdout.write(`  no reply within 5 s to "${text}" from ${waId}\n`);
        }
        else e2e.total.push(answeredAt - t0);
      }
      // Let the reply's remaining work (statuses, state) settle before the next customer writes.
      await sleep(60);
    }
    const e2eP = percentiles(e2e.total);
    console.log(`  webhook → outbound (offline model): p50 ${e2eP.p50.toFixed(1)} ms · p95 ${e2eP.p95.toFixed(1)} ms · ${e2e.total.length} answered, ${e2e.missed} missed`);
    await sleep(300);
    await stopJobRunner();
    setTurnResponder(undefined);

    // 1. Overhead per turn with a zero-latency model. Jobs are queued but no worker runs them.
    await startJobRunner(createJobRunner(handle, { connectionString: database.connectionString }), null);
    setWebhookIngestMode({ mode: "inline" });
    let modelMs = 0;
    const answer = { content: [{ type: "text" as const, text: "Thanks for your message! Your order is on its way and should arrive within two days." }], finishReason: { unified: "stop" as const, raw: undefined }, usage: { inputTokens: { total: 10, noCache: 10, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 12, text: 12, reasoning: 0 } }, warnings: [] };
    const mock = new MockLanguageModelV4({
      doGenerate: async () => {
        const t = performance.now();
        const result = { ...answer, content: [...answer.content] };
        modelMs += performance.now() - t;
        return result;
      },
    });
    const responder = createAgentResponder({
      model: { model: mock, id: "mock:zero-latency", offline: false },
      connectors: createBuiltinConnectors(handle.db),
      policy: () => loadAgentPolicy(handle.db),
      confidenceThreshold: OUT_OF_SCOPE_THRESHOLD,
    });
    const overheadCustomers = unique.slice(20, 60);
    const questions = (number: string) => [`Where is my order ${number}?`, `Any news about ${number}?`, "When will my parcel arrive?", `Can you check order ${number} please`, "Is my order shipped yet?"];
    for (let i = 0; i < OVERHEAD_WARMUP + OVERHEAD_TURNS; i++) {
      const customer = overheadCustomers[i % overheadCustomers.length]!;
      const waId = waIdOf(customer.phone);
      const { body, signature } = signedWebhook(waId, questions(customer.number)[Math.floor(i / overheadCustomers.length) % 5]!);
      const received = await receiveWebhook(body, signature);
      if (received.status !== 200) throw new Error(`webhook answered ${received.status}`);
      const [row] = await handle.db
        .select({ id: conversations.id })
        .from(conversations)
        .innerJoin(contacts, eq(contacts.id, conversations.contactId))
        .where(and(eq(contacts.waId, waId), ne(conversations.status, "resolved")));
      modelMs = 0;
      const t0 = performance.now();
      const result = await processConversationTurn(handle.db, row!.id, { burstWindowMs: 0, responder });
      const turnMs = performance.now() - t0;
      if (i < OVERHEAD_WARMUP) continue;
      overhead.turns.push(turnMs);
      overhead.model.push(modelMs);
      overhead.overhead.push(turnMs - modelMs);
      overhead.outcomes[result.kind] = (overhead.outcomes[result.kind] ?? 0) + 1;
    }
    // Floor: the same zero-latency model through the AI SDK alone.
    for (let i = 0; i < FLOOR_CALLS; i++) {
      const t0 = performance.now();
      await generateText({ model: mock, prompt: "Where is my order?" });
      if (i >= 20) floor.push(performance.now() - t0);
    }
    const o = percentiles(overhead.overhead);
    console.log(`  turn overhead (zero-latency model): p50 ${o.p50.toFixed(2)} ms · p95 ${o.p95.toFixed(2)} ms · outcomes ${JSON.stringify(overhead.outcomes)}`);
  } finally {
    server.closeAllConnections();
    server.close();
    await stopJobRunner().catch(() => {});
    setDatabase(undefined);
    await database.drop();
  }

  const o = percentiles(overhead.overhead);
  const f = percentiles(floor);
  const t = percentiles(e2e.total);
  const a = percentiles(e2e.ack);
  const summary: SummaryRow[] = [
    {
      metric: "agent: turn overhead excl. model (zero-latency mock)",
      ours: msPair(o.p50, o.p95),
      floor: msPair(f.p50, f.p95, 2),
      floorLabel: "generateText with the same mock alone",
      target: `p95 ≤ ${TARGETS.overheadP95Ms} ms`,
      verdict: verdict(o.p95 <= TARGETS.overheadP95Ms && overhead.overhead.length > 0),
    },
    {
      metric: "agent: webhook → outbound, offline model, burst off",
      ours: msPair(t.p50, t.p95),
      floor: msPair(a.p50, a.p95),
      floorLabel: "webhook acknowledgement (POST → 200)",
      target: `p95 ≤ ${TARGETS.webhookToOutboundP95Ms} ms`,
      verdict: verdict(t.p95 <= TARGETS.webhookToOutboundP95Ms && e2e.missed === 0 && e2e.total.length > 0),
      note: `${e2e.missed} of ${E2E_MESSAGES} measured messages got no reply within 5 s; ${e2e.handedOver} demo customers were handed to a person by the shipped rules at their first message and left out`,
    },
  ];
  const machine = { cpus: availableParallelism(), loadAverage1m: { start: loadAtStart, end: loadavg()[0] ?? 0 } };
  console.log(
    `\nAgent benchmark on ${database.kind === "postgres" ? "PostgreSQL" : "PGlite"} (${((Date.now() - started) / 1000).toFixed(0)} s, Node ${process.version}, ${machine.cpus} CPUs, ` +
      `1-min load average ${machine.loadAverage1m.start.toFixed(1)} → ${machine.loadAverage1m.end.toFixed(1)})\n`,
  );
  console.log(renderTable(["metric", "ours p50 / p95", "floor p50 / p95", "floor", "target", "verdict"], summary.map((r) => [r.metric, r.ours, r.floor, r.floorLabel, r.target, r.verdict])));
  const file = writeResults("agent", "agent turn overhead without model time (zero-latency mock) and offline-model webhook → outbound time", database.kind, {
    database: database.kind,
    startedAt: new Date(started).toISOString(),
    node: process.version,
    machine,
    seedMs,
    overhead: { turns: OVERHEAD_TURNS, outcomes: overhead.outcomes, turnMs: roundPercentiles(percentiles(overhead.turns)), modelMs: roundPercentiles(percentiles(overhead.model)), overheadMs: roundPercentiles(o), floorGenerateTextMs: roundPercentiles(f) },
    webhookToOutbound: { messages: E2E_MESSAGES, missed: e2e.missed, customersHandedOverAtFirstMessage: e2e.handedOver, totalMs: roundPercentiles(t), ackMs: roundPercentiles(a) },
    summary,
  });
  console.log(`\nwrote ${file}`);
  clearTimeout(watchdog);
  overhead = { turns: [], model: [], overhead: [], outcomes: {} };
  e2e = { total: [], ack: [], missed: 0, handedOver: 0 };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function safeJson(body: Buffer): { to?: unknown; status?: unknown } {
  try {
    return JSON.parse(body.toString("utf8")) as { to?: unknown; status?: unknown };
  } catch {
    return {};
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
