import type { ToolInput } from "@/lib/agent/tool-catalogue";
import { confirmationReused, confirmedKey } from "./confirmation-required";
import { toBookingView } from "./customer-views";
import { factDateTime } from "./fact-format";
import { guardConnector } from "./guard-connector";
import { bookingNotFound, findOwnBooking } from "./own-records";
import type { ToolContext } from "./tool-context";
import type { RescheduledBooking } from "./tool-data";
import { failed, succeeded, type ToolOutcome } from "./tool-outcome";
import { verifiedCustomerId } from "./verified-customer";

// Moves one of the verified customer's appointments to another free slot, once confirmed.
export async function rescheduleAppointment(input: ToolInput<"reschedule_appointment">, ctx: ToolContext): Promise<ToolOutcome<RescheduledBooking>> {
  const who = verifiedCustomerId(ctx);
  if ("refusal" in who) return who.refusal;
  return guardConnector("reschedule_appointment", "appointments", async () => {
    const booking = await findOwnBooking(ctx, who.customerId, input.bookingReference);
    if (!booking) return bookingNotFound(input.bookingReference);
    const confirmation = confirmedKey(ctx);
    if ("refusal" in confirmation) return confirmation.refusal;

    const result = await ctx.connectors.scheduling.rescheduleBooking(booking.reference, input.slotId, confirmation.key);
    if (result.ok) {
      if (result.booking.customerId !== who.customerId) return bookingNotFound(input.bookingReference);
      const moved = toBookingView(result.booking);
      return succeeded({ booking: moved }, [`Appointment ${moved.reference} is now on ${factDateTime(moved.startsAt)} at ${moved.location}.`]);
    }
    switch (result.reason) {
      case "not_found":
        return bookingNotFound(input.bookingReference);
      case "not_reschedulable":
        return failed("not_allowed", `Appointment ${booking.reference} can't be moved: it is ${result.status.replace("_", " ")}.`);
      case "slot_not_found":
      case "different_service":
        return failed("invalid", `That slot is not one of the free ${booking.service} slots.`);
      case "slot_in_past":
      case "slot_full":
        return failed("not_allowed", "That slot is no longer available; please pick another one.");
      case "idempotency_key_reused":
        return confirmationReused();
    }
  });
}
