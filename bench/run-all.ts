// `npm run bench`: every benchmark, one after the other, each in its own process, then one table.
// Every figure stands next to a floor measured in the same run on the same machine, and a target
// where the issue sets one. Writes bench/results/all.json; each benchmark also writes its own JSON.
//
//   webhook   acknowledgement latency at 1,000 msg/s, sustained ingest (floors: bare HTTP 200 server,
//             raw single-row INSERTs on the same database)                       bench/webhook.ts
//   agent     turn overhead without model time (zero-latency mock), offline model webhook → outbound
//                                                                                bench/agent.ts
//   realtime  webhook → browser with 50 agents, server RSS at rest and under load bench/realtime.ts
//   scale     inbox, open, message search, knowledge search, metrics dashboard on
//             100k conversations / 1M messages / 10k articles                   bench/scale.ts
//
// Databases: PostgreSQL when DATABASE_URL is set (a fresh database per benchmark, dropped after),
// else PGlite. With DATABASE_URL, PGlite runs as well while the time budget allows (--pg-only to
// skip it, --budget=<seconds> to change the budget, default 600). --only=webhook,scale runs a subset.
import { type ChildProcess, spawn } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import path from "node:path";
import { type SummaryRow, readRun, writeResults } from "./lib/results";
import { renderTable } from "./lib/stats";

type Kind = "postgres" | "pglite";
type PhaseName = "webhook" | "agent" | "realtime" | "scale";
type Phase = { name: PhaseName; file: string; env: Record<string, string>; limitMs: number; typicalMs: Record<Kind, number> };

const PHASES: readonly Phase[] = [
  { name: "webhook", file: "webhook.ts", env: {}, limitMs: 125_000, typicalMs: { postgres: 100_000, pglite: 100_000 } },
  { name: "agent", file: "agent.ts", env: {}, limitMs: 180_000, typicalMs: { postgres: 45_000, pglite: 60_000 } },
  { name: "realtime", file: "realtime.ts", env: { BENCH_REALTIME_ROWS: "short" }, limitMs: 125_000, typicalMs: { postgres: 45_000, pglite: 50_000 } },
  { name: "scale", file: "scale.ts", env: {}, limitMs: 340_000, typicalMs: { postgres: 130_000, pglite: 200_000 } },
];

