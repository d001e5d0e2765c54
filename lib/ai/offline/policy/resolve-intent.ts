import type { ToolName } from "@/lib/agent/tool-catalogue";
import { detectConfirmation } from "../nlu/affirm";
import { INTENT_CATALOGUE, type IntentId } from "../nlu/intents";
import { EXCHANGE_CUES, firstMentionedInAnyLanguage, mentionsAny, mentionsInAnyLanguage, PLAN_CUES, PROBLEM_CUES, REFUND_CUES, SUBSCRIPTION_ACTION_CUES } from "./cue-words";
import { readPromoCode } from "./read-promo-code";
import { readOptionNumber, type Choice } from "./reply-choice";
import type { Awaiting, OfflineState, OfflineStepInput } from "./types";

export type IntentResolution = { kind: "intent"; intent: IntentId } | { kind: "clarify" } | { kind: "low_confidence" };

// A change that ran (or was declined) in this turn settles what the turn is about, whatever the
// confirmation reply ("yes, cancel") classifies as.
const CHANGE_TOOL_INTENTS: Partial<Record<ToolName, IntentId>> = {
  cancel_order: "cancel_order",
  change_shipping_address: "change_address",
  start_return: "return_or_exchange",
  request_refund: "refund_request",
  reschedule_appointment: "reschedule_appointment",
  pause_subscription: "subscription_change",
  resume_subscription: "subscription_change",
  change_subscription_plan: "subscription_change",
};

const ORDER_INTENTS: ReadonlySet<IntentId> = new Set([
  "order_status",
  "cancel_order",
  "change_address",
  "return_or_exchange",
  "refund_status",
  "refund_request",
  "missing_or_damaged",
  "invoice_copy",
]);

const CHOICE_INTENTS: Record<Exclude<Choice["kind"], "human" | "intent">, IntentId> = {
  order: "order_status",
  booking: "reschedule_appointment",
  slot: "reschedule_appointment",
  sub: "subscription_change",
  plan: "subscription_change",
  action: "subscription_change",
  reason: "return_or_exchange",
  problem: "missing_or_damaged",
  resolution: "missing_or_damaged",
};

// A new request has to be this clear to interrupt a question the customer was asked.
const SWITCH_CONFIDENCE = 0.6;

// Decides which request this turn is about: a tap on one of our buttons, an answer to the question
// just asked, a confident classification, or, failing all three, a clarifying question (and after
// one of those, a person).
export function resolveIntent(input: OfflineStepInput, state: OfflineState, choice: Choice | null, humanRequested: boolean): IntentResolution {
  const active = state.activeIntent;
  for (const result of input.toolResults) {
    const settled = CHANGE_TOOL_INTENTS[result.toolName];
    // A return started from the missing-or-damaged flow is still that flow.
    if (settled) return intent(result.toolName === "start_return" && active === "missing_or_damaged" ? active : settled);
  }
  if (humanRequested || choice?.kind === "human") return intent("human_request");
  if (choice?.kind === "intent") return intent(choice.intent);
  if (choice) {
    if (choice.kind === "order" && active && ORDER_INTENTS.has(active)) return intent(active);
    const owner = CHOICE_INTENTS[choice.kind];
    return intent(active === owner || (choice.kind === "reason" && active === "missing_or_damaged") ? active : owner);
  }

  const confident = input.nlu.intent !== "out_of_scope" && input.nlu.confidence >= input.outOfScopeThreshold;
  const understood = confident && input.nlu.intent !== "out_of_scope" ? input.nlu.intent : null;
  const awaiting = state.awaiting ?? null;

  if (awaiting === "handoff_offer" && understood === "affirm") return intent("human_request");
  if (active && awaiting && answersQuestion(input, awaiting) && !switchesTopic(understood, active, input.nlu.confidence, awaiting)) return intent(active);
  if (understood === "complaint") {
    const task = lookupInsideComplaint(input);
    if (task) return intent(task);
  }
  if (understood) return intent(understood);
  // Unsure what the words mean, but they carry what the open request needs ("it's SO-104233").
  if (active && awaiting !== "clarification" && carriesReference(input)) return intent(active);
  return state.clarificationsAsked >= 1 ? { kind: "low_confidence" } : { kind: "clarify" };
}

