import type { appointmentSlots, bookings } from "@/lib/db/schema";
import { addDays, DAY, HOUR, startOfUtcDay, zonedTimeToUtc, type Clock } from "./clock";
import type { ShopCustomerRow } from "./customers";
import { deterministicUuid, type Rng } from "./random";

// Service appointments: workshop slots in Amsterdam and Antwerp, video calls for everyone else,
// and the bookings customers made in them.

export const SERVICES = ["espresso-machine-service", "grinder-calibration", "video-setup-call"] as const;
export type Service = (typeof SERVICES)[number];

const TIME_ZONE = "Europe/Amsterdam";
const WORKSHOPS = ["Northwind Service Centre Amsterdam, Overtoom 141, 1054 HG Amsterdam", "Northwind Service Point Antwerpen, Meir 78, 2000 Antwerpen"] as const;
const VIDEO = "Online video call";

type SlotTemplate = { service: Service; location: string; times: readonly string[]; durationMinutes: number };

const SLOT_TEMPLATES: readonly SlotTemplate[] = [
  ...WORKSHOPS.map((location) => ({ service: "espresso-machine-service" as const, location, times: ["09:00", "11:00", "14:00", "16:00"], durationMinutes: 90 })),
  ...WORKSHOPS.map((location) => ({ service: "grinder-calibration" as const, location, times: ["10:00", "13:00", "15:30"], durationMinutes: 45 })),
  { service: "video-setup-call", location: VIDEO, times: ["09:30", "10:30", "11:30", "13:30", "14:30", "15:30", "16:30", "17:15"], durationMinutes: 30 },
];

// A fixed number of weekdays (about two weeks back, thirty days ahead) so the slot count does not
// depend on the weekday `now` falls on.
const PAST_WEEKDAYS = 10;
const FUTURE_WEEKDAYS = 22;
const BOOKING_COUNT = 120;
const FIRST_BOOKING_REFERENCE = 10001;

export type SlotRecord = { id: string; service: Service; location: string; startsAt: Date; durationMinutes: number; isPast: boolean };
export type BookingRecord = {
  id: string;
  reference: string;
  customer: ShopCustomerRow;
  slot: SlotRecord;
  status: "confirmed" | "cancelled" | "completed" | "no_show";
  createdAt: Date;
};

export function buildSlots(rng: Rng, clock: Clock): SlotRecord[] {
  const slots: SlotRecord[] = [];
  for (const { day, isPast } of serviceDays(clock.now)) {
    for (const template of SLOT_TEMPLATES) {
      for (const time of template.times) {
        const [hour, minute] = time.split(":").map(Number);
        slots.push({
          id: deterministicUuid(rng),
          service: template.service,
          location: template.location,
          startsAt: zonedTimeToUtc(day, hour ?? 9, minute ?? 0, TIME_ZONE),
          durationMinutes: template.durationMinutes,
          isPast,
        });
      }
    }
  }
  return slots;
}

export function slotRows(slots: readonly SlotRecord[]): (typeof appointmentSlots.$inferInsert)[] {
  return slots.map(({ id, service, location, startsAt, durationMinutes }) => ({ id, service, location, startsAt, durationMinutes, capacity: 1 }));
}

export function buildBookings(rng: Rng, clock: Clock, customers: readonly ShopCustomerRow[], slots: readonly SlotRecord[]): BookingRecord[] {
  const taken = new Set<string>();
  const videoSlots = slots.filter((slot) => slot.service === "video-setup-call");
  const workshopSlots = (city: string) => slots.filter((slot) => slot.service !== "video-setup-call" && slot.location.includes(city));
  return rng.shuffle(customers).slice(0, BOOKING_COUNT).map((customer, index) => {
    // Only customers near a workshop bring a machine in; everyone else gets a video call.
    const nearWorkshop = customer.country === "NL" || customer.country === "BE";
    const pool = nearWorkshop && rng.chance(0.7) ? workshopSlots(customer.country === "NL" ? "Amsterdam" : "Antwerpen") : videoSlots;
    let slot = rng.pick(pool);
    while (taken.has(slot.id)) slot = rng.pick(pool);
    taken.add(slot.id);
    const status = slot.isPast
      ? rng.weighted([["completed", 85], ["no_show", 5], ["cancelled", 10]] as const)
      : rng.weighted([["confirmed", 85], ["cancelled", 15]] as const);
    const leadMinutes = rng.int(1, 20) * DAY + rng.int(0, 8 * HOUR);
    // Past appointments were booked days before they took place; upcoming ones at some point in the last three weeks.
    const createdAt = slot.isPast ? new Date(slot.startsAt.getTime() - leadMinutes * 60_000) : clock.minutesAgo(leadMinutes);
    return { id: deterministicUuid(rng), reference: `BK-${FIRST_BOOKING_REFERENCE + index}`, customer, slot, status, createdAt };
  });
}

export function bookingRows(records: readonly BookingRecord[]): (typeof bookings.$inferInsert)[] {
  return records.map((record) => ({
    id: record.id,
    reference: record.reference,
    customerId: record.customer.id,
    slotId: record.slot.id,
    status: record.status,
    createdAt: record.createdAt,
  }));
}

function serviceDays(now: Date): { day: Date; isPast: boolean }[] {
  const today = startOfUtcDay(now);
  const past: { day: Date; isPast: boolean }[] = [];
  for (let offset = -1; past.length < PAST_WEEKDAYS; offset--) {
    const day = addDays(today, offset);
    if (isWeekday(day)) past.unshift({ day, isPast: true });
  }
  const future: { day: Date; isPast: boolean }[] = [];
  for (let offset = 0; future.length < FUTURE_WEEKDAYS; offset++) {
    const day = addDays(today, offset);
    if (isWeekday(day)) future.push({ day, isPast: false });
  }
  return [...past, ...future];
}

function isWeekday(day: Date): boolean {
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6;
}
