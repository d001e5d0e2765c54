import { TOOL_RISK, type ToolName } from "@/lib/agent/tool-catalogue";
import type { ToolOutcome } from "@/lib/agent/tools/tool-outcome";
import type { BookingView, OrderView, ShipmentView, SlotView, SubscriptionView } from "@/lib/agent/tools/tool-data";
import { offlineNlu } from "../offline-nlu";
import type { Lang } from "../nlu/lang";
import { planOfflineStep } from "./plan-step";
import type { KnowledgeHit, OfflineState, OfflineStep, OfflineStepInput, ToolCall, ToolResult } from "./types";

// Drives the offline policy the way the runner does, for tests: the real offline NLU reads each
// message, tool calls go to scripted fakes, change tools stop the turn for a confirmation, and the
// state patch of each reply carries into the next turn.

export const NOW = new Date("2026-11-20T10:00:00Z");

export const FRESH_STATE: OfflineState = { activeIntent: null, slots: {}, verified: false, clarificationsAsked: 0, awaiting: null };
export const VERIFIED_STATE: OfflineState = { ...FRESH_STATE, verified: true, customerName: "Emma" };

export type FakeTools = Partial<Record<ToolName, (input: Record<string, unknown>) => ToolOutcome<unknown>>>;

export type TurnResult = {
  reply: Extract<OfflineStep, { kind: "reply" }> | null;
  // A change tool the runner would now ask the customer to confirm.
  confirmation: ToolCall | null;
  calls: ToolCall[];
  results: ToolResult[];
  state: OfflineState;
};

export function ok<T>(data: T, facts: string[] = []): ToolOutcome<T> {
  return { ok: true, data, facts };
}

export function fail(reason: Exclude<ToolOutcome<unknown>, { ok: true }>["reason"], message = "refused"): ToolOutcome<unknown> {
  return { ok: false, reason, message };
}

export function stepInput(
  text: string,
  options: { lang?: Lang; state?: OfflineState; toolResults?: ToolResult[]; knowledge?: KnowledgeHit[]; threshold?: number } = {},
): OfflineStepInput {
  const understood = offlineNlu().understand(text, options.lang ?? null, { now: NOW });
  return {
    customerText: text,
    language: options.lang ?? understood.language,
    nlu: { intent: understood.nlu.intent, confidence: understood.nlu.confidence, ranking: understood.nlu.ranking },
    entities: understood.entities,
    state: options.state ?? FRESH_STATE,
    toolResults: options.toolResults ?? [],
    ...(options.knowledge ? { knowledge: options.knowledge } : {}),
    now: NOW,
    outOfScopeThreshold: options.threshold ?? understood.threshold,
  };
}

// One customer turn: plan, run the read tools, plan again… until a reply or a change tool call.
// `carried` are results from before a confirmation (the runner replays the paused exchange).
export function runTurn(
  text: string,
  options: { lang: Lang; state: OfflineState; tools?: FakeTools; knowledge?: KnowledgeHit[]; carried?: ToolResult[]; threshold?: number },
): TurnResult {
  const results: ToolResult[] = [...(options.carried ?? [])];
  const calls: ToolCall[] = [];
  for (let round = 0; round < 12; round++) {
    const step = planOfflineStep(stepInput(text, { lang: options.lang, state: options.state, toolResults: results, knowledge: options.knowledge, threshold: options.threshold }));
    if (step.kind === "reply") return { reply: step, confirmation: null, calls, results, state: applyPatch(options.state, step.statePatch) };
    for (const call of step.calls) {
      calls.push(call);
      if (TOOL_RISK[call.toolName] === "change") return { reply: null, confirmation: call, calls, results, state: options.state };
      const fake = options.tools?.[call.toolName];
      if (!fake) throw new Error(`no fake for ${call.toolName} (${JSON.stringify(call.input)})`);
      results.push({ toolName: call.toolName, input: call.input, outcome: fake({ ...call.input }) });
    }
  }
  throw new Error("the policy did not settle within 12 steps");
}

// The turn after a confirmation: the runner runs the approved change and asks the policy to phrase it.
export function confirmTurn(text: string, previous: TurnResult, outcome: ToolOutcome<unknown>, options: { lang: Lang; tools?: FakeTools }): TurnResult {
  if (!previous.confirmation) throw new Error("nothing to confirm");
  const carried = [...previous.results, { toolName: previous.confirmation.toolName, input: previous.confirmation.input, outcome }];
  return runTurn(text, { lang: options.lang, state: previous.state, tools: options.tools, carried });
}

export function applyPatch(state: OfflineState, patch: Partial<OfflineState>): OfflineState {
  return { ...state, ...patch, slots: patch.slots ?? state.slots };
}

export function shipment(overrides: Partial<ShipmentView> = {}): ShipmentView {
  return {
    carrier: "PostNL",
    trackingNumber: "3SNWHD123456789",
    status: "in_transit",
    estimatedDelivery: "2026-11-22",
    events: [{ at: "2026-11-19T08:15:00Z", location: "Sorteercentrum Nieuwegein, NL", description: "Parcel sorted" }],
    ...overrides,
  };
}

export function orderView(overrides: Partial<OrderView> = {}): OrderView {
  return {
    orderNumber: "SO-104233",
    state: "shipped",
    placedAt: "2026-11-15T09:00:00Z",
    deliveredAt: null,
    totalCents: 8990,
    currency: "EUR",
    itemCount: 1,
    shippingCents: 0,
    shippingMethod: "standard",
    shippingAddress: "Overtoom •••, 10•• •• Amsterdam, NL",
    shippingCountry: "NL",
    items: [{ name: "Aurel Grinder One", quantity: 1, unitPriceCents: 8990 }],
    payment: { method: "card", status: "captured", amountCents: 8990, cardMasked: "•••• 4242" },
    shipments: [shipment()],
    ...overrides,
  };
}

export function booking(overrides: Partial<BookingView> = {}): BookingView {
  return {
    reference: "BK-10042",
    service: "espresso-machine-service",
    location: "Northwind Service Centre Amsterdam",
    startsAt: "2026-11-25T08:00:00Z",
    durationMinutes: 90,
    status: "confirmed",
    ...overrides,
  };
}

export function slot(slotId: string, startsAt: string): SlotView {
  return { slotId, service: "espresso-machine-service", location: "Northwind Service Centre Amsterdam", startsAt, durationMinutes: 90 };
}

export function subscription(overrides: Partial<SubscriptionView> = {}): SubscriptionView {
  return { reference: "SUB-10007", plan: "coffee-monthly", status: "active", priceCents: 2490, currency: "EUR", nextBillingOn: "2026-12-01", pausedUntil: null, ...overrides };
}
