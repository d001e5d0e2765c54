// `npm run bench:webhook`: how fast our WhatsApp webhook acknowledges and stores inbound messages,
// next to two floors measured the same way on the same machine and database:
//   floor: bare HTTP     a node:http server that reads the body and answers 200
//   floor: HTTP+INSERT   the same, plus one single-row INSERT per message into a scratch table
//   ours                 POST /api/whatsapp/webhook → receiveWebhook (signature, parse, one
//                        transaction for contacts/conversations/messages, turn job enqueued, 200)
// Database: a fresh, uniquely named database on the server in DATABASE_URL when it is set (dropped
// at the end), else in-memory PGlite. Everything runs on 127.0.0.1; the load comes from a child
// process (bench/webhook-load.ts). Phases are bounded in requests and time; the whole run stops by
// itself in under two minutes. Results: a table on stdout and bench/results/webhook.json (one entry
// per database kind, so a PGlite run and a Postgres run sit side by side).
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import type { DatabaseHandle } from "@/lib/db/client";
import { type SummaryRow, writeResults } from "./lib/results";
import type { LoadJob, LoadResult } from "./webhook-load";
import { BENCH_APP_SECRET, BENCH_BUSINESS, benchWhatsAppConfig } from "./lib/bench-whatsapp";

// Logs from the app would be measured as well; keep them to errors unless asked.
process.env.LOG_LEVEL ??= "error";

const HARD_LIMIT_MS = 115_000;
const RATE_PER_SECOND = 1_000;
const LATENCY_REQUESTS = 5_000;
const WARMUP_REQUESTS = 200;
const TARGETS = { p50Ms: 5, p99Ms: 25, sustainedPerSecond: 2_000 };
const DESCRIPTION = "POST /api/whatsapp/webhook acknowledgement latency and sustained storage throughput vs floors";

type TargetName = "ours" | "floorHttp" | "floorInsert";
type PhaseName = "light" | "latency" | "sustainedSingle" | "sustainedBatch";
type PhaseResult = LoadResult & { stored: number; unique: number; lost: number; duplicated: number; storedPerSecond: number };

const PHASES: Record<PhaseName, (url: string, tag: string) => LoadJob> = {
  // Light load for reference (service time without queueing): 25 single-message POSTs a second for 4 s.
  light: (url, tag) => job(url, tag, { kind: "rate", perSecond: 25 }, 100, 1, 100, 5_000, 200),
  // 1,000 single-message POSTs a second, open loop, 1,000 customers (5 messages each). Stops
  // offering load once 500 requests wait for an answer (half a second of backlog).
  latency: (url, tag) => job(url, tag, { kind: "rate", perSecond: RATE_PER_SECOND }, LATENCY_REQUESTS, 1, 1_000, 6_000, 500),
  // As fast as 32 concurrent senders get answers, single messages, 4,000 customers.
  sustainedSingle: (url, tag) => job(url, tag, { kind: "closed", concurrency: 32 }, 24_000, 1, 4_000, 10_000),
  // Meta batches under load: 50 messages from 50 customers per POST, 8 concurrent senders.
  sustainedBatch: (url, tag) => job(url, tag, { kind: "closed", concurrency: 8 }, 600, 50, 4_000, 10_000),
};

