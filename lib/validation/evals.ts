import { z } from "zod";
import type { Role } from "@/lib/db/enums";

// Schemas shared by the evaluations page, its API and the eval CLI's progress file.

// Who may turn a conversation into a test case; agents see the action disabled.
export const TEST_CASE_ROLES = ["admin", "supervisor"] as const satisfies readonly Role[];

// A run's id is its start time (2026-11-22T07-26-34-028Z), which is also its file name.
export const evalRunIdSchema = z.string().regex(/^[0-9TZ-]{10,40}$/, "Not an evaluation run id.");

// Start a run, optionally of one intent folder only.
export const startEvalRunSchema = z.strictObject({
  intent: z
    .string()
    .regex(/^[a-z_]+$/, "Pick an intent from the list.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});
export type StartEvalRunInput = z.infer<typeof startEvalRunSchema>;

// The state of the run in progress (or the last one), kept in evals/results/runs/current-run.progress.json
// by the server that started it and by `scripts/eval.ts --json-progress <file>` while it runs.
export const evalRunProgressSchema = z.object({
  version: z.literal(1),
  runId: z.string(),
  state: z.enum(["starting", "running", "finished", "failed"]),
  pid: z.number().int().nullable(),
  startedAt: z.string(),
  updatedAt: z.string(),
  startedBy: z.string().nullable(),
  intent: z.string().nullable(),
  filter: z.string().nullable(),
  model: z.string(),
  // Scenario runs (scenarios × k); null until the scenarios are loaded.
  total: z.number().int().nullable(),
  done: z.number().int(),
  passed: z.number().int(),
  failed: z.number().int(),
  lastScenario: z.string().nullable(),
  // The report's id once it is written.
  reportId: z.string().nullable(),
  error: z.string().nullable(),
});
export type EvalRunProgress = z.infer<typeof evalRunProgressSchema>;

// One line of the runs list.
export type EvalRunSummary = {
  id: string;
  startedAt: string;
  durationMs: number;
  model: { id: string; offline: boolean };
  k: number;
  filter: string | null;
  scenarios: number;
  passed: number;
  failed: number;
  expectedFailures: number;
  fixed: number;
  // Against the current evals/thresholds.json (and known gaps that now pass).
  gate: { passed: boolean; problems: string[] };
};

export type EvalIntentOption = { intent: string; scenarios: number };

export type EvalRunsResponse = {
  runs: EvalRunSummary[];
  active: EvalRunProgress | null;
  last: EvalRunProgress | null;
  model: string;
  intents: EvalIntentOption[];
};
