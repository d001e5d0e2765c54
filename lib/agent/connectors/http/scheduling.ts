import { requireCalendarDate, requireIdempotencyKey, requireIntegerInRange, requireText } from "../connector-arguments";
import { bookingListSchema, rescheduleBookingResultSchema, slotListSchema } from "../schemas";
import type { SchedulingConnector } from "../types";
import { contractPath, type HttpClient } from "./http-client";

const MAX_DAYS = 31;

// Appointments over the company's API (CONTRACT.md, "Scheduling").
export function createHttpSchedulingConnector(client: HttpClient): SchedulingConnector {
  return {
    async listBookings(customerId) {
      const answer = await client.call({ operation: "scheduling.listBookings", method: "GET", path: contractPath`/customers/${customerId}/bookings` }, bookingListSchema);
      return answer.found ? answer.value.bookings : [];
    },

    async listSlots(service, fromDate, days) {
      const operation = "scheduling.listSlots";
      const query = {
        service: requireText(operation, "service", service, 100),
        from: requireCalendarDate(operation, "fromDate", fromDate),
        days: requireIntegerInRange(operation, "days", days, 1, MAX_DAYS),
      };
      const answer = await client.call({ operation, method: "GET", path: "/slots", query }, slotListSchema);
      return answer.found ? answer.value.slots : [];
    },

    async rescheduleBooking(reference, slotId, idempotencyKey) {
      const operation = "scheduling.rescheduleBooking";
      const key = requireIdempotencyKey(operation, idempotencyKey);
      const body = { slotId: requireText(operation, "slotId", slotId, 200) };
      const answer = await client.call({ operation, method: "POST", path: contractPath`/bookings/${reference.trim()}/reschedule`, body, idempotencyKey: key }, rescheduleBookingResultSchema);
      return answer.found ? answer.value : { ok: false, reason: "not_found" };
    },
  };
}
