import type { ToolInput } from "@/lib/agent/tool-catalogue";
import { toBookingView } from "./customer-views";
import { factDateTime } from "./fact-format";
import { guardConnector } from "./guard-connector";
import type { ToolContext } from "./tool-context";
import type { BookingList } from "./tool-data";
import { succeeded, type ToolOutcome } from "./tool-outcome";
import { verifiedCustomerId } from "./verified-customer";

// The verified customer's appointments, earliest first.
export async function listBookings(_input: ToolInput<"list_bookings">, ctx: ToolContext): Promise<ToolOutcome<BookingList>> {
  const who = verifiedCustomerId(ctx);
  if ("refusal" in who) return who.refusal;
  return guardConnector("list_bookings", "appointments", async () => {
    const found = await ctx.connectors.scheduling.listBookings(who.customerId);
    const bookings = found
      .filter((booking) => booking.customerId === who.customerId)
      .map(toBookingView)
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
    const facts = bookings.length === 0 ? ["No appointments on this account."] : bookings.map((b) => `Appointment ${b.reference}: ${b.service} on ${factDateTime(b.startsAt)} at ${b.location} (${b.status}).`);
    return succeeded({ bookings }, facts);
  });
}
