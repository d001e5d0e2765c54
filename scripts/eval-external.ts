// `npm run eval:external`: the agent measured on public datasets (evals/README.md, "External
// datasets"). Optional: needs ../shared/data (or EXTERNAL_DATA_DIR / --data) and skips with a
// message when it is missing; never part of `npm test`. Options:
//   --data DIR            the datasets folder (default ../shared/data next to the project)
//   --workers N           pipeline worker processes (default: CPU count, at most 4)
//   --only LIST           comma-separated sections: clinc150,banking77,pii,redteam (does not replace
//                         external-latest.json)
//   --no-pipeline         skip everything that runs through the real pipeline (red team, Banking77 sample)
//   --sample-high-risk N  Banking77 pipeline sample: test queries per high-risk intent (default 5)
//   --sample-others N     Banking77 pipeline sample: other intents' queries (default 50)
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { readAgentState } from "@/lib/agent/agent-state";
import { buildInstructions } from "@/lib/agent/instructions";
import { TOOL_INPUTS } from "@/lib/agent/tool-catalogue";
import { maskSensitive } from "@/lib/ai/offline/nlu/masking";
import { TEST_ACCESS_TOKEN, TEST_APP_SECRET, TEST_VERIFY_TOKEN } from "@/lib/whatsapp/emulator/testing/emulator-test-fixtures";
import { ANCHORS } from "@/lib/evals/external/anchors";
import { measureBanking77 } from "@/lib/evals/external/banking77";
import { BANKING77_HIGH_RISK } from "@/lib/evals/external/banking77-high-risk";
import { banking77Sample, banking77Scenario, measurePipelineRouting, type Banking77Sample } from "@/lib/evals/external/banking77-pipeline";
import { measureClinc } from "@/lib/evals/external/clinc";
import { EXTERNAL_DATA_ENV, resolveExternalDataDir, type DatasetFolder } from "@/lib/evals/external/data-dir";
import { loadBanking77, loadClinc150, loadPiiCases, loadRedTeamPrompts } from "@/lib/evals/external/datasets";
import { classifyAsTurn, classifyEnglish, decideFirstTurn } from "@/lib/evals/external/offline-decisions";
import { measurePii } from "@/lib/evals/external/pii";
import { runPipelineJobs, type PipelineJob } from "@/lib/evals/external/pipeline-pool";
import { formatRate } from "@/lib/evals/external/rates";
import { judgeRedTeamRun, redTeamJobs, summariseRedTeam, type LeakContext, type RedTeamJob, type RedTeamRun } from "@/lib/evals/external/redteam";
import { formatTable, pct, type ExternalReport, type TableRow } from "@/lib/evals/external/report";
import type { ScenarioObservation } from "@/lib/evals/observation";

const PROJECT = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    data: { type: "string" },
    workers: { type: "string" },
    only: { type: "string" },
    "no-pipeline": { type: "boolean", default: false },
    "sample-high-risk": { type: "string", default: "5" },
    "sample-others": { type: "string", default: "50" },
  },
});
const workers = values.workers ? Number.parseInt(values.workers, 10) : Math.min(4, availableParallelism());
const perHighRisk = Number.parseInt(values["sample-high-risk"], 10);
const others = Number.parseInt(values["sample-others"], 10);
if (![workers, perHighRisk + 1, others + 1].every((value) => Number.isInteger(value) && value >= 1)) {
  process.stderr.write("--workers takes a positive integer, --sample-high-risk and --sample-others a whole number\n");
  process.exit(2);
}
const only = values.only ? new Set(values.only.split(",").map((part) => part.trim())) : null;
const pipeline = !values["no-pipeline"];

const data = resolveExternalDataDir(PROJECT, values.data ?? process.env[EXTERNAL_DATA_ENV]);
if (data.present.length === 0) {
  process.stdout.write(`eval:external skipped: no datasets in ${data.dir} (set ${EXTERNAL_DATA_ENV} or --data; see evals/README.md).\n`);
  process.exit(0);
}
if (data.missing.length > 0) process.stderr.write(`Missing in ${data.dir}: ${data.missing.join(", ")} (those sections are skipped)\n`);
const wanted = (folder: DatasetFolder) => data.present.includes(folder) && (only === null || only.has(folder));

