import { maskSensitive } from "@/lib/ai/offline/nlu/masking";
import type { HandoffPacket } from "@/lib/db/schema";
import type { ToolName } from "@/lib/agent/tool-catalogue";

export type HandoffToolCall = { toolName: string; input: unknown; ok: boolean; summary: string };
export type HandoffStep = HandoffPacket["stepsTried"][number];

type StepDescriber = (input: ToolInputReader) => string;
type ToolInputReader = (field: string) => string | undefined;

// Each tool call as a line an agent reads at a glance: what was tried, on which record, and what
// came of it. Replies with buttons or lists and the handover itself are not steps. Personal data in
// results (e-mail, phone, card numbers) is masked; the identifiers list carries what agents need.
const STEP_DESCRIPTIONS: Record<Exclude<ToolName, "reply_with_buttons" | "reply_with_list" | "escalate_to_human">, StepDescriber> = {
  search_knowledge: (field) => `Searched the knowledge base for "${field("query") ?? "the question"}"`,
  identify_customer: (field) =>
    field("email") !== undefined ? "Tried to verify the customer by e-mail" : `Tried to verify the customer by ${on("order", field("orderNumber"))} and postcode`,
  list_orders: () => "Listed the customer's recent orders",
  get_order: (field) => `Looked up ${on("order", field("orderNumber"))}`,
  track_shipment: (field) => `Read the carrier tracking for ${on("order", field("orderNumber"))}`,
  cancel_order: (field) => `Tried to cancel ${on("order", field("orderNumber"))}`,
  change_shipping_address: (field) => `Tried to change the delivery address of ${on("order", field("orderNumber"))}`,
  start_return: (field) => `Tried to start ${field("kind") === "exchange" ? "an exchange" : "a return"} for ${on("order", field("orderNumber"))}`,
  refund_status: (field) => `Checked the refund status of ${on("order", field("orderNumber"))}`,
  request_refund: (field) => `Tried to request a refund for ${on("order", field("orderNumber"))}`,
  list_bookings: () => "Listed the customer's appointments",
  list_appointment_slots: (field) => `Looked for free ${field("service") ?? "appointment"} slots`,
  reschedule_appointment: (field) => `Tried to move ${on("booking", field("bookingReference"))}`,
  list_subscriptions: () => "Listed the customer's subscriptions",
  pause_subscription: (field) => `Tried to pause ${on("subscription", field("subscriptionReference"))}`,
  resume_subscription: (field) => `Tried to resume ${on("subscription", field("subscriptionReference"))}`,
  change_subscription_plan: (field) =>
    `Tried to change ${on("subscription", field("subscriptionReference"))} to the ${field("plan") ?? "new"} plan`,
  send_invoice_copy: (field) =>
    `Tried to send a copy of ${field("invoiceNumber") !== undefined ? on("invoice", field("invoiceNumber")) : `the invoice for ${on("order", field("orderNumber"))}`}`,
  shipping_quote: (field) => `Quoted shipping to ${field("country") ?? "the customer's country"}`,
  check_promo_code: (field) => `Checked promo code ${field("code") ?? "(not given)"}`,
};

export function describeToolSteps(toolCalls: readonly HandoffToolCall[]): HandoffStep[] {
  return toolCalls.flatMap((call) => {
    const describe = describerFor(call.toolName);
    if (describe === null) return [];
    const step = describe === undefined ? `Called ${call.toolName}` : describe(inputReader(call.input));
    const summary = call.summary.trim();
    const result = call.ok ? summary || "Done" : summary ? `Failed: ${summary}` : "Failed";
    return [{ step: maskSensitive(step).text, result: maskSensitive(result).text }];
  });
}

// null: not a step worth listing; undefined: a tool this version does not know.
function describerFor(toolName: string): StepDescriber | null | undefined {
  if (toolName === "reply_with_buttons" || toolName === "reply_with_list" || toolName === "escalate_to_human") return null;
  return Object.entries(STEP_DESCRIPTIONS).find(([name]) => name === toolName)?.[1];
}

function inputReader(input: unknown): ToolInputReader {
  return (field) => {
    if (typeof input !== "object" || input === null || !Object.hasOwn(input, field)) return undefined;
    const value: unknown = Reflect.get(input, field);
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    if (typeof value === "number") return String(value);
    return undefined;
  };
}

function on(noun: string, reference: string | undefined): string {
  return reference === undefined ? `the ${noun}` : `${noun} ${reference}`;
}
