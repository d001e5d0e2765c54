import { identifiedCustomerSchema } from "@/lib/agent/tools/tool-data";
import { detectExplicitHumanRequest } from "@/lib/agent/escalation/explicit-human-request";
import { INTENT_CATALOGUE, type IntentId } from "../nlu/intents";
import { fillSlots } from "./fill-slots";
import { latestResult, resultData, type FlowContext } from "./flow-context";
import { affirmFlow, denyFlow, goodbyeFlow, greetingFlow, thanksFlow } from "./flows/conversation";
import { cancelOrderFlow } from "./flows/cancel-order";
import { changeAddressFlow } from "./flows/change-address";
import { clarifyFlow, lowConfidenceFlow } from "./flows/clarify";
import { complaintFlow } from "./flows/complaint";
import { humanRequestFlow } from "./flows/human-request";
import { invoiceCopyFlow } from "./flows/invoice-copy";
import { knowledgeAnswer } from "./flows/knowledge-answer";
import { missingOrDamagedFlow } from "./flows/missing-or-damaged";
import { orderStatusFlow } from "./flows/order-status";
import { promoCodeFlow } from "./flows/promo-code";
import { refundRequestFlow } from "./flows/refund-request";
import { refundStatusFlow } from "./flows/refund-status";
import { rescheduleAppointmentFlow } from "./flows/reschedule-appointment";
import { returnOrExchangeFlow } from "./flows/return-or-exchange";
import { shippingOptionsFlow } from "./flows/shipping-options";
import { subscriptionChangeFlow } from "./flows/subscription-change";
import { handedOverReply } from "./hand-over";
import { handleLastOutcome } from "./handle-outcome";
import { phrasesFor } from "./phrases";
import { readChoice, isIntentId } from "./reply-choice";
import { resolveIntent } from "./resolve-intent";
import { AWAITING, SLOT_NAMES, type OfflineSlots, type OfflineState, type OfflineStep, type OfflineStepInput } from "./types";

export type { OfflineState, OfflineStep, OfflineStepInput } from "./types";
// The runner's other two needs from the offline policy, importable from the same place.
export { confirmationPrompt } from "./confirmation-prompt";
export { disclosureLine } from "./disclosure-line";

type Flow = (ctx: FlowContext) => OfflineStep;

// One guided flow per intent the NLU knows.
const FLOWS: Record<IntentId, Flow> = {
  order_status: orderStatusFlow,
  cancel_order: cancelOrderFlow,
  change_address: changeAddressFlow,
  return_or_exchange: returnOrExchangeFlow,
  refund_policy: knowledgeAnswer,
  refund_status: refundStatusFlow,
  refund_request: refundRequestFlow,
  missing_or_damaged: missingOrDamagedFlow,
  invoice_copy: invoiceCopyFlow,
  shipping_options: shippingOptionsFlow,
  promo_code: promoCodeFlow,
  reschedule_appointment: rescheduleAppointmentFlow,
  subscription_change: subscriptionChangeFlow,
  account_help: knowledgeAnswer,
  opening_hours_contact: knowledgeAnswer,
  complaint: complaintFlow,
  human_request: humanRequestFlow,
  greeting: greetingFlow,
  thanks: thanksFlow,
  goodbye: goodbyeFlow,
  affirm: affirmFlow,
  deny: denyFlow,
};

// The decision behind the offline model, one step at a time: call tools, or reply. Deterministic
// and pure: the same input always gives the same step. Within a turn the runner calls it again
// after each batch of tool results; across turns it remembers only what `statePatch` returned.
// Boundaries are not decided here: tools refuse what the customer may not do, and the runner turns
// every change tool call into a confirmation before it runs.
export function planOfflineStep(input: OfflineStepInput): OfflineStep {
  const state = readState(input.state);
  const results = input.toolResults;
  const choice = readChoice(input.customerText);
  const humanRequested = detectExplicitHumanRequest(input.customerText, input.language, input.nlu.intent);
  const resolution = resolveIntent(input, state, choice, humanRequested);

  const identified = results.map((result) => (result.toolName === "identify_customer" ? resultData(result, identifiedCustomerSchema) : null)).find((data) => data !== null) ?? null;
  const verified = state.verified || identified !== null;
  const intent: IntentId = resolution.kind === "intent" ? resolution.intent : (state.activeIntent ?? topIntent(input) ?? "human_request");
  const intentChanged = resolution.kind === "intent" && state.activeIntent !== null && resolution.intent !== state.activeIntent && isTask(resolution.intent);
  const awaiting = state.awaiting ?? null;
  const slots = fillSlots({
    previous: state.slots,
    entities: input.entities,
    choice,
    text: input.customerText,
    results,
    intentChanged,
    postcodeIsIdentity: !verified && (awaiting === "identity" || intent !== "change_address"),
    awaitingPromoCode: awaiting === "promo_code",
  });

  const ctx: FlowContext = {
    input: { ...input, state },
    lang: input.language,
    phrases: phrasesFor(input.language),
    intent,
    slots,
    verified,
    customerName: identified?.name ?? state.customerName,
    results,
  };

  const escalation = latestResult(ctx, "escalate_to_human");
  if (escalation) return handedOverReply(ctx, escalation);
  if (resolution.kind === "low_confidence") return lowConfidenceFlow(ctx);
  if (resolution.kind === "clarify") return clarifyFlow(ctx);
  const step = handleLastOutcome(ctx) ?? FLOWS[intent](ctx);
  return identified ? thankedForVerifying(ctx, step) : step;
}

// The turn in which the customer proved who they are starts its reply with a thank-you by name.
function thankedForVerifying(ctx: FlowContext, step: OfflineStep): OfflineStep {
  if (step.kind !== "reply" || !ctx.customerName) return step;
  return { ...step, text: `${ctx.phrases.verifiedThanks(ctx.customerName)} ${step.text}` };
}

// The state comes back from storage as JSON: anything unexpected is dropped rather than trusted.
function readState(raw: OfflineState): OfflineState {
  const slots: OfflineSlots = {};
  for (const name of SLOT_NAMES) {
    const value: unknown = raw.slots?.[name];
    if (typeof value === "string" && value !== "") slots[name] = value;
  }
  const activeIntent = typeof raw.activeIntent === "string" && isIntentId(raw.activeIntent) ? raw.activeIntent : null;
  const clarificationsAsked = Number.isInteger(raw.clarificationsAsked) && raw.clarificationsAsked > 0 ? raw.clarificationsAsked : 0;
  return {
    activeIntent,
    slots,
    verified: raw.verified === true,
    clarificationsAsked,
    awaiting: typeof raw.awaiting === "string" && (AWAITING as readonly string[]).includes(raw.awaiting) ? raw.awaiting : null,
    ...(typeof raw.customerName === "string" && raw.customerName !== "" ? { customerName: raw.customerName } : {}),
  };
}

function topIntent(input: OfflineStepInput): IntentId | null {
  return input.nlu.ranking[0]?.intent ?? null;
}

function isTask(intent: IntentId): boolean {
  return INTENT_CATALOGUE[intent].category !== "conversation";
}
