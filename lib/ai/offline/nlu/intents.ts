import type { Lang } from "./lang";

export const INTENT_IDS = [
  "order_status",
  "cancel_order",
  "change_address",
  "return_or_exchange",
  "refund_policy",
  "refund_status",
  "refund_request",
  "missing_or_damaged",
  "invoice_copy",
  "shipping_options",
  "promo_code",
  "reschedule_appointment",
  "subscription_change",
  "account_help",
  "opening_hours_contact",
  "complaint",
  "human_request",
  "greeting",
  "thanks",
  "goodbye",
  "affirm",
  "deny",
] as const;

export type IntentId = (typeof INTENT_IDS)[number];

// task: the agent can act with a tool; information: answered from knowledge; escalation: a person
// should (or may) take over; conversation: social turns and answers to the agent's own questions.
export type IntentCategory = "task" | "information" | "escalation" | "conversation";

export type IntentDefinition = {
  category: IntentCategory;
  // Where the line sits between neighbouring intents, for whoever edits the examples.
  description: string;
  changesData: boolean;
};

export type IntentExamples = Record<IntentId, Record<Lang, readonly string[]>>;

export const INTENT_CATALOGUE: Record<IntentId, IntentDefinition> = {
  order_status: {
    category: "task",
    description: "Where an order is, whether it shipped, tracking, expected delivery date, order running late.",
    changesData: false,
  },
  cancel_order: {
    category: "task",
    description: "Cancel an order or part of it before or after it shipped (not a subscription).",
    changesData: true,
  },
  change_address: {
    category: "task",
    description: "Change the delivery address of an order, or fix a wrong street, number or postcode on it.",
    changesData: true,
  },
  return_or_exchange: {
    category: "task",
    description: "Send an item back, get a return label, swap for another size or colour.",
    changesData: true,
  },
  refund_policy: {
    category: "information",
    description: "Questions about the refund rules: how long refunds take, what is refundable, conditions.",
    changesData: false,
  },
  refund_status: {
    category: "task",
    description: "A refund already promised or started has not arrived; where the money is.",
    changesData: false,
  },
  refund_request: {
    category: "task",
    description: "The customer asks for their money back.",
    changesData: true,
  },
  missing_or_damaged: {
    category: "task",
    description: "Parcel marked delivered but not received, item missing from the box, broken, or the wrong item sent.",
    changesData: false,
  },
  invoice_copy: {
    category: "task",
    description: "A copy of an invoice or receipt, a VAT invoice, the invoice to another company name.",
    changesData: false,
  },
  shipping_options: {
    category: "information",
    description: "Delivery methods, costs, express, countries served, delivery times before ordering.",
    changesData: false,
  },
  promo_code: {
    category: "task",
    description: "Discount or promo codes and vouchers: one that does not work, how to use one, whether one exists.",
    changesData: false,
  },
  reschedule_appointment: {
    category: "task",
    description: "Move a booking or appointment to another day or time, or ask which slots are free.",
    changesData: true,
  },
  subscription_change: {
    category: "task",
    description: "Pause, resume, skip, upgrade, downgrade or stop a subscription or plan.",
    changesData: true,
  },
  account_help: {
    category: "task",
    description: "Password resets, logging in, locked accounts, login codes, changing account details.",
    changesData: false,
  },
  opening_hours_contact: {
    category: "information",
    description: "Opening hours, phone number, e-mail or shop address, when the team can be reached.",
    changesData: false,
  },
  complaint: {
    category: "escalation",
    description: "Dissatisfaction with the service or the company in general, wanting to file a complaint.",
    changesData: false,
  },
  human_request: {
    category: "escalation",
    description: "Asks to talk to a person, an agent, a colleague, someone real. Triggers an immediate handoff.",
    changesData: false,
  },
  greeting: { category: "conversation", description: "Hello with nothing else yet.", changesData: false },
  thanks: { category: "conversation", description: "Thanks, with nothing else asked.", changesData: false },
  goodbye: { category: "conversation", description: "Ends the conversation.", changesData: false },
  affirm: { category: "conversation", description: "Yes, agreement, go ahead.", changesData: false },
  deny: { category: "conversation", description: "No, refusal, stop, don't do it.", changesData: false },
};
