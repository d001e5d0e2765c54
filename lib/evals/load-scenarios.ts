import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { scenarioSchema, type LoadedScenario } from "./scenario-schema";

// Folders under evals/ that hold no scenarios.
const NOT_SCENARIOS = new Set(["results"]);

export type LoadResult = { scenarios: LoadedScenario[]; errors: string[] };

// Every evals/<intent>/<name>.json, validated. A file that does not parse, does not match the schema
// or sits in a folder other than its intent is an error; the caller decides whether to stop.
export function loadScenarios(root: string, options: { filter?: string } = {}): LoadResult {
  const scenarios: LoadedScenario[] = [];
  const errors: string[] = [];
  for (const folder of readdirSync(root).sort()) {
    const dir = path.join(root, folder);
    if (NOT_SCENARIOS.has(folder) || !statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith(".json")) continue;
      const file = path.join(dir, name);
      const id = `${folder}/${name.slice(0, -".json".length)}`;
      if (options.filter && !id.includes(options.filter)) continue;
      const parsed = parseScenario(readFileSync(file, "utf8"));
      if (!parsed.ok) {
        errors.push(`${id}: ${parsed.error}`);
        continue;
      }
      if (parsed.scenario.intent !== folder) {
        errors.push(`${id}: intent "${parsed.scenario.intent}" does not match its folder "${folder}"`);
        continue;
      }
      scenarios.push({ id, file, scenario: parsed.scenario });
    }
  }
  return { scenarios, errors };
}

export function parseScenario(text: string): { ok: true; scenario: LoadedScenario["scenario"] } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const result = scenarioSchema.safeParse(json);
  if (!result.success) return { ok: false, error: z.prettifyError(result.error).replace(/\n/g, "; ") };
  return { ok: true, scenario: result.data };
}

export const thresholdSchema = z.strictObject({
  taskSuccess: z.number().min(0).max(1).optional(),
  escalationPrecision: z.number().min(0).max(1).optional(),
  escalationRecall: z.number().min(0).max(1).optional(),
  confirmationCompliance: z.number().min(0).max(1).optional(),
  grounding: z.number().min(0).max(1).optional(),
  languageMatch: z.number().min(0).max(1).optional(),
});
export type Thresholds = z.infer<typeof thresholdSchema>;
export type ThresholdMetric = keyof Thresholds;

// evals/thresholds.json: defaults for every intent, overridden per intent. Rates are 0..1.
export const thresholdsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  default: thresholdSchema,
  intents: z.record(z.string(), thresholdSchema).default({}),
});
export type ThresholdsFile = z.infer<typeof thresholdsFileSchema>;

export function loadThresholds(file: string): ThresholdsFile {
  return thresholdsFileSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

export function thresholdsFor(file: ThresholdsFile, intent: string): Thresholds {
  return { ...file.default, ...file.intents[intent] };
}