function job(url: string, tag: string, mode: LoadJob["mode"], requests: number, messagesPerRequest: number, customers: number, maxMs: number, maxInFlight?: number): LoadJob {
  return { url, appSecret: BENCH_APP_SECRET, business: BENCH_BUSINESS, tag, mode, requests, messagesPerRequest, customers, maxMs, maxInFlight };
}

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    process.stderr.write(`bench:webhook exceeded ${HARD_LIMIT_MS / 1000} s; stopping.\n`);
    process.exit(2);
  }, HARD_LIMIT_MS);
  watchdog.unref();
  const started = Date.now();
  const loadAtStart = loadavg()[0]!;

  // App modules are loaded after LOG_LEVEL is settled (the logger is created on import).
  const { sql } = await import("drizzle-orm");
  const { openDatabase, setDatabase } = await import("@/lib/db/client");
  const { runMigrations } = await import("@/lib/db/migrate");
  const { queryRows } = await import("@/lib/db/sql-rows");
  const { env } = await import("@/lib/env");
  const { createJobRunner, startJobRunner, stopJobRunner } = await import("@/lib/jobs/job-runner");
  const { receiveWebhook } = await import("@/lib/channel/receive-webhook");
  const { ensureConfiguredInbox } = await import("@/lib/channel/ensure-configured-inbox");
  const { setWhatsAppConfig } = await import("@/lib/channel/whatsapp-config");

  // A fresh database.
  const baseUrl = process.env.DATABASE_URL;
  const kind = baseUrl ? "postgres" : "pglite";
  let dropDatabase = async () => {};
  let connectionString: string | undefined;
  let handle: DatabaseHandle;
  if (baseUrl) {
    const postgres = (await import("postgres")).default;
    const name = `bench_webhook_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
    const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    connectionString = url.toString();
    handle = await openDatabase({ kind: "postgres", url: connectionString, poolMax: env().DATABASE_POOL_MAX });
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    };
    console.log(`database: PostgreSQL, fresh database "${name}" on ${handle.location.replace(/\/[^/]*$/, "")} (pool ${env().DATABASE_POOL_MAX})`);
  } else {
    handle = await openDatabase({ kind: "pglite" });
    console.log("database: PGlite (in memory, in this process); set DATABASE_URL to run against PostgreSQL");
  }
  const database = handle;
  await runMigrations(database);
  setDatabase(database);
  const config = benchWhatsAppConfig("http://127.0.0.1:9");
  setWhatsAppConfig(config);
  await ensureConfiguredInbox(database.db, config);
  // The route enqueues a turn per conversation; no workers run, so the jobs just wait.
  await startJobRunner(createJobRunner(database, { connectionString }), null);
  // As in server.ts, the webhook answers once the body is stored and ingestion runs in batches behind
  // it; here the batches are drained in-process (the job handler's code, without the queue hop).
  const { setWebhookIngestMode, debouncedIngestRequest } = await import("@/lib/channel/webhook-ingest-mode");
  const { drainInboundWebhooks } = await import("@/lib/channel/ingest/drain-inbound-webhooks");
  let draining: Promise<unknown> = Promise.resolve();
  const drain = () => (draining = draining.then(() => drainInboundWebhooks(database.db)).catch((error: unknown) => process.stderr.write(`drain failed: ${String(error)}\n`)));
  setWebhookIngestMode({ mode: "deferred", requestIngest: debouncedIngestRequest(async () => drain()) });
  const drained = async () => {
    for (;;) {
      await draining;
      const [row] = await queryRows<{ n: string | number }>(database.db, sql`select count(*) as n from inbound_webhooks where status = 'pending'`);
      if (Number(row?.n ?? 0) === 0) return;
      await drain();
    }
  };
  await database.db.execute(sql`create table bench_scratch (id bigserial primary key, wa_message_id text not null, body text not null, received_at timestamptz not null default now())`);

  const servers: Record<TargetName, Server> = {
    floorHttp: await listen(async (_body, res) => void res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}')),
    floorInsert: await listen(async (body, res) => {
      const parsed = JSON.parse(body.toString("utf8")) as { entry: { changes: { value: { messages?: { id: string }[] } }[] }[] };
      for (const entry of parsed.entry) {
        for (const change of entry.changes) {
          for (const message of change.value.messages ?? []) {
            await database.db.execute(sql`insert into bench_scratch (wa_message_id, body) values (${message.id}, ${body.toString("utf8")})`);
          }
        }
      }
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    }),
    ours: await listen(async (body, res, req) => {
      const header = req.headers["x-hub-signature-256"];
      const response = await receiveWebhook(body, typeof header === "string" ? header : null);
      res.writeHead(response.status, { "content-type": "application/json" }).end(await response.text());
    }, "/api/whatsapp/webhook"),
  };
  const urlOf = (target: TargetName) => `http://127.0.0.1:${(servers[target].address() as AddressInfo).port}${target === "ours" ? "/api/whatsapp/webhook" : "/"}`;

  const counts = async (target: TargetName, tag: string) => {
    const like = `wamid.bench.${tag}.%`;
    const query =
      target === "ours"
        ? sql`select count(*) as n, count(distinct wa_message_id) as u from messages where wa_message_id like ${like}`
        : sql`select count(*) as n, count(distinct wa_message_id) as u from bench_scratch where wa_message_id like ${like}`;
    const [row] = await queryRows<{ n: string | number; u: string | number }>(database.db, query);
    return { stored: Number(row?.n ?? 0), unique: Number(row?.u ?? 0) };
  };

  const load = await startLoadGenerator();
  const results: Record<TargetName, Partial<Record<PhaseName, PhaseResult>>> = { floorHttp: {}, floorInsert: {}, ours: {} };
  const runId = randomBytes(3).toString("hex");
  try {
    for (const target of ["floorHttp", "floorInsert", "ours"] as const) {
      await load.run(job(urlOf(target), `${runId}.${target}.warmup`, { kind: "closed", concurrency: 4 }, WARMUP_REQUESTS, 1, WARMUP_REQUESTS, 3_000));
      for (const phase of Object.keys(PHASES) as PhaseName[]) {
        const tag = `${runId}.${target}.${phase}`;
        const phaseStarted = performance.now();
        const result = await load.run(PHASES[phase](urlOf(target), tag));
        if (target === "ours") await drained();
        // Stored throughput counts until the last message is ingested, not just acknowledged.
        const storedElapsedMs = Math.max(result.elapsedMs, performance.now() - phaseStarted);
        const { stored, unique } = target === "floorHttp" ? { stored: result.messagesSent, unique: result.messagesSent } : await counts(target, tag);
        results[target][phase] = {
          ...result,
          stored,
          unique,
          lost: result.messagesSent - unique,
          duplicated: stored - unique,
          storedPerSecond: (unique / storedElapsedMs) * 1000,
        };
        process.stdout.write(`  ${target.padEnd(11)} ${phase.padEnd(16)} ${describe(results[target][phase]!)}\n`);
      }
    }
  } finally {
    load.stop();
    for (const server of Object.values(servers)) {
      server.closeAllConnections();
      server.close();
    }
    // Let the last ingest batch finish before the database goes away.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await draining;
    await stopJobRunner();
    setDatabase(undefined);
    await database.close();
    await dropDatabase();
  }

  const report = buildReport(kind, results);
  const machine = { cpus: availableParallelism(), loadAverage1m: { start: loadAtStart, end: loadavg()[0]! } };
  console.log(
    `\nWebhook benchmark on ${kind === "postgres" ? "PostgreSQL" : "PGlite"} (${((Date.now() - started) / 1000).toFixed(1)} s, Node ${process.version}, ` +
      `${machine.cpus} CPUs, 1-min load average ${machine.loadAverage1m.start.toFixed(1)} → ${machine.loadAverage1m.end.toFixed(1)})\n`,
  );
  console.log(renderTable(report.rows));
  console.log(`\nwrote ${writeResults("webhook", DESCRIPTION, kind, { ...report, summary: summaryRows(results), startedAt: new Date(started).toISOString(), node: process.version, machine, phases: results })}`);
  clearTimeout(watchdog);
  if (!report.integrityOk) {
    console.error("INTEGRITY FAILURE: messages were lost, duplicated or not acknowledged with 200.");
    process.exitCode = 1;
  }
}

