import type { Entity } from "../nlu/entities/types";
import { EXCHANGE_CUES, firstMentioned, firstMentionedInAnyLanguage, mentionsInAnyLanguage, PLAN_CUES, PROBLEM_CUES, readCountry, SUBSCRIPTION_ACTION_CUES } from "./cue-words";
import { readPromoCode } from "./read-promo-code";
import type { Choice } from "./reply-choice";
import type { OfflineSlots, SlotName, ToolResult } from "./types";

// Identifiers survive a change of topic ("where is SO-104233?" then "cancel it"); what a flow
// gathered for itself (a reason, a chosen slot) does not.
export const KEPT_ACROSS_INTENTS: readonly SlotName[] = ["orderNumber", "bookingReference", "subscriptionReference", "invoiceNumber", "email", "postcode", "country", "service"];

const CHOICE_SLOTS: Partial<Record<Choice["kind"], SlotName>> = {
  order: "orderNumber",
  booking: "bookingReference",
  slot: "slotId",
  sub: "subscriptionReference",
  plan: "plan",
  action: "subscriptionAction",
  reason: "returnReason",
  problem: "problem",
  resolution: "resolution",
};

// Tool inputs of this turn carry what was already settled, even when the turn paused for a
// confirmation before any state could be saved.
const INPUT_SLOTS: readonly [string, SlotName][] = [
  ["orderNumber", "orderNumber"],
  ["bookingReference", "bookingReference"],
  ["subscriptionReference", "subscriptionReference"],
  ["invoiceNumber", "invoiceNumber"],
  ["plan", "plan"],
];

export type SlotSources = {
  previous: OfflineSlots;
  entities: readonly Entity[];
  choice: Choice | null;
  text: string;
  results: readonly ToolResult[];
  intentChanged: boolean;
  // A postcode is proof of identity only when the customer is not verified and not giving a new
  // delivery address.
  postcodeIsIdentity: boolean;
  awaitingPromoCode: boolean;
};

export function fillSlots(sources: SlotSources): OfflineSlots {
  const slots: OfflineSlots = sources.intentChanged ? pickSlots(sources.previous, KEPT_ACROSS_INTENTS) : { ...sources.previous };

  for (const entity of sources.entities) {
    switch (entity.kind) {
      case "order_number":
        slots.orderNumber = entity.value;
        break;
      case "booking_ref":
        slots.bookingReference = entity.value;
        break;
      case "subscription_ref":
        slots.subscriptionReference = entity.value;
        break;
      case "invoice_number":
        slots.invoiceNumber = entity.value;
        break;
      case "email":
        slots.email = entity.value;
        break;
      case "date":
        slots.date = entity.value;
        break;
      case "money":
        slots.amountCents = String(Math.round(entity.amount * 100));
        break;
      case "postcode":
        if (sources.postcodeIsIdentity) slots.postcode = entity.value;
        break;
      default:
        break;
    }
  }

  const text = sources.text;
  if (mentionsInAnyLanguage(text, EXCHANGE_CUES)) slots.returnKind = "exchange";
  const problem = firstMentionedInAnyLanguage(text, PROBLEM_CUES);
  if (problem) slots.problem = problem;
  const action = firstMentionedInAnyLanguage(text, SUBSCRIPTION_ACTION_CUES);
  if (action) slots.subscriptionAction = action;
  const plan = firstMentioned(text, PLAN_CUES);
  if (plan) slots.plan = plan;
  const country = readCountry(text);
  if (country) slots.country = country;
  const code = readPromoCode(text, { wholeMessage: sources.awaitingPromoCode });
  if (code) slots.promoCode = code;

  const choice = sources.choice;
  if (choice && choice.kind !== "human" && choice.kind !== "intent") {
    const slot = CHOICE_SLOTS[choice.kind];
    if (slot) slots[slot] = choice.value;
  }

  for (const result of sources.results) {
    if (typeof result.input !== "object" || result.input === null) continue;
    for (const [key, slot] of INPUT_SLOTS) {
      const value: unknown = Reflect.get(result.input, key);
      if (typeof value === "string" && value !== "") slots[slot] = value;
    }
  }
  return slots;
}

export function pickSlots(slots: OfflineSlots, names: readonly SlotName[]): OfflineSlots {
  const kept: OfflineSlots = {};
  for (const name of names) {
    const value = slots[name];
    if (value !== undefined) kept[name] = value;
  }
  return kept;
}
