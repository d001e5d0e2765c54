// One-off importer: writes the agent's scenario matrix (lib/agent/scenarios/*) as eval scenario
// files under evals/<intent>/, skipping files that already exist (so hand edits are kept).
// `npx tsx scripts/eval-import-agent-scenarios.ts`
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ESCALATION_SCENARIOS } from "@/lib/agent/scenarios/escalation";
import { INFORMATION_SCENARIOS } from "@/lib/agent/scenarios/information";
import { ORDER_SCENARIOS } from "@/lib/agent/scenarios/orders";
import { RETURN_AND_REFUND_SCENARIOS } from "@/lib/agent/scenarios/returns-and-refunds";
import type { Scenario, ScenarioTurn } from "@/lib/agent/scenarios/scenario";
import { SERVICE_SCENARIOS } from "@/lib/agent/scenarios/services";
import { scenarioSchema, type EvalScenario } from "@/lib/evals/scenario-schema";

const ROOT = path.resolve(import.meta.dirname, "..", "evals");
const ALL: readonly Scenario[] = [...ORDER_SCENARIOS, ...RETURN_AND_REFUND_SCENARIOS, ...INFORMATION_SCENARIOS, ...SERVICE_SCENARIOS, ...ESCALATION_SCENARIOS];

let written = 0;
for (const source of ALL) {
  const scenario = convert(source);
  const dir = path.join(ROOT, scenario.intent);
  const file = path.join(dir, `${scenario.language}-${slug(scenario.name)}.json`);
  if (existsSync(file)) continue;
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(scenarioSchema.parse(scenario), null, 2)}\n`);
  written += 1;
}
process.stdout.write(`${written} scenario files written under ${ROOT}\n`);

function convert(source: Scenario): EvalScenario {
  const expect = source.expect;
  return {
    name: source.name,
    intent: source.covers,
    language: source.language,
    messy: expect.messy ? [messyKind(source)] : [],
    persona: { linked: true, name: "Customer", customer: source.customer },
    ...(source.setup
      ? {
          setup: {
            ...(source.setup.contactTier ? { contactTier: source.setup.contactTier } : {}),
            ...(source.setup.ordersDown ? { ordersDown: true as const } : {}),
            ...(source.setup.afterHours ? { clock: "sunday" as const } : {}),
          },
        }
      : {}),
    turns: source.turns.map(convertTurn),
    expect: {
      ...(expect.intent ? { intent: expect.intent } : {}),
      ...(expect.tools ? { tools: [...expect.tools] } : {}),
      ...(expect.neverTools ? { neverTools: [...expect.neverTools] } : {}),
      handoff: expect.handoff ?? null,
      ...(expect.replyMatches ? { replyMatches: expect.replyMatches.map((pattern) => pattern.source) } : {}),
      ...(expect.replyNeverMatches ? { replyNeverMatches: expect.replyNeverMatches.map((pattern) => pattern.source) } : {}),
      ...(expect.orderStateAfter ? { finalState: { order: expect.orderStateAfter } } : {}),
    },
    ...(source.knownFailure ? { knownFailure: source.knownFailure } : {}),
  };
}

function convertTurn(turn: ScenarioTurn): EvalScenario["turns"][number] {
  if (typeof turn === "string") return { text: turn };
  if ("burst" in turn) return { burst: [...turn.burst] };
  const tap = turn.tap;
  if (tap === "confirm" || tap === "decline") return { tap };
  if ("buttonTitle" in tap) return { tap: { buttonTitle: tap.buttonTitle.source } };
  return { tap };
}

function messyKind(source: Scenario): EvalScenario["messy"][number] {
  const name = source.name.toLowerCase();
  if (/misspel|typo|cancle/.test(name) || /cancle|bestelinng|factur\b|rückerstatung|pase/.test(JSON.stringify(source.turns))) return "typo";
  if (/mind|declines|instead/.test(name)) return "change_of_mind";
  if (/without|no number|not saying|then gives/.test(name)) return "missing_field";
  if (/shorthand/.test(name)) return "shorthand";
  if (/already|not arrived/.test(name)) return "out_of_policy";
  return "unclear";
}

function slug(text: string): string {
  return text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
}
