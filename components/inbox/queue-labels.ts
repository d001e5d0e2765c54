import type { ConversationQueue } from "@/lib/validation/conversations";

export const QUEUE_LABELS: Record<ConversationQueue, string> = {
  needs_human: "Needs a human",
  mine: "Mine",
  unassigned: "Unassigned",
  bot: "Bot handling",
  snoozed: "Snoozed",
  resolved: "Resolved",
  all: "All",
};

export const QUEUE_EMPTY_TEXT: Record<ConversationQueue, string> = {
  needs_human: "No handoffs are waiting. New ones appear here the moment the assistant hands over.",
  mine: "Nothing is assigned to you right now.",
  unassigned: "Every conversation a person owns has someone on it.",
  bot: "The assistant is not handling any open conversation.",
  snoozed: "No snoozed conversations.",
  resolved: "No resolved conversations match.",
  all: "No conversations match.",
};

export const REASON_LABELS: Record<string, string> = {
  customer_requested_human: "Asked for a person",
  vip_customer: "VIP customer",
  high_risk_topic: "High-risk topic",
  negative_sentiment: "Upset customer",
  low_confidence: "Assistant unsure",
  failed_lookups: "Lookups failed",
  integration_error: "System error",
  over_threshold: "Over the limit",
  outside_business_hours: "Outside hours",
  rule_matched: "Rule matched",
};

export const LANGUAGE_NAMES: Record<string, string> = { en: "English", fr: "French", de: "German", nl: "Dutch", es: "Spanish", pt: "Portuguese" };