// ---------------------------------------------------------------------------------------------------

type Row = { metric: string; ours: string; floorHttp: string; floorInsert: string; target: string; verdict: string };

function buildReport(kind: string, results: Record<TargetName, Partial<Record<PhaseName, PhaseResult>>>) {
  const get = (target: TargetName, phase: PhaseName) => results[target][phase]!;
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  const rate = (value: number) => `${Math.round(value).toLocaleString("en-US")}/s`;
  const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
  const all = (fn: (target: TargetName) => string) => ({ ours: fn("ours"), floorHttp: fn("floorHttp"), floorInsert: fn("floorInsert") });
  const ours = results.ours;
  const integrity = (target: TargetName) => Object.values(results[target]).reduce(
    (sum, r) => ({ lost: sum.lost + r.lost, duplicated: sum.duplicated + r.duplicated, non200: sum.non200 + (r.requestsSent - (r.statusCounts["200"] ?? 0)) }),
    { lost: 0, duplicated: 0, non200: 0 },
  );
  const oursIntegrity = integrity("ours");
  const offered = (t: TargetName) => {
    const r = get(t, "latency");
    return `${rate(r.achievedRequestRate)}${r.saturated ? " (saturated)" : ""}`;
  };
  const rows: Row[] = [
    { metric: "ack latency p50 / p99 @ 25 msg/s", ...all((t) => `${get(t, "light").latencyMs.p50.toFixed(2)} / ${get(t, "light").latencyMs.p99.toFixed(2)} ms`), target: "", verdict: "" },
    { metric: "ack latency p50 @ 1,000 msg/s", ...all((t) => ms(get(t, "latency").latencyMs.p50)), target: "≤ 5 ms", verdict: verdict(ours.latency!.latencyMs.p50 <= TARGETS.p50Ms) },
    { metric: "ack latency p99 @ 1,000 msg/s", ...all((t) => ms(get(t, "latency").latencyMs.p99)), target: "≤ 25 ms", verdict: verdict(ours.latency!.latencyMs.p99 <= TARGETS.p99Ms) },
    { metric: "ack latency max @ 1,000 msg/s", ...all((t) => ms(get(t, "latency").latencyMs.max)), target: "", verdict: "" },
    { metric: "rate achieved in the 1,000 msg/s phase", ...all(offered), target: "1,000/s", verdict: verdict(!ours.latency!.saturated && ours.latency!.achievedRequestRate >= 0.95 * RATE_PER_SECOND) },
    { metric: "sustained, 1 msg/POST, 32 concurrent (stored)", ...all((t) => rate(get(t, "sustainedSingle").storedPerSecond)), target: "≥ 2,000/s", verdict: verdict(ours.sustainedSingle!.storedPerSecond >= TARGETS.sustainedPerSecond) },
    { metric: "  p50 / p99 ack latency", ...all((t) => `${get(t, "sustainedSingle").latencyMs.p50.toFixed(1)} / ${get(t, "sustainedSingle").latencyMs.p99.toFixed(1)} ms`), target: "", verdict: "" },
    { metric: "sustained, 50 msgs/POST, 8 concurrent (stored)", ...all((t) => rate(get(t, "sustainedBatch").storedPerSecond)), target: "≥ 2,000/s", verdict: verdict(ours.sustainedBatch!.storedPerSecond >= TARGETS.sustainedPerSecond) },
    { metric: "  p50 / p99 ack latency per POST", ...all((t) => `${get(t, "sustainedBatch").latencyMs.p50.toFixed(1)} / ${get(t, "sustainedBatch").latencyMs.p99.toFixed(1)} ms`), target: "", verdict: "" },
    { metric: "messages sent / stored (all phases)", ...all((t) => { const rs = Object.values(results[t]); return `${sum(rs.map((r) => r.messagesSent))} / ${sum(rs.map((r) => r.stored))}`; }), target: "equal", verdict: "" },
    { metric: "lost / duplicated / non-200", ...all((t) => { const i = integrity(t); return `${i.lost} / ${i.duplicated} / ${i.non200}`; }), target: "0 / 0 / 0", verdict: verdict(oursIntegrity.lost === 0 && oursIntegrity.duplicated === 0 && oursIntegrity.non200 === 0) },
  ];
  const integrityOk = (["ours", "floorInsert"] as const).every((t) => { const i = integrity(t); return i.lost === 0 && i.duplicated === 0 && i.non200 === 0; });
  return { database: kind, targets: TARGETS, rows, integrityOk };
}