const modelId = process.env.AI_MODEL ?? "offline";
const startedAt = new Date();
const sectionMs: Record<string, number> = {};
const timed = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
  const started = Date.now();
  process.stderr.write(`${name}…\n`);
  const result = await run();
  sectionMs[name] = Date.now() - started;
  process.stderr.write(`${name}: ${sectionMs[name]} ms\n`);
  return result;
};

// 1. CLINC150: the classifier as a turn reads a message (language detected), test + oos_test.
const clinc150: ExternalReport["clinc150"] = wanted("clinc150")
  ? await timed("clinc150", () => {
      const { data: clinc, domains } = loadClinc150(data.dir);
      const turn = measureClinc(clinc, domains, classifyAsTurn);
      const english = measureClinc(clinc, domains, classifyEnglish);
      return {
        split: "test + oos_test" as const,
        pipeline: turn,
        languageGivenAsEnglish: { inScopeAccuracy: english.inScopeAccuracy, oosRecall: english.oosRecall, unmappedRejection: english.unmappedRejection },
      };
    })
  : null;

// 2. Banking77: the default escalation rules on every test query, then a sample end to end.
const bankingRows = wanted("banking77") ? loadBanking77(data.dir, "test") : [];
const bankingRules = wanted("banking77") ? await timed("banking77 (rules)", () => measureBanking77(bankingRows, decideFirstTurn)) : null;
const bankingSamples: Banking77Sample[] = wanted("banking77") && pipeline ? banking77Sample(bankingRows, perHighRisk, others) : [];

// 3. PII: maskSensitive (what reaches the model, the history and the handoff packet).
const pii = wanted("pii") ? await timed("pii", () => measurePii(loadPiiCases(data.dir), (text) => maskSensitive(text))) : null;

// 4. Red team and the Banking77 sample through the real pipeline, in one pool of workers.
const redJobs: RedTeamJob[] = wanted("redteam") && pipeline ? redTeamJobs(loadRedTeamPrompts(data.dir)) : [];
const jobs: PipelineJob[] = [...redJobs.map((job) => ({ key: `redteam:${job.id}`, scenario: job.scenario })), ...bankingSamples.map((sample) => ({ key: `banking77:${sample.key}`, scenario: banking77Scenario(sample) }))];
const pooled =
  jobs.length > 0
    ? await timed(`pipeline (${redJobs.length} red-team runs, ${bankingSamples.length} Banking77 messages, ${workers} workers)`, () =>
        runPipelineJobs(jobs, {
          workers,
          onProgress: (done, total, key, durationMs) => process.stderr.write(`  [${String(done).padStart(3)}/${total}] ${key} (${durationMs} ms)\n`),
        }),
      )
    : { results: [], foreignOrder: null };
const byKey = new Map(pooled.results.map((result) => [result.key, result]));

const leakContext: LeakContext = {
  instructions: buildInstructions({
    language: "en",
    scope: { waId: "0", verifiedCustomerId: null, verifiedBy: null, country: null, language: "en", tier: "standard" },
    state: readAgentState({}),
    knowledge: [],
  }),
  toolNames: Object.keys(TOOL_INPUTS),
  secrets: [
    TEST_ACCESS_TOKEN,
    TEST_APP_SECRET,
    TEST_VERIFY_TOKEN,
    ...Object.entries(process.env).flatMap(([key, value]) => (/(SECRET|TOKEN|API_KEY|PASSWORD)/.test(key) && value ? [value] : [])),
  ],
};
const redRuns: RedTeamRun[] = redJobs.flatMap((job) => {
  const result = byKey.get(`redteam:${job.id}`);
  if (!result) return [];
  return [
    {
      id: job.id,
      promptId: job.promptId,
      set: job.set,
      variant: job.variant,
      verdict: judgeRedTeamRun(result.observation, result.ownership, leakContext),
      replies: result.observation.turns.flatMap((turn) => turn.replies.map((reply) => reply.text.slice(0, 300))),
    },
  ];
});
const redTeam: ExternalReport["redTeam"] = redJobs.length > 0 ? { foreignOrder: pooled.foreignOrder, summary: summariseRedTeam(redRuns), runs: redRuns } : null;

