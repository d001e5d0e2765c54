// `npm run bench:scale`: the console's reads at scale. On a fresh database (PGlite in memory, or a
// fresh uniquely named database on the PostgreSQL in DATABASE_URL, dropped at the end) the shared
// generator (bench/lib/dataset.ts) writes 100,000 conversations, 1,000,000 messages with words in
// them and 10,000 knowledge articles in six languages. Then, each with a warm-up and a bounded number
// of measured runs, the product's own functions, as the console's APIs call them:
//   inbox list         GET /api/conversations: loadInbox (100 rows and every queue's count)
//                      at once, for "Needs a human" and for "All"
//   conversation open  GET /api/conversations/:id and …/messages: getConversationDetail and listMessages
//   message search     the inbox list and counts with q= (a common word; an order number)
//   knowledge search   searchKnowledge (what the agent asks before each answer), six languages
//   metrics dashboard  getMetricsSummary for the last 30 days (/admin/metrics)
// Floor: a trivial primary-key SELECT through the same client on the same database.
// Results: a table on stdout and bench/results/scale.json (one entry per database kind).
import { availableParallelism, loadavg } from "node:os";
import type { Db } from "@/lib/db/client";
import { type BenchDatabase, openBenchDatabase } from "./lib/bench-database";
import { type Dataset, describeDataset, generateDataset } from "./lib/dataset";
import { type SummaryRow, ms, msPair, verdict, writeResults } from "./lib/results";
import { type Percentiles, percentiles, renderTable, roundPercentiles } from "./lib/stats";

process.env.LOG_LEVEL ??= "error";

const HARD_LIMIT_MS = Number(process.env.BENCH_SCALE_LIMIT_MS ?? 330_000);
const CONVERSATIONS = Number(process.env.BENCH_SCALE_CONVERSATIONS ?? 100_000);
const MESSAGES = Number(process.env.BENCH_SCALE_MESSAGES ?? 1_000_000);
const ARTICLES = Number(process.env.BENCH_SCALE_ARTICLES ?? 10_000);
// Per query: at most this many measured runs, and no new run after this much time.
const MAX_RUNS = 40;
const QUERY_BUDGET_MS = 6_000;
const WARMUP_RUNS = 2;

type QueryName = "floor" | "inboxNeedsHuman" | "inboxAll" | "open" | "searchWord" | "searchOrder" | "knowledge" | "metrics30";
const TARGETS: Partial<Record<QueryName, number>> = { inboxNeedsHuman: 50, inboxAll: 50, open: 50, searchWord: 150, searchOrder: 150, knowledge: 30, metrics30: 300 };
const LABELS: Record<QueryName, string> = {
  floor: "floor: primary-key SELECT",
  inboxNeedsHuman: "inbox list + counts, Needs a human",
  inboxAll: "inbox list + counts, All",
  open: "conversation open (detail + messages)",
  searchWord: "message search, a word (q=damaged)",
  searchOrder: "message search, order number (q=BN-…)",
  knowledge: "knowledge search (6 languages)",
  metrics30: "metrics dashboard, last 30 days",
};

type Timing = { name: QueryName; label: string; runs: number; ms: Percentiles; targetP95Ms: number | null; rows: number };

