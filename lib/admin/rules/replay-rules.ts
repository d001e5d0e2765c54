import { type EscalationDecision, type EvaluableRule, evaluateEscalationRules, type RuleMatch } from "@/lib/agent/escalation/evaluate-rules";
import type { ContactTier, TurnSignals } from "@/lib/agent/escalation/turn-signals";
import type { BusinessHours, Language, ToolCallRecord } from "@/lib/db/schema";

// One past agent turn as stored: the customer's words and what the turn recorded.
export type ReplayTurn = {
  turnId: string;
  startedAt: Date;
  texts: string[];
  stored: { confidence: number | null; language: Language | null; sentiment: "positive" | "neutral" | "negative" | null };
  toolCalls: ToolCallRecord[];
  outcome: string | null;
};

export type ReplayedTurn = {
  turnId: string;
  at: string;
  texts: string[];
  signals: Pick<TurnSignals, "language" | "intent" | "confidence" | "highRiskTopics" | "explicitHumanRequest"> & { sentiment: TurnSignals["sentiment"]["label"] };
  context: { negativeStreak: number; failedLookups: number; clarificationsAsked: number; integrationError: boolean; outsideBusinessHours: boolean };
  matches: RuleMatch[];
  decision: EscalationDecision | null;
  // What actually happened in that turn (e.g. "answered", "handoff:high_risk_topic").
  actualOutcome: string | null;
};

export type ReplayOptions = {
  tier: ContactTier;
  businessHours: BusinessHours | null;
  confidenceThreshold: number;
  // Reads the customer's words (language, intent, topics, a request for a person).
  read: (texts: string[], now: Date, previousLanguage: Language | null) => TurnSignals;
  outsideBusinessHours: (now: Date) => boolean;
};

// Replays a conversation's turns through the rules without side effects: per turn, which rules
// would match and what the deciding one would do. Confidence, sentiment and language are the ones
// the turn stored; the running context (negative streak, failed lookups, clarifying questions) is
// rebuilt from the earlier turns the way the agent keeps it.
export function replayRules(turns: readonly ReplayTurn[], rules: readonly EvaluableRule[], options: ReplayOptions): ReplayedTurn[] {
  let negativeStreak = 0;
  let failedLookups = 0;
  let clarificationsAsked = 0;
  let language: Language | null = null;
  const results: ReplayedTurn[] = [];
  for (const turn of turns) {
    const read = options.read(turn.texts, turn.startedAt, language);
    const signals: TurnSignals = {
      ...read,
      language: turn.stored.language ?? read.language,
      confidence: turn.stored.confidence ?? read.confidence,
      sentiment: turn.stored.sentiment ? { ...read.sentiment, label: turn.stored.sentiment } : read.sentiment,
    };
    language = signals.language;
    negativeStreak = signals.sentiment.label === "negative" ? negativeStreak + 1 : 0;
    const integrationError = turn.outcome === "handoff:integration_error" || turn.toolCalls.some((call) => reasonOf(call) === "integration_error");
    const context = { negativeStreak, failedLookups, clarificationsAsked, integrationError };
    const evaluation = evaluateEscalationRules(rules, signals, { ...context, tier: options.tier, now: turn.startedAt, businessHours: options.businessHours, confidenceThreshold: options.confidenceThreshold });
    results.push({
      turnId: turn.turnId,
      at: turn.startedAt.toISOString(),
      texts: turn.texts,
      signals: { language: signals.language, intent: signals.intent, confidence: signals.confidence, highRiskTopics: signals.highRiskTopics, explicitHumanRequest: signals.explicitHumanRequest, sentiment: signals.sentiment.label },
      context: { ...context, outsideBusinessHours: options.outsideBusinessHours(turn.startedAt) },
      matches: evaluation.matches,
      decision: evaluation.decision,
      actualOutcome: turn.outcome,
    });
    failedLookups += turn.toolCalls.filter((call) => reasonOf(call) === "not_found").length;
    if (evaluation.clarificationNeeded) clarificationsAsked += 1;
    // A handoff starts a new episode for the bot once it is handed back.
    if (turn.outcome?.startsWith("handoff:")) {
      clarificationsAsked = 0;
      failedLookups = 0;
    }
  }
  return results;
}

function reasonOf(call: ToolCallRecord): string | undefined {
  const output = call.output;
  if (!output || typeof output !== "object" || !("ok" in output) || output.ok !== false || !("reason" in output)) return undefined;
  return typeof output.reason === "string" ? output.reason : undefined;
}
