import { and, asc, eq, gt, gte, lt, ne, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { appointmentSlots, bookings } from "@/lib/db/schema";
import { requireCalendarDate, requireIdempotencyKey, requireIntegerInRange } from "../connector-arguments";
import { rescheduleBookingResultSchema, type RescheduleBookingResult, type Slot } from "../schemas";
import type { SchedulingConnector } from "../types";
import { addDaysToIsoDay, startOfIsoDay } from "./calendar";
import type { BuiltinContext } from "./context";
import { guardDatabase } from "./guard-database";
import { isUuid, toBooking } from "./map-rows";
import { normalizePrefixedReference } from "./normalize-identifiers";
import { runOnce } from "./run-once";

const MAX_DAYS = 31;

// Service appointments on the demo shop's slots and bookings. A slot is full when its confirmed
// bookings reach its capacity; cancelled, completed and no-show bookings free nothing in the past
// and hold nothing in the future.
export function createBuiltinSchedulingConnector(context: BuiltinContext): SchedulingConnector {
  const { db } = context;
  return {
    listBookings: (customerId) =>
      guardDatabase("scheduling.listBookings", async () => {
        if (!isUuid(customerId)) return [];
        const rows = await db
          .select({ booking: bookings, slot: appointmentSlots })
          .from(bookings)
          .innerJoin(appointmentSlots, eq(appointmentSlots.id, bookings.slotId))
          .where(eq(bookings.customerId, customerId))
          .orderBy(asc(appointmentSlots.startsAt));
        return rows.map(({ booking, slot }) => toBooking(booking, slot));
      }),

    listSlots: async (service, fromDate, days) => {
      const operation = "scheduling.listSlots";
      const from = requireCalendarDate(operation, "fromDate", fromDate);
      const dayCount = requireIntegerInRange(operation, "days", days, 1, MAX_DAYS);
      return guardDatabase(operation, () => listOpenSlots(db, context.now(), service.trim(), from, dayCount));
    },

    rescheduleBooking: async (reference, slotId, idempotencyKey) => {
      const operation = "scheduling.rescheduleBooking";
      const key = requireIdempotencyKey(operation, idempotencyKey);
      const bookingReference = normalizePrefixedReference(reference, "BK");
      return guardDatabase(operation, () =>
        runOnce(db, context.operationLog, { key, operation, target: bookingReference, args: { slotId } }, rescheduleBookingResultSchema, (tx) =>
          moveBooking(tx, context.now(), bookingReference, slotId),
        ),
      );
    },
  };
}

async function listOpenSlots(db: Db, now: Date, service: string, from: string, days: number): Promise<Slot[]> {
  const start = startOfIsoDay(from);
  const end = startOfIsoDay(addDaysToIsoDay(from, days));
  const rows = await db
    .select({ slot: appointmentSlots, taken: sql<number>`${confirmedBookings(appointmentSlots.id)}` })
    .from(appointmentSlots)
    .where(and(eq(appointmentSlots.service, service), gte(appointmentSlots.startsAt, start), lt(appointmentSlots.startsAt, end), gt(appointmentSlots.startsAt, now)))
    .orderBy(asc(appointmentSlots.startsAt), asc(appointmentSlots.location));
  return rows
    .map(({ slot, taken }) => ({
      slotId: slot.id,
      service: slot.service,
      location: slot.location,
      startsAt: slot.startsAt.toISOString(),
      durationMinutes: slot.durationMinutes,
      remainingCapacity: slot.capacity - Number(taken),
    }))
    .filter((slot) => slot.remainingCapacity > 0);
}

// Moves a confirmed, upcoming booking to another future slot of the same service that has room.
// Moving it to the slot it is already in changes nothing and succeeds, so a retry is harmless.
async function moveBooking(tx: Db, now: Date, reference: string, slotId: string): Promise<RescheduleBookingResult> {
  const [booking] = await tx.select().from(bookings).where(eq(bookings.reference, reference)).for("update");
  if (!booking) return { ok: false, reason: "not_found" };
  const [current] = await tx.select().from(appointmentSlots).where(eq(appointmentSlots.id, booking.slotId));
  if (!current) throw new Error(`booking ${reference} points at a missing slot`);
  if (booking.slotId === slotId && booking.status === "confirmed") return { ok: true, booking: toBooking(booking, current) };
  if (booking.status !== "confirmed") return { ok: false, reason: "not_reschedulable", status: booking.status };
  // An appointment that has already begun is history, whatever its status says.
  if (current.startsAt <= now) return { ok: false, reason: "not_reschedulable", status: booking.status };

  if (!isUuid(slotId)) return { ok: false, reason: "slot_not_found" };
  // Locking the target slot makes two customers racing for its last place take turns.
  const [target] = await tx.select().from(appointmentSlots).where(eq(appointmentSlots.id, slotId)).for("update");
  if (!target) return { ok: false, reason: "slot_not_found" };
  if (target.service !== current.service) return { ok: false, reason: "different_service", service: target.service };
  if (target.startsAt <= now) return { ok: false, reason: "slot_in_past" };
  const [occupancy] = await tx
    .select({ taken: sql<number>`count(*)::int` })
    .from(bookings)
    .where(and(eq(bookings.slotId, target.id), eq(bookings.status, "confirmed"), ne(bookings.id, booking.id)));
  if (Number(occupancy?.taken ?? 0) >= target.capacity) return { ok: false, reason: "slot_full" };

  const [moved] = await tx.update(bookings).set({ slotId: target.id }).where(eq(bookings.id, booking.id)).returning();
  if (!moved) throw new Error(`booking ${reference} vanished while being moved`);
  return { ok: true, booking: toBooking(moved, target) };
}

function confirmedBookings(slotIdColumn: typeof appointmentSlots.id) {
  return sql`(select count(*) from bookings b where b.slot_id = ${slotIdColumn} and b.status = 'confirmed')::int`;
}