async function main(): Promise<void> {
  const started = Date.now();
  const watchdog = setTimeout(() => {
    process.stderr.write(`bench:scale exceeded ${HARD_LIMIT_MS / 1000} s; stopping.\n`);
    process.exit(2);
  }, HARD_LIMIT_MS);
  watchdog.unref();
  const loadAtStart = loadavg()[0] ?? 0;

  const { eq, sql } = await import("drizzle-orm");
  const { conversations, users } = await import("@/lib/db/schema");
  const { queryRows } = await import("@/lib/db/sql-rows");
  const { loadInbox } = await import("@/lib/conversation/load-inbox");
  const { getConversationDetail } = await import("@/lib/conversation/get-conversation-detail");
  const { listMessages } = await import("@/lib/conversation/list-messages");
  const { searchKnowledge } = await import("@/lib/knowledge/search-knowledge");
  const { getMetricsSummary } = await import("@/lib/metrics/get-metrics-summary");
  const { createBuiltinConnectors } = await import("@/lib/agent/connectors/builtin/create-builtin-connectors");

  // BENCH_SCALE_REUSE_URL: measure on a database kept earlier (BENCH_SCALE_KEEP_DATABASE=1), without
  // generating or dropping it (for work on the queries).
  const reuseUrl = process.env.BENCH_SCALE_REUSE_URL;
  const database = reuseUrl ? await reuseDatabase(reuseUrl) : await openBenchDatabase("scale", { poolMax: 10 });
  console.log(`database: ${database.label}`);
  const db = database.handle.db;
  const timings: Timing[] = [];
  try {
    const dataset = reuseUrl ? await existingDataset(db) : await generateDataset(db, { conversations: CONVERSATIONS, messageBodies: true, totalMessages: MESSAGES, articles: ARTICLES });
    console.log(`dataset: ${describeDataset(dataset)}`);
    if (process.env.BENCH_SCALE_KEEP_DATABASE === "1" && database.kind === "postgres") {
      // For EXPLAIN work by hand: keep the generated database and stop here.
      console.log(`database kept (BENCH_SCALE_KEEP_DATABASE=1): ${database.connectionString}`);
      await database.handle.close();
      process.exit(0);
    }
    const [agent] = await db.insert(users).values({ email: "agent@scale.local", name: "Scale Agent", role: "agent", passwordHash: "x" }).returning();
    const userId = agent!.id;
    const connectors = createBuiltinConnectors(db);
    // Conversations to open: a spread over the whole history, open ones and resolved ones.
    const ids = (await queryRows<{ id: string }>(db, sql`select id from conversations order by md5(id::text) limit 200`)).map((r) => r.id);
    const orderNumbers = (await queryRows<{ n: string }>(db, sql`select 'BN-' || (1 + floor(random() * ${CONVERSATIONS})::int) as n from generate_series(1, 50)`)).map((r) => r.n);
    const questions: { query: string; language: "en" | "fr" | "de" | "nl" | "es" | "pt"; country: string | null }[] = [
      { query: "Where is my parcel? The tracking has not changed for a week", language: "en", country: "DE" },
      { query: "I want my money back, the item arrived broken", language: "en", country: null },
      { query: "how long does shipping take to France", language: "en", country: "FR" },
      { query: "Je voudrais un remboursement, mon colis est arrivé endommagé", language: "fr", country: "FR" },
      { query: "Wo ist mein Paket? Die Sendungsverfolgung zeigt nichts", language: "de", country: "DE" },
      { query: "Ik wil mijn bestelling annuleren", language: "nl", country: "NL" },
      { query: "¿Puedo cambiar la dirección de entrega de mi pedido?", language: "es", country: "ES" },
      { query: "Quero pausar a minha assinatura de café", language: "pt", country: "PT" },
      { query: "do you have a voucher code or discount", language: "en", country: "GB" },
    ];
    const today = new Date().toISOString().slice(0, 10);
    const now = new Date();
    const dayStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    const scope30 = { from: new Date(dayStart - 29 * 86_400_000), to: new Date(dayStart + 86_400_000), inboxId: null, windowDays: 7 };

    let i = 0;
    const next = <T,>(list: readonly T[]) => list[i++ % list.length]!;
    const inbox = async (queue: "needs_human" | "all", q?: string) => {
      const filters = q ? { q } : {};
      return (await loadInbox(db, { queue, filters, limit: 100, userId })).conversations.length;
    };
    const queries: { name: QueryName; run: () => Promise<number> }[] = [
      { name: "floor", run: async () => (await db.select({ id: conversations.id, status: conversations.status }).from(conversations).where(eq(conversations.id, next(ids)))).length },
      { name: "inboxNeedsHuman", run: () => inbox("needs_human") },
      { name: "inboxAll", run: () => inbox("all") },
      {
        name: "open",
        run: async () => {
          const id = next(ids);
          const [, list] = await Promise.all([getConversationDetail(db, { conversationId: id, userId, connectors }), listMessages(db, id)]);
          return list.length;
        },
      },
      { name: "searchWord", run: () => inbox("all", "damaged") },
      { name: "searchOrder", run: () => inbox("all", next(orderNumbers)) },
      { name: "knowledge", run: async () => (await searchKnowledge(db, { ...next(questions), today })).length },
      { name: "metrics30", run: async () => (await getMetricsSummary(db, scope30)).conversations },
    ];

    for (const query of queries) {
      let rows = 0;
      for (let w = 0; w < WARMUP_RUNS; w++) rows = await query.run();
      const samples: number[] = [];
      const queryStarted = performance.now();
      while (samples.length < MAX_RUNS && (samples.length < 5 || performance.now() - queryStarted < QUERY_BUDGET_MS)) {
        const t0 = performance.now();
        await query.run();
        samples.push(performance.now() - t0);
      }
      const timing: Timing = { name: query.name, label: LABELS[query.name], runs: samples.length, ms: percentiles(samples), targetP95Ms: TARGETS[query.name] ?? null, rows };
      timings.push(timing);
      console.log(`  ${timing.label}: p50 ${timing.ms.p50.toFixed(2)} ms · p95 ${timing.ms.p95.toFixed(2)} ms · max ${timing.ms.max.toFixed(1)} ms (${timing.runs} runs, ${rows} rows)`);
    }

    const floor = timings.find((t) => t.name === "floor")!;
    const summary: SummaryRow[] = timings
      .filter((t) => t.name !== "floor")
      .map((t) => ({
        metric: `at scale: ${t.label}`,
        ours: msPair(t.ms.p50, t.ms.p95),
        floor: msPair(floor.ms.p50, floor.ms.p95, 2),
        floorLabel: "primary-key SELECT, same DB",
        target: t.targetP95Ms === null ? "" : `p95 ≤ ${t.targetP95Ms} ms`,
        verdict: t.targetP95Ms === null ? "" : verdict(t.ms.p95 <= t.targetP95Ms),
      }));
    const machine = { cpus: availableParallelism(), loadAverage1m: { start: loadAtStart, end: loadavg()[0] ?? 0 } };
    console.log(
      `\nAt-scale reads on ${database.kind === "postgres" ? "PostgreSQL" : "PGlite"} (${((Date.now() - started) / 1000).toFixed(0)} s, Node ${process.version}, ${machine.cpus} CPUs, ` +
        `1-min load average ${machine.loadAverage1m.start.toFixed(1)} → ${machine.loadAverage1m.end.toFixed(1)})\n`,
    );
    console.log(
      renderTable(
        ["query", "runs", "p50 ms", "p95 ms", "max ms", "floor p50 / p95 ms", "target", "verdict"],
        timings.map((t) => [t.label, String(t.runs), t.ms.p50.toFixed(2), t.ms.p95.toFixed(2), t.ms.max.toFixed(2), `${floor.ms.p50.toFixed(2)} / ${floor.ms.p95.toFixed(2)}`, t.targetP95Ms ? `p95 ≤ ${t.targetP95Ms} ms` : "", t.targetP95Ms ? verdict(t.ms.p95 <= t.targetP95Ms) : ""]),
      ),
    );
    const file = writeResults("scale", "console reads (inbox, open, search, knowledge, metrics) on 100k conversations / 1M messages / 10k articles, vs a primary-key SELECT", database.kind, {
      database: database.kind,
      startedAt: new Date(started).toISOString(),
      node: process.version,
      machine,
      dataset: { ...dataset.counts, generateMs: dataset.generateMs },
      timings: timings.map((t) => ({ ...t, ms: roundPercentiles(t.ms) })),
      summary: [{ metric: "at scale: dataset generated", ours: `${(dataset.generateMs / 1000).toFixed(1)} s`, floor: "", floorLabel: "", target: "", verdict: "", note: describeDataset(dataset) } satisfies SummaryRow, ...summary],
      totalMs: Date.now() - started,
    });
    console.log(`\nwrote ${file} (${ms(Date.now() - started, 0)} in all)`);
  } finally {
    await database.drop();
  }
  clearTimeout(watchdog);
}

