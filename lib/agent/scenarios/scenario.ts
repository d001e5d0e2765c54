import type { EscalationReason, Language, OrderState } from "@/lib/db/schema";
import type { ToolName } from "../tool-catalogue";

// One customer conversation with the agent, run through the real webhook path by
// `scenarios.int.test.ts`. Scenarios are data: what the customer writes or taps, and what must hold
// afterwards in the database (turn records, tool calls, handoffs, orders, outbound messages).

// A tap on the last interactive message the bot sent: the confirm or decline button of a change,
// the button whose title matches, or a list row (by 1-based position, or by its title, which may
// use the placeholders below).
export type Tap = "confirm" | "decline" | { buttonTitle: RegExp } | { listRow: number } | { listRowTitle: string };

// Text may use {order}, {booking}, {subscription}, {email} and {postcode}, filled from the picked
// customer. A burst is several messages delivered before one turn runs.
export type ScenarioTurn = string | { tap: Tap } | { burst: string[] };

export type CustomerPick = {
  // order_in_state: a customer with an order in `state` (the order {order} stands for);
  // booking: one upcoming confirmed booking; subscription: exactly one open subscription;
  // vip: a customer the shop lists as VIP; any: anyone. Only VIP picks get VIP customers.
  pick: "order_in_state" | "booking" | "subscription" | "vip" | "any";
  state?: OrderState;
  // "only": {order} is the customer's one and only order (nothing to choose from);
  // "several": the customer has other orders too and {order} is the newest.
  orders?: "only" | "several";
  // The delivered order is inside the 30-day return window (for return and damage flows).
  withinReturnWindow?: true;
  subscriptionStatus?: "active" | "paused";
};

// Conditions around the conversation, set up before the first message.
export type ScenarioSetup = {
  // The contact is already marked VIP in the console (the CRM tier sync).
  contactTier?: "vip";
  // The order system is down: orders.getOrder throws a ConnectorError.
  ordersDown?: true;
  // The turn runs on a Sunday, when the team is offline.
  afterHours?: true;
};

export type ScenarioExpectation = {
  // The intent recorded for the first turn.
  intent?: string;
  // Tools the agent called at some point (as recorded in agent_turns.tool_calls).
  tools?: ToolName[];
  neverTools?: ToolName[];
  // The reason of the one handoff the conversation must end in; null (the default) means none.
  handoff?: EscalationReason | null;
  // Over everything the bot sent in the scenario, in the customer's language.
  replyMatches?: RegExp[];
  replyNeverMatches?: RegExp[];
  // The state of {order} at the end.
  orderStateAfter?: OrderState;
  // Missing reference, unclear wording, typo, conflicting instructions, a change of mind.
  messy?: true;
};

export type Scenario = {
  name: string;
  // The intent or escalation trigger the scenario is evidence for (for the coverage count).
  covers: string;
  language: Language;
  customer: CustomerPick;
  setup?: ScenarioSetup;
  turns: ScenarioTurn[];
  expect: ScenarioExpectation;
  // A known failure: the scenario is run with `it.fails`, and this says why.
  knownFailure?: string;
};