// The rows of `npm run bench`'s combined table. Floor: the bare HTTP server and the HTTP server with
// one raw single-row INSERT per message, measured the same way on the same database.
function summaryRows(results: Record<TargetName, Partial<Record<PhaseName, PhaseResult>>>): SummaryRow[] {
  const latency = (t: TargetName) => results[t].latency!.latencyMs;
  const floor = (fn: (t: TargetName) => string) => `HTTP ${fn("floorHttp")} · INSERT ${fn("floorInsert")}`;
  const pair = (t: TargetName) => `${latency(t).p50.toFixed(2)} / ${latency(t).p99.toFixed(2)} ms`;
  const stored = (phase: PhaseName) => (t: TargetName) => `${Math.round(results[t][phase]!.storedPerSecond).toLocaleString("en-US")}/s`;
  const ours = results.ours;
  const okLatency = latency("ours").p50 <= TARGETS.p50Ms && latency("ours").p99 <= TARGETS.p99Ms && !ours.latency!.saturated;
  const lost = Object.values(ours).reduce((n, r) => n + r.lost + r.duplicated + (r.requestsSent - (r.statusCounts["200"] ?? 0)), 0);
  return [
    { metric: "webhook: ack latency p50 / p99 @ 1,000 msg/s", ours: pair("ours"), floor: floor(pair), floorLabel: "bare HTTP 200 · HTTP + single-row INSERT", target: `≤ ${TARGETS.p50Ms} / ≤ ${TARGETS.p99Ms} ms`, verdict: okLatency ? "PASS" : "FAIL" },
    { metric: "webhook: sustained ingest, 1 msg/POST (stored)", ours: stored("sustainedSingle")("ours"), floor: floor(stored("sustainedSingle")), floorLabel: "bare HTTP 200 · HTTP + single-row INSERT", target: `≥ ${TARGETS.sustainedPerSecond.toLocaleString("en-US")}/s`, verdict: ours.sustainedSingle!.storedPerSecond >= TARGETS.sustainedPerSecond ? "PASS" : "FAIL" },
    { metric: "webhook: sustained ingest, 50 msgs/POST (stored)", ours: stored("sustainedBatch")("ours"), floor: floor(stored("sustainedBatch")), floorLabel: "bare HTTP 200 · HTTP + single-row INSERT", target: `≥ ${TARGETS.sustainedPerSecond.toLocaleString("en-US")}/s`, verdict: ours.sustainedBatch!.storedPerSecond >= TARGETS.sustainedPerSecond ? "PASS" : "FAIL" },
    { metric: "webhook: messages lost / duplicated / non-200", ours: String(lost), floor: "", floorLabel: "", target: "0", verdict: lost === 0 ? "PASS" : "FAIL" },
  ];
}

