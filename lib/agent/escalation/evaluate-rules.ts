import { normalizeText } from "@/lib/ai/offline/nlu/normalize";
import { type EscalationReason, type EscalationRule, PRIORITIES, type RuleAction, type RuleCondition } from "@/lib/db/schema";
import { isWithinBusinessHours, nextOpening } from "./business-hours";
import { resolveHighRiskTopic } from "./high-risk-topics";
import { compilePhrases, type PhraseMatcher } from "./phrase-matcher";
import type { EscalationContext, TurnSignals } from "./turn-signals";

export type Priority = (typeof PRIORITIES)[number];
export type RuleConditionKind = RuleCondition["kind"];
export type EvaluableRule = Pick<EscalationRule, "id" | "name" | "position" | "enabled" | "condition" | "action">;

export type RuleMatch = { ruleId: string; ruleName: string; kind: RuleConditionKind };

export type EscalationDecision = {
  // The rule that decided: the first matching rule that hands over, else the first that matched.
  ruleId: string;
  ruleName: string;
  reason: EscalationReason;
  handover: boolean;
  teamSlug?: string;
  // The highest priority any matching rule asks for (a VIP asking for a person stays "high").
  priority?: Priority;
  // Every matching rule's labels, in rule order, once each.
  labels: string[];
  // In the customer's language, falling back to English: the deciding rule's message, else the
  // first matching rule's (so an after-hours notice still reaches a customer who asked for a person).
  customerMessage?: string;
  // Only while the team is closed: when a person will next be there (null: no opening in sight).
  followUpAt?: Date | null;
};

export type EscalationEvaluation = {
  matches: RuleMatch[];
  decision: EscalationDecision | null;
  // Nothing hands over yet, the agent is unsure and has not asked a clarifying question in this
  // episode: it should ask one now. After that, a low-confidence rule may hand over.
  clarificationNeeded: boolean;
};

// Decides whether this turn goes to a person, to which team, at what priority and with which
// labels. Deterministic and model-independent: it reads only the turn's signals, the context and
// the admin's rules, checked in position order (disabled rules skipped), so the same turn always
// escalates the same way whichever model is configured.
export function evaluateEscalationRules(rules: readonly EvaluableRule[], signals: TurnSignals, context: EscalationContext): EscalationEvaluation {
  const active = rules.filter((rule) => rule.enabled).sort((a, b) => a.position - b.position);
  const closed = context.businessHours !== null && !isWithinBusinessHours(context.businessHours, context.now);
  const matching = active.filter((rule) => conditionHolds(rule.condition, signals, context, closed));
  const matches = matching.map((rule) => ({ ruleId: rule.id, ruleName: rule.name, kind: rule.condition.kind }));

  const decider = matching.find((rule) => rule.action.handover) ?? matching[0];
  const decision = decider ? decide(decider, matching, signals, context, closed) : null;
  const unsure = signals.confidence < context.confidenceThreshold || active.some((rule) => isLowConfidence(rule.condition, signals));
  const clarificationNeeded = decision?.handover !== true && context.clarificationsAsked === 0 && unsure;
  return { matches, decision, clarificationNeeded };
}

function decide(decider: EvaluableRule, matching: readonly EvaluableRule[], signals: TurnSignals, context: EscalationContext, closed: boolean): EscalationDecision {
  const labels = [...new Set(matching.flatMap((rule) => rule.action.addLabels ?? []))];
  const priority = highestPriority(matching.map((rule) => rule.action.setPriority));
  const customerMessage = [decider, ...matching].map((rule) => messageIn(rule.action, signals.language)).find((message) => message !== undefined);
  const teamSlug = decider.action.handover ? decider.action.handToTeam : undefined;
  return {
    ruleId: decider.id,
    ruleName: decider.name,
    reason: reasonFor(decider.condition, signals),
    handover: decider.action.handover,
    labels,
    ...(teamSlug !== undefined && { teamSlug }),
    ...(priority !== undefined && { priority }),
    ...(customerMessage !== undefined && { customerMessage }),
    ...(closed && context.businessHours && { followUpAt: nextOpening(context.businessHours, context.now) }),
  };
}

function conditionHolds(condition: RuleCondition, signals: TurnSignals, context: EscalationContext, closed: boolean): boolean {
  switch (condition.kind) {
    case "explicit_human_request":
      return signals.explicitHumanRequest;
    case "intent_in":
      return condition.intents.includes(signals.intent);
    case "confidence_below":
      // The agent asks one clarifying question before giving up on understanding the customer.
      return isLowConfidence(condition, signals) && context.clarificationsAsked >= 1;
    case "negative_sentiment":
      return signals.sentiment.label === "negative" && context.negativeStreak >= condition.consecutive;
    case "topic_in":
      return condition.topics.some((name) => {
        const topic = resolveHighRiskTopic(name);
        return topic !== undefined && signals.highRiskTopics.includes(topic);
      });
    case "tier_in":
      return condition.tiers.includes(context.tier);
    case "keyword":
      return keywordMatcher(condition.keywords).find(normalizeText(signals.text)) !== undefined;
    case "failed_lookups":
      return context.failedLookups >= condition.atLeast;
    case "integration_error":
      return context.integrationError;
    case "outside_business_hours":
      return closed;
  }
}

function isLowConfidence(condition: RuleCondition, signals: TurnSignals): boolean {
  return condition.kind === "confidence_below" && signals.confidence < condition.threshold;
}

function reasonFor(condition: RuleCondition, signals: TurnSignals): EscalationReason {
  switch (condition.kind) {
    case "explicit_human_request":
      return "customer_requested_human";
    case "tier_in":
      return "vip_customer";
    case "topic_in":
      return "high_risk_topic";
    case "keyword":
      // A keyword list is the admin's own; it is a high-risk escalation only when the text also
      // touches a high-risk topic ("my lawyer").
      return signals.highRiskTopics.length > 0 ? "high_risk_topic" : "rule_matched";
    case "negative_sentiment":
      return "negative_sentiment";
    case "confidence_below":
      return "low_confidence";
    case "failed_lookups":
      return "failed_lookups";
    case "integration_error":
      return "integration_error";
    case "outside_business_hours":
      return "outside_business_hours";
    case "intent_in":
      return "rule_matched";
  }
}

function messageIn(action: RuleAction, language: TurnSignals["language"]): string | undefined {
  return action.messageToCustomer?.[language] ?? action.messageToCustomer?.en;
}

function highestPriority(priorities: readonly (Priority | undefined)[]): Priority | undefined {
  let highest: Priority | undefined;
  for (const priority of priorities) {
    if (priority !== undefined && (highest === undefined || PRIORITIES.indexOf(priority) > PRIORITIES.indexOf(highest))) highest = priority;
  }
  return highest;
}

// Rules are read on every turn, their keyword lists rarely change: each list is compiled once.
const keywordMatchers = new Map<string, PhraseMatcher>();
const KEYWORD_MATCHERS_KEPT = 500;

function keywordMatcher(keywords: readonly string[]): PhraseMatcher {
  const key = JSON.stringify(keywords);
  let matcher = keywordMatchers.get(key);
  if (!matcher) {
    if (keywordMatchers.size >= KEYWORD_MATCHERS_KEPT) keywordMatchers.clear();
    matcher = compilePhrases(keywords);
    keywordMatchers.set(key, matcher);
  }
  return matcher;
}
