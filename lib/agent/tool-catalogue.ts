import { z } from "zod";

// Every tool the agent may call: its input schema and its risk class. The runner builds AI SDK tools
// from this; the offline model plans with the same names; the boundaries (identity, confirmation,
// thresholds) are decided by the risk class in code, never by the prompt.
//   read:         looks something up (scoped to the verified customer)
//   change:       changes data; runs only after the customer confirmed this exact change
//   present:      shapes the reply (buttons, lists); changes nothing
//   escalate:     hands the conversation to a person
export type ToolRisk = "read" | "change" | "present" | "escalate";

const orderNumber = z.string().regex(/^SO-\d{6}$/, "order numbers look like SO-123456");
const bookingReference = z.string().regex(/^BK-\d{5}$/, "booking references look like BK-12345");
const subscriptionReference = z.string().regex(/^SUB-\d{5}$/, "subscription references look like SUB-12345");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dates are YYYY-MM-DD");

export const TOOL_INPUTS = {
  search_knowledge: z.object({ query: z.string().min(2).max(500) }),
  identify_customer: z.object({
    email: z.string().email().optional(),
    orderNumber: orderNumber.optional(),
    postcode: z.string().min(3).max(10).optional(),
  }),
  list_orders: z.object({ limit: z.number().int().min(1).max(10).default(5) }),
  get_order: z.object({ orderNumber }),
  track_shipment: z.object({ orderNumber }),
  cancel_order: z.object({ orderNumber, reason: z.string().max(300).default("customer request") }),
  change_shipping_address: z.object({
    orderNumber,
    line: z.string().min(3).max(200),
    city: z.string().min(1).max(100),
    postcode: z.string().min(3).max(10),
    country: z.string().length(2),
  }),
  start_return: z.object({ orderNumber, kind: z.enum(["return", "exchange"]), reason: z.string().min(2).max(300) }),
  refund_status: z.object({ orderNumber }),
  request_refund: z.object({ orderNumber, amountCents: z.number().int().positive().optional(), reason: z.string().min(2).max(300) }),
  list_bookings: z.object({}),
  list_appointment_slots: z.object({ service: z.string().min(2).max(60), from: isoDate.optional(), days: z.number().int().min(1).max(21).default(7) }),
  reschedule_appointment: z.object({ bookingReference, slotId: z.string().uuid() }),
  list_subscriptions: z.object({}),
  pause_subscription: z.object({ subscriptionReference, until: isoDate.optional() }),
  resume_subscription: z.object({ subscriptionReference }),
  change_subscription_plan: z.object({ subscriptionReference, plan: z.enum(["coffee-monthly", "coffee-biweekly", "filters-quarterly", "care-plus"]) }),
  send_invoice_copy: z.object({ orderNumber: orderNumber.optional(), invoiceNumber: z.string().regex(/^INV-\d{6}$/).optional() }),
  shipping_quote: z.object({ country: z.string().length(2), method: z.enum(["standard", "express", "pickup"]).optional(), orderTotalCents: z.number().int().min(0).optional() }),
  check_promo_code: z.object({ code: z.string().min(2).max(40), orderTotalCents: z.number().int().min(0).optional() }),
  reply_with_buttons: z.object({
    text: z.string().min(1).max(1024),
    buttons: z.array(z.object({ id: z.string().min(1).max(256), title: z.string().min(1).max(20) })).min(1).max(3),
  }),
  reply_with_list: z.object({
    text: z.string().min(1).max(4096),
    buttonLabel: z.string().min(1).max(20),
    rows: z.array(z.object({ id: z.string().min(1).max(200), title: z.string().min(1).max(24), description: z.string().max(72).optional() })).min(1).max(10),
  }),
  escalate_to_human: z.object({
    reason: z.enum(["customer_requested_human", "high_risk_topic", "low_confidence", "failed_lookups", "integration_error", "over_threshold", "negative_sentiment", "vip_customer", "outside_business_hours", "rule_matched"]),
    summary: z.string().min(2).max(1000),
  }),
} as const;

export type ToolName = keyof typeof TOOL_INPUTS;
export type ToolInput<T extends ToolName> = z.infer<(typeof TOOL_INPUTS)[T]>;

export const TOOL_RISK: Record<ToolName, ToolRisk> = {
  search_knowledge: "read",
  identify_customer: "read",
  list_orders: "read",
  get_order: "read",
  track_shipment: "read",
  cancel_order: "change",
  change_shipping_address: "change",
  start_return: "change",
  refund_status: "read",
  request_refund: "change",
  list_bookings: "read",
  list_appointment_slots: "read",
  reschedule_appointment: "change",
  list_subscriptions: "read",
  pause_subscription: "change",
  resume_subscription: "change",
  change_subscription_plan: "change",
  send_invoice_copy: "read",
  shipping_quote: "read",
  check_promo_code: "read",
  reply_with_buttons: "present",
  reply_with_list: "present",
  escalate_to_human: "escalate",
};

export const TOOL_DESCRIPTIONS: Record<ToolName, string> = {
  search_knowledge: "Search the published knowledge base (in the customer's language and region). Answer policy questions only from its results and cite the article.",
  identify_customer: "Verify who the customer is when their WhatsApp number is not on file: by e-mail, or by an order number together with its delivery postcode.",
  list_orders: "List the verified customer's most recent orders.",
  get_order: "Get one of the verified customer's orders: state, items, payment summary, delivery address and shipments.",
  track_shipment: "Get the tracking events of one of the verified customer's orders.",
  cancel_order: "Cancel an order that has not shipped yet. Changes data: the customer must confirm first.",
  change_shipping_address: "Change the delivery address of an order that has not shipped yet. Changes data: the customer must confirm first.",
  start_return: "Start a return or exchange for a delivered order within the return window; creates a return label. Changes data: the customer must confirm first.",
  refund_status: "Get the status of refunds for one of the verified customer's orders.",
  request_refund: "Request a refund for an order. Changes data: the customer must confirm first; amounts above the auto-approval limit go to a person.",
  list_bookings: "List the verified customer's appointments.",
  list_appointment_slots: "List free appointment slots for a service.",
  reschedule_appointment: "Move one of the verified customer's appointments to another free slot. Changes data: the customer must confirm first.",
  list_subscriptions: "List the verified customer's subscriptions.",
  pause_subscription: "Pause a subscription, optionally until a date. Changes data: the customer must confirm first.",
  resume_subscription: "Resume a paused subscription. Changes data: the customer must confirm first.",
  change_subscription_plan: "Change a subscription's plan. Changes data: the customer must confirm first.",
  send_invoice_copy: "Send a copy of an invoice for one of the verified customer's orders.",
  shipping_quote: "Shipping options, prices and delivery times for a country.",
  check_promo_code: "Check whether a promo code is valid for the customer.",
  reply_with_buttons: "Reply with up to three quick-reply buttons (WhatsApp reply buttons).",
  reply_with_list: "Reply with a list of up to ten options (WhatsApp list message).",
  escalate_to_human: "Hand the conversation to a person with a summary. Use when the customer asks for a person or the request is outside what you may do.",
};

export const CHANGE_TOOLS = (Object.keys(TOOL_RISK) as ToolName[]).filter((name) => TOOL_RISK[name] === "change");
