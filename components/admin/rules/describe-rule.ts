import type { RuleAction, RuleCondition } from "@/lib/db/schema";

// Plain-language summaries of a rule for the list and the dry run.

export const CONDITION_LABELS: Record<RuleCondition["kind"], string> = {
  explicit_human_request: "The customer asks for a person",
  intent_in: "The intent is one of…",
  confidence_below: "Confidence is below…",
  negative_sentiment: "Negative messages in a row",
  topic_in: "A high-risk topic is mentioned",
  tier_in: "The customer's tier is…",
  keyword: "The message contains a keyword",
  failed_lookups: "Failed lookups reach…",
  integration_error: "A connected system fails",
  outside_business_hours: "Outside business hours",
};

export function describeCondition(condition: RuleCondition): string {
  switch (condition.kind) {
    case "explicit_human_request":
      return "the customer asks for a person";
    case "intent_in":
      return `the intent is ${list(condition.intents)}`;
    case "confidence_below":
      return `confidence is below ${Math.round(condition.threshold * 100)}% after one clarifying question`;
    case "negative_sentiment":
      return `${condition.consecutive} negative message${condition.consecutive === 1 ? "" : "s"} in a row`;
    case "topic_in":
      return `the message touches ${list(condition.topics)}`;
    case "tier_in":
      return `the customer is ${list(condition.tiers)}`;
    case "keyword":
      return `the message contains ${list(condition.keywords.map((keyword) => `“${keyword}”`))}`;
    case "failed_lookups":
      return `${condition.atLeast} or more lookups failed`;
    case "integration_error":
      return "a connected system fails";
    case "outside_business_hours":
      return "the team is outside business hours";
  }
}

export function describeAction(action: RuleAction, teamName: (slug: string) => string = (slug) => slug): string {
  const parts: string[] = [];
  if (action.handover) parts.push(action.handToTeam ? `hand over to ${teamName(action.handToTeam)}` : "hand over to the inbox's team");
  else parts.push("the bot keeps answering");
  if (action.setPriority) parts.push(`priority ${action.setPriority}`);
  if (action.addLabels?.length) parts.push(`label ${action.addLabels.join(", ")}`);
  const languages = Object.keys(action.messageToCustomer ?? {});
  if (languages.length) parts.push(`message to the customer (${languages.join(", ")})`);
  return parts.join(" · ");
}

function list(items: readonly string[]): string {
  const readable = items.map((item) => item.replaceAll("_", " "));
  if (readable.length <= 1) return readable.join("");
  return `${readable.slice(0, -1).join(", ")} or ${readable.at(-1)}`;
}