type PhaseOutcome = { kind: Kind; phase: PhaseName; status: "ok" | "failed" | "skipped"; exitCode: number | null; elapsedMs: number; rows: SummaryRow[]; reason?: string };

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const only = arg("only")?.split(",") as PhaseName[] | undefined;
  const budgetMs = Number(arg("budget") ?? 600) * 1000;
  const kinds: Kind[] = process.env.DATABASE_URL ? (args.includes("--pg-only") ? ["postgres"] : ["postgres", "pglite"]) : ["pglite"];
  const started = Date.now();
  const load = { start: loadavg()[0] ?? 0, end: 0 };
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "unknown", memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version, platform: `${process.platform} ${process.arch}` };
  console.log(`npm run bench: ${kinds.join(" then ")}; ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}; time budget ${budgetMs / 1000} s\n`);

  const outcomes: PhaseOutcome[] = [];
  for (const kind of kinds) {
    for (const phase of PHASES.filter((p) => !only || only.includes(p.name))) {
      const left = budgetMs - (Date.now() - started);
      // The first database always runs in full; the second only while the budget allows.
      if (kind !== kinds[0] && left < phase.typicalMs[kind]) {
        outcomes.push({ kind, phase: phase.name, status: "skipped", exitCode: null, elapsedMs: 0, rows: [], reason: `time budget (${Math.round(left / 1000)} s left, needs about ${phase.typicalMs[kind] / 1000} s)` });
        console.log(`── ${phase.name} on ${kind}: skipped (time budget)\n`);
        continue;
      }
      console.log(`── ${phase.name} on ${kind} ${"─".repeat(60)}`);
      const phaseStarted = Date.now();
      const exitCode = await runChild(phase, kind);
      const elapsedMs = Date.now() - phaseStarted;
      const run = readRun(phase.name, kind);
      const fresh = run && typeof run.startedAt === "string" && Date.parse(run.startedAt) >= phaseStarted - 1_000;
      const rows = fresh && Array.isArray(run.summary) ? run.summary : [];
      outcomes.push({ kind, phase: phase.name, status: exitCode === 0 && rows.length > 0 ? "ok" : "failed", exitCode, elapsedMs, rows, reason: exitCode === 0 ? undefined : `exit code ${exitCode}` });
      console.log(`── ${phase.name} on ${kind}: ${exitCode === 0 ? "done" : `FAILED (exit ${exitCode})`} in ${(elapsedMs / 1000).toFixed(0)} s\n`);
    }
  }
  load.end = loadavg()[0] ?? 0;
  // With --only, the other benchmarks' latest results complete the table (marked as earlier runs).
  if (only) {
    for (const kind of kinds) {
      for (const phase of PHASES.filter((p) => !only.includes(p.name))) {
        const run = readRun(phase.name, kind);
        if (run && Array.isArray(run.summary)) outcomes.push({ kind, phase: phase.name, status: "ok", exitCode: 0, elapsedMs: 0, rows: run.summary, reason: `earlier run ${String(run.startedAt ?? "")}` });
      }
    }
    const order = (o: PhaseOutcome) => kinds.indexOf(o.kind) * 10 + PHASES.findIndex((p) => p.name === o.phase);
    outcomes.sort((a, b) => order(a) - order(b));
  }

  const label = (kind: Kind) => (kind === "postgres" ? "PostgreSQL" : "PGlite");
  const tableRows = outcomes.flatMap((o) =>
    o.status === "ok"
      ? o.rows.map((r) => [label(o.kind), r.metric, r.ours, r.floor ? `${r.floor}${r.floorLabel ? ` (${r.floorLabel})` : ""}` : "", r.target, r.verdict])
      : [[label(o.kind), `${o.phase}: ${o.status}${o.reason ? ` — ${o.reason}` : ""}`, "", "", "", o.status === "failed" ? "FAIL" : ""]],
  );
  const totalMs = Date.now() - started;
  console.log(
    `\nAll benchmarks (${(totalMs / 1000).toFixed(0)} s; ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}; ` +
      `1-min load average ${load.start.toFixed(1)} at start → ${load.end.toFixed(1)} at end)\n`,
  );
  console.log(renderTable(["database", "metric", "ours (p50 / p95 or value)", "floor, same run", "target", "verdict"], tableRows));
  const notes = outcomes.flatMap((o) => o.rows.filter((r) => r.note).map((r) => `${label(o.kind)} · ${r.metric}: ${r.note}`));
  if (notes.length > 0) console.log(`\n${notes.join("\n")}`);
  const failed = tableRows.filter((r) => r[5] === "FAIL").length;
  const passed = tableRows.filter((r) => r[5] === "PASS").length;
  console.log(`\n${passed} PASS, ${failed} FAIL`);
  const file = writeResults("all", "every benchmark of `npm run bench`: one row per figure, with its floor and target", "combined", {
    startedAt: new Date(started).toISOString(),
    totalMs,
    machine: { ...machine, loadAverage1m: load },
    phases: outcomes.map(({ rows, ...o }) => ({ ...o, rows })),
    table: tableRows.map(([database, metric, ours, floor, target, verdict]) => ({ database, metric, ours, floor, target, verdict })),
    passed,
    failed,
  });
  console.log(`wrote ${file}`);
  if (outcomes.some((o) => o.status === "failed")) process.exitCode = 1;
}

function runChild(phase: Phase, kind: Kind): Promise<number | null> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...phase.env };
  if (kind === "pglite") delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.resolve(import.meta.dirname, phase.file)], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env,
    stdio: ["ignore", "inherit", "inherit"],
    detached: false,
  });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      process.stderr.write(`${phase.name} exceeded ${phase.limitMs / 1000} s; stopping it.\n`);
      child.kill("SIGKILL");
    }, phase.limitMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