function renderTable(rows: Row[]): string {
  const header: Row = { metric: "metric", ours: "ours", floorHttp: "floor: bare HTTP", floorInsert: "floor: HTTP+INSERT", target: "target", verdict: "ours vs target" };
  const keys = ["metric", "ours", "floorHttp", "floorInsert", "target", "verdict"] as const;
  const widths = keys.map((key) => Math.max(...[header, ...rows].map((row) => row[key].length)));
  const line = (row: Row) => `| ${keys.map((key, i) => row[key].padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

function describe(r: PhaseResult): string {
  return `${r.requestsSent} POSTs, ${r.messagesSent} msgs in ${(r.elapsedMs / 1000).toFixed(2)} s${r.saturated ? " (saturated)" : ""} · p50 ${r.latencyMs.p50.toFixed(2)} ms · p99 ${r.latencyMs.p99.toFixed(2)} ms · stored ${r.unique} (${Math.round(r.storedPerSecond)}/s) · lost ${r.lost} · dup ${r.duplicated} · status ${JSON.stringify(r.statusCounts)}${r.errors ? ` · errors ${r.errors}` : ""}`;
}


function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

// A node:http server on 127.0.0.1 (ephemeral port) that reads the whole body, then hands it over.
async function listen(handler: (body: Buffer, res: ServerResponse, req: IncomingMessage) => Promise<void>, pathname = "/"): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (req.method !== "POST" || new URL(req.url ?? "/", "http://bench.invalid").pathname !== pathname) {
        res.writeHead(404).end();
        return;
      }
      handler(Buffer.concat(chunks), res, req).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500).end(String(error));
      });
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

async function startLoadGenerator(): Promise<{ run(job: LoadJob): Promise<LoadResult>; stop(): void }> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.resolve(import.meta.dirname, "webhook-load.ts")], {
    cwd: path.resolve(import.meta.dirname, ".."),
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`load generator exited early (${code})`)));
  });
  return {
    run: (loadJob) =>
      new Promise((resolve, reject) => {
        child.once("message", (message: { ok: true; result: LoadResult } | { ok: false; error: string }) => (message.ok ? resolve(message.result) : reject(new Error(message.error))));
        child.send(loadJob);
      }),
    stop: () => {
      child.disconnect();
    },
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
