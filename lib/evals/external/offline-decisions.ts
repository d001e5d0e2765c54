import { computeTurnSignals } from "@/lib/agent/escalation/compute-turn-signals";
import { evaluateEscalationRules, type EvaluableRule } from "@/lib/agent/escalation/evaluate-rules";
import { OUT_OF_SCOPE_THRESHOLD } from "@/lib/ai/offline/nlu/classifier";
import { intentClassifier } from "@/lib/ai/offline/offline-nlu";
import { createClock } from "@/lib/db/seed/clock";
import { createRng } from "@/lib/db/seed/random";
import { buildEvaluableRules } from "@/lib/db/seed/rules";
import { WEEKDAY_NOW } from "../eval-environment";
import type { EscalationOutcome } from "./banking77";

// The agent's own reading of a customer's first message, exactly as a turn computes it before any
// model runs (lib/agent/run-agent-turn.ts step 2): computeTurnSignals with the shipped classifier
// (language detected from the text, no previous language), then the default escalation rules a new
// install starts with, for a standard-tier customer on a weekday morning with the team in.

export function classifyAsTurn(text: string): string {
  return computeTurnSignals([text], { classifier: intentClassifier(), now: WEEKDAY_NOW }).intent;
}

// The classifier alone with the language given as English (what classifyAsTurn does minus language
// detection), to separate classifier misses from language-detection misses.
export function classifyEnglish(text: string): string {
  return intentClassifier().classify(text, "en").intent;
}

let rules: EvaluableRule[] | null = null;

export function defaultRules(): EvaluableRule[] {
  rules ??= buildEvaluableRules(createRng(1, "rules"), createClock(WEEKDAY_NOW));
  return rules;
}

export function decideFirstTurn(text: string): EscalationOutcome {
  const signals = computeTurnSignals([text], { classifier: intentClassifier(), now: WEEKDAY_NOW });
  const evaluation = evaluateEscalationRules(defaultRules(), signals, {
    tier: "standard",
    now: WEEKDAY_NOW,
    // The seeded inbox is open on a weekday at 11:00; "always open" gives the same decisions.
    businessHours: null,
    clarificationsAsked: 0,
    failedLookups: 0,
    negativeStreak: signals.sentiment.label === "negative" ? 1 : 0,
    integrationError: false,
    confidenceThreshold: OUT_OF_SCOPE_THRESHOLD,
  });
  const handover = evaluation.decision?.handover === true;
  return { handover, reason: handover ? (evaluation.decision?.reason ?? null) : null, clarification: evaluation.clarificationNeeded };
}