const bankingObservations = new Map<string, ScenarioObservation>(bankingSamples.flatMap((sample) => {
  const result = byKey.get(`banking77:${sample.key}`);
  return result ? [[sample.key, result.observation] as const] : [];
}));
const banking77: ExternalReport["banking77"] = bankingRules
  ? {
      split: "test",
      highRisk: { core: Object.keys(BANKING77_HIGH_RISK.core), regulated: Object.keys(BANKING77_HIGH_RISK.regulated) },
      rules: bankingRules,
      pipelineSample: bankingSamples.length > 0 ? measurePipelineRouting(bankingSamples, bankingObservations, decideFirstTurn) : null,
    }
  : null;

// The table: our figure next to the published anchor.
const table: TableRow[] = [];
if (clinc150) {
  const figures = clinc150.pipeline;
  table.push(
    { dataset: "CLINC150", measure: `in-scope accuracy (${figures.mappedIntents} of 150 intents map to ours)`, ours: pct(figures.inScopeAccuracy), anchor: ANCHORS.clincInScope },
    { dataset: "CLINC150", measure: "out-of-scope recall (oos_test)", ours: pct(figures.oosRecall), anchor: ANCHORS.clincOosRecall },
    { dataset: "CLINC150", measure: "unmapped in-scope intents refused", ours: pct(figures.unmappedRejection), anchor: "no published anchor in the data folder (our own definition: these 143 intents are out of scope for a shop)" },
  );
}
if (banking77) {
  const rules = banking77.rules;
  table.push(
    { dataset: "Banking77", measure: `core high-risk (${banking77.highRisk.core.length} intents) handed over, 1st msg`, ours: pct(rules.core.recall), anchor: ANCHORS.banking77Routing },
    { dataset: "Banking77", measure: "core high-risk handed over or clarifying", ours: pct(rules.core.recallWithClarification), anchor: "no published anchor in the data folder" },
    { dataset: "Banking77", measure: `regulated (${banking77.highRisk.regulated.length} intents) handed over, 1st msg`, ours: pct(rules.regulated.recall), anchor: "no published anchor in the data folder" },
    { dataset: "Banking77", measure: "false escalation, other 67 intents", ours: pct(rules.falseEscalation), anchor: "no published anchor in the data folder" },
    { dataset: "Banking77", measure: "escalation precision (core + regulated)", ours: pct(rules.precision), anchor: "no published anchor in the data folder" },
  );
  const sample = banking77.pipelineSample;
  if (sample) {
    table.push(
      { dataset: "Banking77", measure: `pipeline sample: core handed over (n=${sample.coreRecall.total})`, ours: pct(sample.coreRecall), anchor: "no published anchor in the data folder" },
      { dataset: "Banking77", measure: `pipeline sample: false escalation (n=${sample.falseEscalation.total})`, ours: pct(sample.falseEscalation), anchor: "no published anchor in the data folder" },
      { dataset: "Banking77", measure: "pipeline sample: same decision as rules-only", ours: pct(sample.agreementWithRules), anchor: "no published anchor in the data folder" },
    );
  }
}
if (pii) {
  for (const entity of pii.perEntity) {
    table.push({ dataset: "PII (Presidio)", measure: `${entity.entity} masking recall`, ours: pct(entity.recall), anchor: ANCHORS.pii });
  }
  table.push({ dataset: "PII (Presidio)", measure: "negatives left untouched (all entities)", ours: pct(pii.overallNegativesUntouched), anchor: ANCHORS.pii });
}
if (redTeam) {
  const summary = redTeam.summary;
  table.push(
    { dataset: "Red team (garak)", measure: `runs with an unauthorised action (${summary.runs} runs)`, ours: `${summary.runsWithUnauthorisedAction} of ${summary.runs}`, anchor: ANCHORS.redTeam },
    { dataset: "Red team (garak)", measure: "system prompt / tool / secret leaks", ours: String(summary.leaks), anchor: ANCHORS.redTeam },
    { dataset: "Red team (garak)", measure: "blocked attempts on another's record", ours: String(summary.blockedAttempts), anchor: "no published anchor in the data folder" },
    { dataset: "Red team (garak)", measure: "replies in the jailbreak persona", ours: String(summary.personaAdopted), anchor: "no published anchor in the data folder" },
  );
}

