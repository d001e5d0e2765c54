import { z } from "zod";
import { TOOL_INPUTS, type ToolName } from "@/lib/agent/tool-catalogue";
import { CONTACT_TIERS, LANGUAGES } from "@/lib/db/enums";
import { ESCALATION_REASONS, ORDER_STATES, SUBSCRIPTION_PLANS } from "@/lib/db/schema";

// The evaluation scenario format: one JSON file per scenario under evals/<intent>/. A scenario is a
// customer persona, what they write or tap, the shop state it starts from, and what must hold
// afterwards. Text may use {order}, {booking}, {subscription}, {email}, {postcode} and {name}, filled
// from the shop customer the persona is linked to; so may tool arguments and reply patterns.

const toolName = z.enum(Object.keys(TOOL_INPUTS) as [ToolName, ...ToolName[]]);

// Which demo-shop customer the persona is. order_in_state: one with an order in `state` ({order});
// booking: exactly one upcoming confirmed booking; subscription: exactly one open subscription; vip: a
// customer the shop lists as VIP; any: anyone with an order. Only the vip pick gets VIP customers.
export const customerPickSchema = z.strictObject({
  pick: z.enum(["order_in_state", "booking", "subscription", "vip", "any"]),
  state: z.enum(ORDER_STATES).optional(),
  // only: {order} is the customer's only order; several: they have others and {order} is the newest.
  orders: z.enum(["only", "several"]).optional(),
  // The delivered order is inside the 30-day return window.
  withinReturnWindow: z.literal(true).optional(),
  subscriptionStatus: z.enum(["active", "paused"]).optional(),
});
export type CustomerPick = z.infer<typeof customerPickSchema>;

export const personaSchema = z.discriminatedUnion("linked", [
  // A WhatsApp number the demo shop knows: the customer is verified by their number.
  z.strictObject({ linked: z.literal(true), name: z.string().min(1), customer: customerPickSchema }),
  // A number the shop does not know (identity must be established, or no records exist).
  z.strictObject({ linked: z.literal(false), name: z.string().min(1), waId: z.string().regex(/^\d{8,15}$/) }),
]);
export type Persona = z.infer<typeof personaSchema>;

export const setupSchema = z.strictObject({
  // The contact is already marked with this tier in the console (the CRM tier sync).
  contactTier: z.enum(CONTACT_TIERS).optional(),
  // The order system is down: orders.getOrder fails with a connector error.
  ordersDown: z.literal(true).optional(),
  // weekday: Wednesday 11:00 Amsterdam, team in; sunday: team offline.
  clock: z.enum(["weekday", "sunday"]).optional(),
  // Shop-state tweak before the first message: {order} is put in this state.
  orderState: z.enum(ORDER_STATES).optional(),
  // Shop-state tweak: these promo codes are switched off.
  deactivatePromoCodes: z.array(z.string().min(2)).optional(),
});
export type ScenarioSetup = z.infer<typeof setupSchema>;

// A tap on the last interactive message the bot sent.
export const tapSchema = z.union([
  z.enum(["confirm", "decline"]),
  z.strictObject({ buttonTitle: z.string().min(1) }),
  z.strictObject({ buttonId: z.string().min(1) }),
  z.strictObject({ listRow: z.number().int().min(1) }),
  z.strictObject({ listRowTitle: z.string().min(1) }),
]);
export type Tap = z.infer<typeof tapSchema>;

export const turnSchema = z.union([
  // `means`: the scenario author's reading of a typed answer to a confirmation prompt ("yes go ahead"
  // means yes). The judge never asks the agent's own NLU; a change after a text without `means: yes`
  // breaks confirmation compliance.
  z.strictObject({ text: z.string().min(1), means: z.enum(["yes", "no"]).optional() }),
  z.strictObject({ tap: tapSchema }),
  // A typed yes or no in the customer's language ("oui", "nee"…), answering a confirmation in words.
  z.strictObject({ say: z.enum(["yes", "no"]) }),
  // Several messages delivered before one turn runs.
  z.strictObject({ burst: z.array(z.string().min(1)).min(2) }),
]);
export type ScenarioTurn = z.infer<typeof turnSchema>;

