import type { HighRiskTopic } from "@/lib/agent/escalation/high-risk-topic-lexicon";
import type { TurnIntent } from "@/lib/agent/escalation/turn-signals";
import type { EscalationReason, HandoffPacket } from "@/lib/db/schema";
import type { HandoffIdentifier } from "./collect-identifiers";
import type { HandoffStep } from "./describe-tool-steps";
import { defaultResolutionFor, type RequestedResolution } from "./requested-resolution";

export type HandoffSummaryInput = {
  customerName?: string;
  intent: TurnIntent;
  resolution: RequestedResolution;
  identifiers: readonly HandoffIdentifier[];
  steps: readonly HandoffStep[];
  reason: EscalationReason;
  topics: readonly HighRiskTopic[];
  sentiment: HandoffPacket["sentiment"];
  urgency: HandoffPacket["urgency"];
};

// Steps named in the summary; the packet lists all of them.
const STEPS_IN_SUMMARY = 3;

export const INTENT_SUBJECTS: Record<TurnIntent, string> = {
  order_status: "where their order is",
  cancel_order: "cancelling an order",
  change_address: "changing a delivery address",
  return_or_exchange: "a return or exchange",
  refund_policy: "the refund policy",
  refund_status: "a refund that has not arrived",
  refund_request: "getting their money back",
  missing_or_damaged: "a missing or damaged item",
  invoice_copy: "a copy of an invoice",
  shipping_options: "shipping options",
  promo_code: "a promo code",
  reschedule_appointment: "moving an appointment",
  subscription_change: "changing a subscription",
  account_help: "access to their account",
  opening_hours_contact: "opening hours and contact details",
  complaint: "their dissatisfaction with our service",
  human_request: "speaking to a person",
  greeting: "something not yet stated",
  thanks: "something not yet stated",
  goodbye: "something not yet stated",
  affirm: "something not yet stated",
  deny: "something not yet stated",
  out_of_scope: "something the bot could not place",
};

const RESOLUTION_WANTS: Record<RequestedResolution, string | undefined> = {
  refund: "a refund",
  replacement: "a replacement",
  "replacement or refund": "a replacement or a refund",
  repair: "a repair",
  "return or exchange": "to return or exchange it",
  cancellation: "a cancellation",
  reschedule: "to reschedule",
  "address change": "the address changed",
  "delivery update": "a delivery update",
  "invoice copy": "a copy of the invoice",
  "subscription change": "a subscription change",
  "account access": "to get back into their account",
  discount: "a discount",
  information: "information",
  "complaint handling": "the complaint handled",
  "human contact": "to speak to a person",
  unclear: undefined,
};

const TOPIC_NAMES: Record<HighRiskTopic, string> = {
  payment_dispute: "a payment dispute",
  account_takeover: "a possible account takeover",
  legal_threat: "a legal threat",
  medical: "a possible injury or health risk",
  financial_advice: "a request for financial advice",
};

// Two or three plain English sentences for the agent (whatever the customer's language): who wants
// what about which record, what the bot tried, and why it handed over. Built from templates only,
// so the same packet always reads the same and no customer text is paraphrased wrongly.
export function summarizeHandoff(input: HandoffSummaryInput): string {
  const who = input.customerName?.trim() || "The customer";
  const references = input.identifiers
    .filter((identifier) => ["order_number", "booking_ref", "subscription_ref", "invoice_number"].includes(identifier.kind))
    .map((identifier) => identifier.value);
  const about = references.length > 0 ? ` (${references.join(", ")})` : "";
  // The outcome is worth a clause only when the customer named one their intent does not imply.
  const wants = input.resolution === defaultResolutionFor(input.intent) ? undefined : RESOLUTION_WANTS[input.resolution];
  const request =
    input.resolution === "human contact"
      ? `${who} asked to speak to a person${about}.`
      : `${who} wrote about ${INTENT_SUBJECTS[input.intent]}${about}${wants ? ` and wants ${wants}` : ""}.`;

  const shown = input.steps.slice(0, STEPS_IN_SUMMARY).map((step) => `${lowerFirst(step.step)} (${step.result.startsWith("Failed") ? "failed" : "done"})`);
  const more = input.steps.length > STEPS_IN_SUMMARY ? ` and ${input.steps.length - STEPS_IN_SUMMARY} more` : "";
  const tried = shown.length > 0 ? `The bot ${shown.join("; ")}${more}.` : "The bot had not looked anything up yet.";

  const mood = `the customer sounds ${input.sentiment}${input.urgency === "high" ? " and it is urgent" : ""}`;
  return `${request} ${tried} Handed over because ${reasonPhrase(input.reason, input.topics)}; ${mood}.`;
}

function reasonPhrase(reason: EscalationReason, topics: readonly HighRiskTopic[]): string {
  switch (reason) {
    case "customer_requested_human":
      return "the customer asked for a person";
    case "vip_customer":
      return "the customer is a VIP";
    case "high_risk_topic":
      return topics.length > 0 ? `the conversation involves ${topics.map((topic) => TOPIC_NAMES[topic]).join(" and ")}` : "the conversation touches a high-risk topic";
    case "negative_sentiment":
      return "the customer has been unhappy for several messages";
    case "low_confidence":
      return "the bot could not tell what the customer needs";
    case "failed_lookups":
      return "the bot's lookups kept failing";
    case "integration_error":
      return "a system the bot needed was unavailable";
    case "over_threshold":
      return "the request is above what the bot may approve";
    case "outside_business_hours":
      return "it arrived outside business hours";
    case "rule_matched":
      return "an escalation rule matched";
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
