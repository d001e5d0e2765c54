import type { Booking, OrderSummary } from "@/lib/agent/connectors/schemas";
import type { Connectors } from "@/lib/agent/connectors/types";
import type { CustomerRecords } from "./console-types";

const MAX_ORDERS = 5;
const MAX_BOOKINGS = 5;

// The customer's recent orders and bookings for the agent console, read through the same
// connectors the AI agent uses (built-in shop or the company's HTTP API). Missing records are a
// note for the person, never an error: the conversation must open even when a system is down.
export async function loadCustomerRecords(
  connectors: Connectors,
  contact: { shopCustomerId: string | null; waId: string },
  now: Date = new Date(),
): Promise<CustomerRecords> {
  let customerId = contact.shopCustomerId;
  if (!customerId) {
    try {
      customerId = (await connectors.customers.findCustomerByPhone(contact.waId))?.customerId ?? null;
    } catch (error) {
      return { orders: [], bookings: [], note: `The customer system did not answer: ${reason(error)}` };
    }
  }
  if (!customerId) return { orders: [], bookings: [], note: "No shop account is linked to this number." };

  const [orders, bookings] = await Promise.allSettled([
    connectors.orders.findCustomerOrders(customerId, MAX_ORDERS),
    connectors.scheduling.listBookings(customerId),
  ]);
  const notes: string[] = [];
  if (orders.status === "rejected") notes.push(`The order system did not answer: ${reason(orders.reason)}`);
  if (bookings.status === "rejected") notes.push(`The booking system did not answer: ${reason(bookings.reason)}`);
  return {
    orders: orders.status === "fulfilled" ? orders.value.slice(0, MAX_ORDERS).map(toOrderView) : [],
    bookings: bookings.status === "fulfilled" ? pickBookings(bookings.value, now).map(toBookingView) : [],
    note: notes.length > 0 ? notes.join(" ") : null,
  };
}

function toOrderView(order: OrderSummary): CustomerRecords["orders"][number] {
  return {
    id: order.orderNumber,
    number: order.orderNumber,
    state: order.state,
    total: (order.totalCents / 100).toFixed(2),
    currency: order.currency,
    placedAt: order.placedAt,
    items: order.itemCount,
  };
}

function toBookingView(booking: Booking): CustomerRecords["bookings"][number] {
  return { id: booking.reference, reference: booking.reference, service: booking.service, startsAt: booking.startsAt, status: booking.status };
}

// Upcoming appointments first (soonest first), then the most recent past ones to fill the list.
function pickBookings(bookings: Booking[], now: Date): Booking[] {
  const at = (booking: Booking) => new Date(booking.startsAt).getTime();
  const upcoming = bookings.filter((booking) => at(booking) >= now.getTime()).sort((a, b) => at(a) - at(b));
  const past = bookings.filter((booking) => at(booking) < now.getTime()).sort((a, b) => at(b) - at(a));
  return [...upcoming, ...past].slice(0, MAX_BOOKINGS);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