const finishedAt = new Date();
const report: ExternalReport = {
  version: 1,
  startedAt: startedAt.toISOString(),
  finishedAt: finishedAt.toISOString(),
  durationMs: finishedAt.getTime() - startedAt.getTime(),
  model: modelId,
  dataDir: path.relative(PROJECT, data.dir) || ".",
  missingDatasets: data.missing,
  sectionMs,
  clinc150,
  banking77,
  pii,
  redTeam,
  table,
};

const out: string[] = ["", formatTable(table), ""];
if (clinc150) {
  out.push(`CLINC150 (${modelId}): in-scope accuracy ${formatRate(clinc150.pipeline.inScopeAccuracy)}, ${formatRate(clinc150.pipeline.inScopeRefused)} refused as out of scope; with the language given as English: ${formatRate(clinc150.languageGivenAsEnglish.inScopeAccuracy)} / OOS recall ${formatRate(clinc150.languageGivenAsEnglish.oosRecall)}`);
  out.push(`  per mapped intent: ${clinc150.pipeline.perMappedIntent.map((entry) => `${entry.clinc}→${entry.ours} ${formatRate(entry.accuracy, 0)}`).join(", ")}`);
  out.push(`  oos accepted as: ${clinc150.pipeline.oosAcceptedAs.map((entry) => `${entry.label} ${entry.count}`).join(", ")}`);
  out.push(`  unmapped intents most often accepted: ${clinc150.pipeline.unmappedMostAccepted.map((entry) => `${entry.clinc}→${entry.mostlyAs} ${formatRate(entry.acceptance, 0)}`).join(", ")}`);
}
if (banking77) {
  out.push(`Banking77 rules, per high-risk intent: ${[...banking77.rules.core.perIntent, ...banking77.rules.regulated.perIntent].map((entry) => `${entry.intent} ${formatRate(entry.recall, 0)}`).join(", ")}`);
  out.push(`  false escalations by reason: ${banking77.rules.falseEscalationByReason.map((entry) => `${entry.label} ${entry.count}`).join(", ")}; most affected: ${banking77.rules.falseEscalationTopIntents.map((entry) => `${entry.intent} ${formatRate(entry.rate, 0)}`).join(", ")}`);
  if (banking77.pipelineSample) out.push(`  pipeline sample handoffs by reason: ${banking77.pipelineSample.byReason.map((entry) => `${entry.label} ${entry.count}`).join(", ") || "none"}; harness errors ${banking77.pipelineSample.harnessErrors}`);
}
if (pii) {
  for (const entity of pii.perEntity) {
    out.push(`PII ${entity.entity}: recall ${formatRate(entity.recall)}, right kind ${formatRate(entity.recallRightKind)}, touched ${formatRate(entity.anyOverlap)}, in a sentence ${formatRate(entity.recallInSentence)}, negatives untouched ${formatRate(entity.negativesUntouched)} / not masked as ${entity.entity} ${formatRate(entity.negativesNotThisKind)}`);
  }
}
if (redTeam) {
  out.push(`Red team: ${redTeam.summary.runs} runs (foreign order ${redTeam.foreignOrder ?? "?"}), handoffs: ${redTeam.summary.handedOver.map((entry) => `${entry.label} ${entry.count}`).join(", ")}, change tools proposed ${redTeam.summary.changeToolsProposed}`);
  for (const finding of redTeam.summary.findings) out.push(`  ${finding.id}: ${[...finding.unauthorised.map((line) => `UNAUTHORISED ${line}`), ...finding.blockedAttempts.map((line) => `blocked ${line}`)].join("; ")}`);
}
out.push("", `Total ${(report.durationMs / 1000).toFixed(1)} s (${Object.entries(sectionMs).map(([name, ms]) => `${name.split(" ")[0]} ${(ms / 1000).toFixed(1)} s`).join(", ")})`);
process.stdout.write(`${out.join("\n")}\n`);

if (only === null && data.missing.length === 0 && pipeline) {
  const file = path.join(PROJECT, "evals", "results", "external-latest.json");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`Report: ${path.relative(process.cwd(), file)}\n`);
} else {
  process.stdout.write("Partial run (--only, --no-pipeline or a missing dataset): evals/results/external-latest.json not replaced.\n");
}
process.exit(0);
