import type { RuleSnapshot } from "@/lib/admin/rules/rule-snapshot";
import type { Language, RuleCondition } from "@/lib/db/schema";

// The rule editor's form state (text inputs hold text) and its conversion to the API's rule shape.
// Numbers stay text until sent, so the server can explain a wrong value instead of the form hiding it.
export type RuleDraft = {
  name: string;
  enabled: boolean;
  kind: RuleCondition["kind"];
  intents: string[];
  threshold: string;
  consecutive: string;
  topics: string[];
  tiers: string[];
  keywords: string;
  atLeast: string;
  handover: boolean;
  handToTeam: string;
  setPriority: string;
  labels: string;
  messages: Partial<Record<Language, string>>;
};

export function emptyDraft(): RuleDraft {
  return {
    name: "",
    enabled: true,
    kind: "keyword",
    intents: [],
    threshold: "0.45",
    consecutive: "2",
    topics: [],
    tiers: [],
    keywords: "",
    atLeast: "3",
    handover: true,
    handToTeam: "",
    setPriority: "",
    labels: "",
    messages: {},
  };
}

export function draftFromRule(rule: RuleSnapshot): RuleDraft {
  const draft = { ...emptyDraft(), name: rule.name, enabled: rule.enabled, kind: rule.condition.kind };
  const condition = rule.condition;
  if (condition.kind === "intent_in") draft.intents = condition.intents;
  if (condition.kind === "confidence_below") draft.threshold = String(condition.threshold);
  if (condition.kind === "negative_sentiment") draft.consecutive = String(condition.consecutive);
  if (condition.kind === "topic_in") draft.topics = condition.topics;
  if (condition.kind === "tier_in") draft.tiers = condition.tiers;
  if (condition.kind === "keyword") draft.keywords = condition.keywords.join(", ");
  if (condition.kind === "failed_lookups") draft.atLeast = String(condition.atLeast);
  return {
    ...draft,
    handover: rule.action.handover,
    handToTeam: rule.action.handToTeam ?? "",
    setPriority: rule.action.setPriority ?? "",
    labels: (rule.action.addLabels ?? []).join(", "),
    messages: { ...rule.action.messageToCustomer },
  };
}

export function ruleBodyFromDraft(draft: RuleDraft): { name: string; enabled: boolean; condition: Record<string, unknown>; action: Record<string, unknown> } {
  const messages = Object.fromEntries(Object.entries(draft.messages).filter(([, text]) => text !== undefined && text.trim() !== ""));
  const labels = splitList(draft.labels);
  return {
    name: draft.name,
    enabled: draft.enabled,
    condition: conditionOf(draft),
    action: {
      handover: draft.handover,
      ...(draft.handover && draft.handToTeam && { handToTeam: draft.handToTeam }),
      ...(draft.setPriority && { setPriority: draft.setPriority }),
      ...(labels.length > 0 && { addLabels: labels }),
      ...(Object.keys(messages).length > 0 && { messageToCustomer: messages }),
    },
  };
}

function conditionOf(draft: RuleDraft): Record<string, unknown> {
  switch (draft.kind) {
    case "intent_in":
      return { kind: draft.kind, intents: draft.intents };
    case "confidence_below":
      return { kind: draft.kind, threshold: numberOrText(draft.threshold) };
    case "negative_sentiment":
      return { kind: draft.kind, consecutive: numberOrText(draft.consecutive) };
    case "topic_in":
      return { kind: draft.kind, topics: draft.topics };
    case "tier_in":
      return { kind: draft.kind, tiers: draft.tiers };
    case "keyword":
      return { kind: draft.kind, keywords: splitList(draft.keywords) };
    case "failed_lookups":
      return { kind: draft.kind, atLeast: numberOrText(draft.atLeast) };
    default:
      return { kind: draft.kind };
  }
}

export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

// "0.4" → 0.4; "" or "abc" stay text so the server's message ("must be a number") is shown.
function numberOrText(text: string): number | string {
  const value = Number(text.trim());
  return text.trim() !== "" && Number.isFinite(value) ? value : text;
}
