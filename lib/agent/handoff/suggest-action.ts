import type { HighRiskTopic } from "@/lib/agent/escalation/high-risk-topic-lexicon";
import type { TurnIntent } from "@/lib/agent/escalation/turn-signals";
import type { EscalationReason } from "@/lib/db/schema";
import type { HandoffIdentifier } from "./collect-identifiers";
import type { RequestedResolution } from "./requested-resolution";

export type SuggestActionInput = {
  reason: EscalationReason;
  intent: TurnIntent;
  resolution: RequestedResolution;
  topics: readonly HighRiskTopic[];
  identifiers: readonly HandoffIdentifier[];
};

// The first reference of each kind the packet holds, worded for a sentence ("SO-104233", or what to
// ask for when the customer never gave one).
type References = { order: string; booking: string; subscription: string; invoiceCopy: string; any?: string };

// The next thing the agent taking over should do, concrete enough to act on without rereading the
// conversation: the record to open and the decision to make. High-risk topics come first (what not
// to say matters more than the task), then the reason sets the opening move and the intent the task.
export function suggestAction(input: SuggestActionInput): string {
  const refs = referencesFrom(input.identifiers);
  const task = taskFor(input.intent, input.resolution, refs);
  const topicActions = TOPIC_ORDER.filter((topic) => input.topics.includes(topic)).map((topic) => TOPIC_ACTIONS[topic](refs));
  switch (input.reason) {
    case "high_risk_topic":
      return topicActions.length > 0 ? topicActions.join(" ") : task;
    case "customer_requested_human":
      return task;
    case "vip_customer":
      return `VIP customer: reply personally and first. ${task}`;
    case "negative_sentiment":
      return `Apologise for the experience first, then: ${lowerFirst(task)}`;
    case "low_confidence":
      return `The bot could not tell what the customer needs (best guess: ${input.intent.replace(/_/g, " ")}). Read the conversation and ask one direct question${refs.any ? ` about ${refs.any}` : ""}.`;
    case "failed_lookups":
      return `The bot could not find the customer's records: search by their WhatsApp number or the e-mail used at checkout. Then: ${lowerFirst(task)}`;
    case "integration_error":
      return `A system the bot needed was unavailable: retry in the back office. Then: ${lowerFirst(task)}`;
    case "over_threshold":
      return `Approve or decline the ${input.resolution === "unclear" ? "request" : input.resolution} for ${refs.order}: it is above what the bot may do alone.`;
    case "outside_business_hours":
      return `Follow up when the team opens: ${lowerFirst(task)}`;
    case "rule_matched":
      return task;
  }
}

// Safety first, then the account, then money and the law.
const TOPIC_ORDER: readonly HighRiskTopic[] = ["medical", "account_takeover", "payment_dispute", "legal_threat", "financial_advice"];

const TOPIC_ACTIONS: Record<HighRiskTopic, (refs: References) => string> = {
  payment_dispute: (refs) =>
    `Do not promise a refund in the chat: check the payment for ${refs.order} with the payment provider and follow the dispute procedure.`,
  account_takeover: (refs) =>
    `Secure the account first: verify the customer through the e-mail on file, block changes to the account and review recent orders and sign-ins${refs.any ? ` (starting with ${refs.any})` : ""}.`,
  legal_threat: (refs) =>
    `Do not admit liability or promise compensation: acknowledge the message, collect the facts for ${refs.order} and pass it to Legal today.`,
  medical: (refs) =>
    `Check that the customer is safe and tell them to stop using the product; record the incident for ${refs.order} as a safety report today.`,
  financial_advice: () => "Explain that we cannot give financial or credit advice; answer only about our own payment options and terms.",
};

function taskFor(intent: TurnIntent, resolution: RequestedResolution, refs: References): string {
  switch (intent) {
    case "order_status":
      return `Check the carrier tracking for ${refs.order} and give the customer an expected delivery date.`;
    case "cancel_order":
      return `Check whether ${refs.order} has shipped; cancel it if not, otherwise explain how to return it.`;
    case "change_address":
      return `Check whether ${refs.order} has shipped and, if not, update the delivery address.`;
    case "return_or_exchange":
      return `Start the return or exchange for ${refs.order} and send the return label.`;
    case "refund_policy":
      return "Answer the refund question from the published refund policy.";
    case "refund_status":
      return `Check the refund for ${refs.order} with the payment provider and tell the customer when it will arrive.`;
    case "refund_request":
      return `Check ${refs.order} against the refund policy and approve or decline the refund.`;
    case "missing_or_damaged":
      return `Check the carrier claim for ${refs.order} and ${resolution === "replacement" ? "send a replacement" : resolution === "refund" ? "refund the item" : "offer a replacement or refund"}.`;
    case "invoice_copy":
      return `Send a copy of ${refs.invoiceCopy}.`;
    case "shipping_options":
      return "Answer the shipping question from the shipping table for the customer's country.";
    case "promo_code":
      return "Check the promo code's conditions and apply the discount by hand if it is valid.";
    case "reschedule_appointment":
      return `Offer free slots and move ${refs.booking} once the customer picks one.`;
    case "subscription_change":
      return `Confirm which change the customer wants to ${refs.subscription} and apply it.`;
    case "account_help":
      return "Verify the customer's identity, then help them back into their account.";
    case "opening_hours_contact":
      return "Answer with the opening hours and contact details.";
    case "complaint":
      return `Acknowledge the complaint, apologise and agree a concrete next step${refs.any ? ` for ${refs.any}` : ""}.`;
    case "human_request":
    case "greeting":
    case "thanks":
    case "goodbye":
    case "affirm":
    case "deny":
    case "out_of_scope":
      return resolution === "unclear" || resolution === "human contact"
        ? `Greet the customer and ask what they need help with${refs.any ? ` regarding ${refs.any}` : ""}; the bot had not found out yet.`
        : `Handle the ${resolution} the customer asked for${refs.any ? ` (${refs.any})` : ""}.`;
  }
}

function referencesFrom(identifiers: readonly HandoffIdentifier[]): References {
  const first = (kind: string) => identifiers.find((identifier) => identifier.kind === kind)?.value;
  const order = first("order_number");
  const booking = first("booking_ref");
  const subscription = first("subscription_ref");
  const invoice = first("invoice_number");
  return {
    order: order ?? "the order (ask for the order number)",
    booking: booking ? `booking ${booking}` : "the booking (ask for the reference)",
    subscription: subscription ? `subscription ${subscription}` : "the subscription",
    invoiceCopy: invoice ? `invoice ${invoice}` : `the invoice for ${order ?? "the order (ask for the order number)"}`,
    any: order ?? booking ?? subscription ?? invoice,
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
