import { and, asc, eq, gt, lt, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { appointmentSlots, bookings } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/testing/databases";
import { slotSchema } from "../schemas";
import { isoDay } from "./calendar";
import { createSeededTestShop, TEST_NOW, type SeededTestShop } from "./seeded-test-shop";

type SlotRow = typeof appointmentSlots.$inferSelect;
type BookingRow = typeof bookings.$inferSelect;

describe.each(testDatabaseKinds())("built-in scheduling connector on %s", (kind) => {
  let shop: SeededTestShop;
  const usedBookings = new Set<string>();
  const usedSlots = new Set<string>();

  beforeAll(async () => {
    shop = await createSeededTestShop(kind);
  });

  afterAll(async () => {
    await shop?.database.dispose();
  });

  const db = (): Db => shop.database.handle.db;
  const connector = () => shop.connectors.scheduling;
  const freeSlot = sql`not exists (select 1 from bookings b where b.slot_id = ${appointmentSlots.id} and b.status = 'confirmed')`;

  // An upcoming confirmed booking and its slot, not used by another test.
  async function takeUpcomingBooking(): Promise<{ booking: BookingRow; slot: SlotRow }> {
    const rows = await db()
      .select({ booking: bookings, slot: appointmentSlots })
      .from(bookings)
      .innerJoin(appointmentSlots, eq(appointmentSlots.id, bookings.slotId))
      .where(and(eq(bookings.status, "confirmed"), gt(appointmentSlots.startsAt, TEST_NOW)))
      .orderBy(asc(bookings.reference));
    const row = rows.find((candidate) => !usedBookings.has(candidate.booking.reference));
    if (!row) throw new Error("no upcoming confirmed booking left");
    usedBookings.add(row.booking.reference);
    return row;
  }

  async function takeSlot(service: string, ...conditions: ReturnType<typeof sql>[]): Promise<SlotRow> {
    const rows = await db().select().from(appointmentSlots).where(and(eq(appointmentSlots.service, service), ...conditions)).orderBy(asc(appointmentSlots.startsAt));
    const slot = rows.find((candidate) => !usedSlots.has(candidate.id));
    if (!slot) throw new Error(`no ${service} slot left`);
    usedSlots.add(slot.id);
    return slot;
  }
  const futureFreeSlot = (service: string) => takeSlot(service, sql`${appointmentSlots.startsAt} > ${TEST_NOW.toISOString()}`, freeSlot);
  const bookingNow = async (reference: string) => (await db().select().from(bookings).where(eq(bookings.reference, reference)))[0];

  it("lists a customer's bookings with the customer's id", async () => {
    const { booking, slot } = await takeUpcomingBooking();
    const list = await connector().listBookings(booking.customerId);
    expect(list.every((entry) => entry.customerId === booking.customerId)).toBe(true);
    expect(list).toContainEqual({
      reference: booking.reference,
      customerId: booking.customerId,
      slotId: slot.id,
      service: slot.service,
      location: slot.location,
      startsAt: slot.startsAt.toISOString(),
      durationMinutes: slot.durationMinutes,
      status: "confirmed",
    });
    expect(await connector().listBookings("not-a-uuid")).toEqual([]);
  });

  it("lists only future slots with room, earliest first", async () => {
    const slots = await connector().listSlots("video-setup-call", isoDay(TEST_NOW), 5);
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      slotSchema.parse(slot);
      expect(Date.parse(slot.startsAt)).toBeGreaterThan(TEST_NOW.getTime());
      expect(slot.service).toBe("video-setup-call");
    }
    const starts = slots.map((slot) => slot.startsAt);
    expect([...starts].sort()).toEqual(starts);
    const taken = await db()
      .select({ id: bookings.slotId })
      .from(bookings)
      .innerJoin(appointmentSlots, eq(appointmentSlots.id, bookings.slotId))
      .where(and(eq(bookings.status, "confirmed"), eq(appointmentSlots.service, "video-setup-call")));
    const takenIds = new Set(taken.map((row) => row.id));
    expect(slots.some((slot) => takenIds.has(slot.slotId))).toBe(false);
    await expect(connector().listSlots("video-setup-call", "16/03/2026", 5)).rejects.toMatchObject({ code: "connector:invalid_request" });
    await expect(connector().listSlots("video-setup-call", isoDay(TEST_NOW), 0)).rejects.toMatchObject({ code: "connector:invalid_request" });
  });

  it("moves a booking to a free future slot of the same service", async () => {
    const { booking, slot } = await takeUpcomingBooking();
    const target = await futureFreeSlot(slot.service);
    const result = await connector().rescheduleBooking(booking.reference.toLowerCase(), target.id, "move-1");
    expect(result).toMatchObject({ ok: true, booking: { reference: booking.reference, customerId: booking.customerId, slotId: target.id, startsAt: target.startsAt.toISOString() } });
    expect((await bookingNow(booking.reference))?.slotId).toBe(target.id);
    const open = await connector().listSlots(slot.service, isoDay(TEST_NOW), 31);
    expect(open.some((candidate) => candidate.slotId === target.id)).toBe(false);
    expect(open.some((candidate) => candidate.slotId === slot.id)).toBe(true);
  });

  it("refuses a full slot", async () => {
    const { booking, slot } = await takeUpcomingBooking();
    const { slot: full } = await takeUpcomingBooking();
    const sameService = full.service === slot.service ? full : await takeSlot(slot.service, sql`exists (select 1 from bookings b where b.slot_id = ${appointmentSlots.id} and b.status = 'confirmed')`, sql`${appointmentSlots.startsAt} > ${TEST_NOW.toISOString()}`, ne(appointmentSlots.id, slot.id));
    expect(await connector().rescheduleBooking(booking.reference, sameService.id, "move-full")).toEqual({ ok: false, reason: "slot_full" });
    expect((await bookingNow(booking.reference))?.slotId).toBe(slot.id);
  });

  it("refuses a slot in the past, another service's slot and unknown slots", async () => {
    const { booking, slot } = await takeUpcomingBooking();
    const past = await takeSlot(slot.service, lt(appointmentSlots.startsAt, TEST_NOW), freeSlot);
    expect(await connector().rescheduleBooking(booking.reference, past.id, "move-past")).toEqual({ ok: false, reason: "slot_in_past" });
    const otherService = slot.service === "video-setup-call" ? "grinder-calibration" : "video-setup-call";
    const other = await futureFreeSlot(otherService);
    expect(await connector().rescheduleBooking(booking.reference, other.id, "move-other")).toEqual({ ok: false, reason: "different_service", service: otherService });
    expect(await connector().rescheduleBooking(booking.reference, "00000000-0000-4000-8000-000000000000", "move-unknown")).toEqual({ ok: false, reason: "slot_not_found" });
    expect(await connector().rescheduleBooking(booking.reference, "slot-7", "move-garbled")).toEqual({ ok: false, reason: "slot_not_found" });
    expect(await connector().rescheduleBooking("BK-99999", other.id, "move-nobody")).toEqual({ ok: false, reason: "not_found" });
    expect((await bookingNow(booking.reference))?.slotId).toBe(slot.id);
  });

  it("refuses to move a booking that is not confirmed", async () => {
    const [cancelled] = await db()
      .select({ booking: bookings, slot: appointmentSlots })
      .from(bookings)
      .innerJoin(appointmentSlots, eq(appointmentSlots.id, bookings.slotId))
      .where(and(eq(bookings.status, "cancelled"), gt(appointmentSlots.startsAt, TEST_NOW)))
      .limit(1);
    if (!cancelled) throw new Error("no cancelled upcoming booking in the seed");
    const target = await futureFreeSlot(cancelled.slot.service);
    expect(await connector().rescheduleBooking(cancelled.booking.reference, target.id, "move-cancelled")).toEqual({ ok: false, reason: "not_reschedulable", status: "cancelled" });
  });

  it("applies a repeated key once, even after a later move", async () => {
    const { booking, slot } = await takeUpcomingBooking();
    const first = await futureFreeSlot(slot.service);
    const later = await futureFreeSlot(slot.service);
    const firstResult = await connector().rescheduleBooking(booking.reference, first.id, "move-once");
    expect(await connector().rescheduleBooking(booking.reference, first.id, "move-once")).toEqual(firstResult);
    await connector().rescheduleBooking(booking.reference, later.id, "move-later");
    expect(await connector().rescheduleBooking(booking.reference, first.id, "move-once")).toEqual(firstResult);
    expect((await bookingNow(booking.reference))?.slotId).toBe(later.id);
    expect(await connector().rescheduleBooking(booking.reference, slot.id, "move-once")).toEqual({ ok: false, reason: "idempotency_key_reused" });
  });

  it("is idempotent by state without an operation log", async () => {
    const { booking, slot } = await takeUpcomingBooking();
    const target = await futureFreeSlot(slot.service);
    const plain = shop.connectorsWithoutLog.scheduling;
    const first = await plain.rescheduleBooking(booking.reference, target.id, "move-no-log");
    expect(first.ok).toBe(true);
    expect(await plain.rescheduleBooking(booking.reference, target.id, "move-no-log")).toEqual(first);
  });
});
