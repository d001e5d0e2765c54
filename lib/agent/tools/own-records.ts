import type { Booking, OrderDetails, Subscription } from "@/lib/agent/connectors/schemas";
import type { ToolContext } from "./tool-context";
import { failed, type ToolFailure } from "./tool-outcome";

// Lookups that only ever return the verified customer's own records. Someone else's order, booking or
// subscription comes back exactly like one that does not exist, with the same message, so a guessed
// number reveals nothing.

export async function findOwnOrder(ctx: ToolContext, customerId: string, orderNumber: string): Promise<OrderDetails | null> {
  const order = await ctx.connectors.orders.getOrder(orderNumber);
  return order !== null && order.customerId === customerId ? order : null;
}

export async function findOwnBooking(ctx: ToolContext, customerId: string, reference: string): Promise<Booking | null> {
  const bookings = await ctx.connectors.scheduling.listBookings(customerId);
  return bookings.find((booking) => booking.customerId === customerId && sameReference(booking.reference, reference)) ?? null;
}

export async function findOwnSubscription(ctx: ToolContext, customerId: string, reference: string): Promise<Subscription | null> {
  const subscriptions = await ctx.connectors.subscriptions.listSubscriptions(customerId);
  return subscriptions.find((subscription) => subscription.customerId === customerId && sameReference(subscription.reference, reference)) ?? null;
}

export function orderNotFound(orderNumber: string): ToolFailure {
  return failed("not_found", `I couldn't find order ${orderNumber} on your account.`);
}

export function bookingNotFound(reference: string): ToolFailure {
  return failed("not_found", `I couldn't find appointment ${reference} on your account.`);
}

export function subscriptionNotFound(reference: string): ToolFailure {
  return failed("not_found", `I couldn't find subscription ${reference} on your account.`);
}

function sameReference(a: string, b: string): boolean {
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}