function intent(id: IntentId): IntentResolution {
  return { kind: "intent", intent: id };
}

function answersQuestion(input: OfflineStepInput, awaiting: Awaiting): boolean {
  const text = input.customerText;
  const has = (kind: string) => input.entities.some((entity) => entity.kind === kind);
  const isSocial = input.nlu.intent === "deny" || input.nlu.intent === "goodbye" || input.nlu.intent === "thanks" || input.nlu.intent === "human_request";
  switch (awaiting) {
    case "order_number":
      return has("order_number") || has("email") || readOptionNumber(text) !== null;
    case "identity":
      return has("postcode") || has("email") || has("order_number");
    case "address":
      return has("postcode");
    case "return_reason":
      // A reason is often a negation ("passt nicht", "elle ne me plaît pas", "no longer needed"),
      // which the classifier reads as "no"; only a bare no declines to give one.
      return text.trim().length >= 2 && (input.nlu.intent === "deny" ? !isBareRefusal(input) : !isSocial);
    case "promo_code":
      return readPromoCode(text, { wholeMessage: true }) !== null && !isSocial;
    case "problem":
      return firstMentionedInAnyLanguage(text, PROBLEM_CUES) !== null;
    case "resolution":
      return mentionsInAnyLanguage(text, EXCHANGE_CUES) || mentionsInAnyLanguage(text, REFUND_CUES);
    case "subscription_action":
      return firstMentionedInAnyLanguage(text, SUBSCRIPTION_ACTION_CUES) !== null;
    case "plan_choice":
      return readOptionNumber(text) !== null || Object.values(PLAN_CUES).some((cues) => mentionsAny(text, cues));
    case "booking_choice":
    case "subscription_choice":
    case "slot_choice":
      return readOptionNumber(text) !== null || has("date") || has("time") || has("booking_ref") || has("subscription_ref");
    case "clarification":
    case "handoff_offer":
      return false;
  }
}

// Answers read from their words (a reason, a code, "a refund", "pause it") are taken as they come,
// even when the words alone would classify as another request; while a reference or a choice is
// awaited, a clear new task wins.
const WORDED_ANSWERS: ReadonlySet<Awaiting> = new Set(["return_reason", "promo_code", "problem", "resolution", "subscription_action", "plan_choice"]);

function switchesTopic(understood: IntentId | null, active: IntentId, confidence: number, awaiting: Awaiting): boolean {
  if (!understood || understood === active || confidence < SWITCH_CONFIDENCE) return false;
  if (WORDED_ANSWERS.has(awaiting)) return false;
  return INTENT_CATALOGUE[understood].category !== "conversation";
}

// How likely the look-up must be, as the classifier's runner-up, for a complaint to be served by it.
const LOOKUP_IN_COMPLAINT = 0.2;

// "Where is SO-104233?? this is ridiculous": a complaint that names an order and asks something the
// shop can look up is answered with the look-up (the anger is for the escalation rules, which see
// every turn's sentiment). Only read-only requests qualify; a change keeps its own wording's intent.
function lookupInsideComplaint(input: OfflineStepInput): IntentId | null {
  if (!carriesReference(input)) return null;
  const runnerUp = input.nlu.ranking.find((entry) => entry.intent !== "complaint");
  if (!runnerUp || runnerUp.score < LOOKUP_IN_COMPLAINT) return null;
  const { category, changesData } = INTENT_CATALOGUE[runnerUp.intent];
  return category === "task" && !changesData && ORDER_INTENTS.has(runnerUp.intent) ? runnerUp.intent : null;
}

// "no", "nee", "non merci": a refusal with no other words in it.
const BARE_REFUSAL_CONFIDENCE = 0.95;

function isBareRefusal(input: OfflineStepInput): boolean {
  const confirmation = detectConfirmation(input.customerText, input.language);
  return confirmation.answer === "no" && confirmation.confidence >= BARE_REFUSAL_CONFIDENCE;
}

function carriesReference(input: OfflineStepInput): boolean {
  return input.entities.some((entity) => ["order_number", "booking_ref", "subscription_ref", "invoice_number", "email", "postcode"].includes(entity.kind));
}