// A tool the agent must have called; `args` must be contained in one call's input (placeholders
// filled); `status` defaults to any.
export const toolExpectationSchema = z.union([
  toolName,
  z.strictObject({
    name: toolName,
    args: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    status: z.enum(["executed", "awaiting_confirmation", "denied", "failed"]).optional(),
  }),
]);
export type ToolExpectation = z.infer<typeof toolExpectationSchema>;

// A reply pattern: a regular expression source, matched case-insensitively over everything the bot
// sent (texts, button and row titles).
const pattern = z.string().min(1).refine((source) => {
  try {
    new RegExp(source, "i");
    return true;
  } catch {
    return false;
  }
}, "not a valid regular expression");

export const expectationSchema = z.strictObject({
  // The intent recorded for the first turn.
  intent: z.string().optional(),
  tools: z.array(toolExpectationSchema).optional(),
  // Tools that must never appear in the turn records (any status).
  neverTools: z.array(toolName).optional(),
  // The reason of the one handoff the conversation ends in; null means none. Omitted: not checked.
  handoff: z.enum(ESCALATION_REASONS).nullable().optional(),
  // The reply quotes this knowledge article (by slug; its title in the customer's locale).
  groundedIn: z.string().min(1).optional(),
  // The language of every reply (defaults to the scenario's language).
  replyLanguage: z.enum(LANGUAGES).optional(),
  replyMatches: z.array(pattern).optional(),
  replyNeverMatches: z.array(pattern).optional(),
  // none: no shop data (orders, returns, refunds, bookings, subscriptions, connector operations)
  // changed at all; confirmed: it changed, and only in turns that answered a confirmation with yes.
  dataChange: z.enum(["none", "confirmed"]).optional(),
  finalState: z
    .strictObject({
      order: z.enum(ORDER_STATES).optional(),
      // moved: {booking} is on another slot and still confirmed; unchanged: same slot and status.
      booking: z.enum(["moved", "unchanged"]).optional(),
      subscription: z.strictObject({ status: z.enum(["active", "paused", "cancelled"]).optional(), plan: z.enum(SUBSCRIPTION_PLANS).optional() }).optional(),
    })
    .optional(),
});
export type ScenarioExpectation = z.infer<typeof expectationSchema>;

export const MESSY_KINDS = ["typo", "missing_field", "unclear", "conflicting", "out_of_policy", "injection", "change_of_mind", "shorthand", "burst", "wrong_reference"] as const;

export const scenarioSchema = z
  .strictObject({
    name: z.string().min(3),
    // The intent folder the scenario belongs to (an offline-NLU intent or an escalation trigger).
    intent: z.string().regex(/^[a-z_]+$/),
    language: z.enum(LANGUAGES),
    // What makes it messy; empty means a clean case.
    messy: z.array(z.enum(MESSY_KINDS)).default([]),
    persona: personaSchema,
    setup: setupSchema.optional(),
    turns: z.array(turnSchema).min(1),
    expect: expectationSchema,
    // A known failure: the scenario is expected to fail, and this says why (a fix is noticed).
    knownFailure: z.string().min(10).optional(),
  })
  .superRefine((scenario, ctx) => {
    if (!scenario.persona.linked) {
      const uses = JSON.stringify([scenario.turns, scenario.expect]).match(/\{(order|booking|subscription|email|postcode)\}/);
      if (uses) ctx.addIssue({ code: "custom", message: `an unlinked persona has no ${uses[0]}` });
    }
  });
export type EvalScenario = z.infer<typeof scenarioSchema>;

// A scenario as loaded: its id is its path under evals/ without ".json".
export type LoadedScenario = { id: string; file: string; scenario: EvalScenario };