async function reuseDatabase(url: string): Promise<BenchDatabase> {
  const { openDatabase } = await import("@/lib/db/client");
  const { runMigrations } = await import("@/lib/db/migrate");
  const handle = await openDatabase({ kind: "postgres", url, poolMax: 10 });
  await runMigrations(handle);
  return { kind: "postgres", handle, connectionString: url, label: `PostgreSQL, kept database ${url}`, drop: () => handle.close() };
}

async function existingDataset(db: Db): Promise<Dataset> {
  const { sql } = await import("drizzle-orm");
  const { queryRows } = await import("@/lib/db/sql-rows");
  await db.execute(sql`delete from users where email = 'agent@scale.local'`);
  await db.execute(sql`analyze`);
  const [c] = await queryRows<{ conversations: string; messages: string; articles: string }>(
    db,
    sql`select (select count(*) from conversations) as conversations, (select count(*) from messages) as messages, (select count(*) from knowledge_articles) as articles`,
  );
  const counts = { conversations: Number(c?.conversations), messages: Number(c?.messages), agentTurns: 0, handoffs: 0, csatSurveys: 0, auditEvents: 0, articles: Number(c?.articles) };
  return { inboxA: "", inboxB: "", adminId: "", counts, generateMs: 0, options: { conversations: counts.conversations, returningContacts: 0, days: 180, messageBodies: true, totalMessages: counts.messages, articles: counts.articles } };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
