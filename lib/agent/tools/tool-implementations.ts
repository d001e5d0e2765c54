import { TOOL_INPUTS, type ToolInput, type ToolName } from "@/lib/agent/tool-catalogue";
import { cancelOrder } from "./cancel-order";
import { changeShippingAddress } from "./change-shipping-address";
import { changeSubscriptionPlan } from "./change-subscription-plan";
import { checkPromoCode } from "./check-promo-code";
import { getOrder } from "./get-order";
import { identifyCustomer } from "./identify-customer";
import { listAppointmentSlots } from "./list-appointment-slots";
import { listBookings } from "./list-bookings";
import { listOrders } from "./list-orders";
import { listSubscriptions } from "./list-subscriptions";
import { pauseSubscription } from "./pause-subscription";
import { refundStatus } from "./refund-status";
import { requestRefund } from "./request-refund";
import { rescheduleAppointment } from "./reschedule-appointment";
import { resumeSubscription } from "./resume-subscription";
import { sendInvoiceCopy } from "./send-invoice-copy";
import { shippingQuote } from "./shipping-quote";
import { startReturn } from "./start-return";
import type { ToolContext } from "./tool-context";
import { failed, type ToolOutcome } from "./tool-outcome";
import { trackShipment } from "./track-shipment";

// The tools implemented here; the runner itself implements the ones that shape the reply, search
// knowledge or hand over.
export type ConnectorToolName = Exclude<ToolName, "search_knowledge" | "reply_with_buttons" | "reply_with_list" | "escalate_to_human">;

export type ToolImplementation = (input: unknown, ctx: ToolContext) => Promise<ToolOutcome<unknown>>;

// Every entry checks its input against the catalogue schema first (defaults applied), so whatever a
// model produced reaches a tool only in the shape the catalogue promises.
function checked<Name extends ConnectorToolName>(name: Name, run: (input: ToolInput<Name>, ctx: ToolContext) => Promise<ToolOutcome<unknown>>): ToolImplementation {
  const schema = TOOL_INPUTS[name];
  return async (input, ctx) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return failed("invalid", `The ${name} request was incomplete or malformed; nothing was done.`);
    return run(parsed.data as ToolInput<Name>, ctx);
  };
}

export const TOOL_IMPLEMENTATIONS: Record<ConnectorToolName, ToolImplementation> = {
  identify_customer: checked("identify_customer", identifyCustomer),
  list_orders: checked("list_orders", listOrders),
  get_order: checked("get_order", getOrder),
  track_shipment: checked("track_shipment", trackShipment),
  cancel_order: checked("cancel_order", cancelOrder),
  change_shipping_address: checked("change_shipping_address", changeShippingAddress),
  start_return: checked("start_return", startReturn),
  refund_status: checked("refund_status", refundStatus),
  request_refund: checked("request_refund", requestRefund),
  list_bookings: checked("list_bookings", listBookings),
  list_appointment_slots: checked("list_appointment_slots", listAppointmentSlots),
  reschedule_appointment: checked("reschedule_appointment", rescheduleAppointment),
  list_subscriptions: checked("list_subscriptions", listSubscriptions),
  pause_subscription: checked("pause_subscription", pauseSubscription),
  resume_subscription: checked("resume_subscription", resumeSubscription),
  change_subscription_plan: checked("change_subscription_plan", changeSubscriptionPlan),
  send_invoice_copy: checked("send_invoice_copy", sendInvoiceCopy),
  shipping_quote: checked("shipping_quote", shippingQuote),
  check_promo_code: checked("check_promo_code", checkPromoCode),
};
