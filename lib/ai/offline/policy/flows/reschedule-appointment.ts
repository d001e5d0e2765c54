import { bookingListSchema, rescheduledBookingSchema, slotListSchema, type BookingView, type SlotView } from "@/lib/agent/tools/tool-data";
import { normalizeText } from "../../nlu/normalize";
import { callTools, latestResult, reply, resultData, talkToPersonButton, type FlowContext } from "../flow-context";
import { identityStep } from "../identity-step";
import { formatDayAndTime, formatSlot, shopDay } from "../locale-format";
import { choiceId, readOptionNumber } from "../reply-choice";
import type { OfflineStep } from "../types";

const SEARCH_DAYS = 7;

// Moving an appointment: who (e-mail) → which booking (taken when there is one, a list otherwise) →
// free times for that service as a WhatsApp list (from the day they named, else today) → the
// reschedule call for the time they picked (confirmed by the runner) → the new time. The free times
// are fetched again on the turn of the pick, so a time taken meanwhile is caught and others offered.
export function rescheduleAppointmentFlow(ctx: FlowContext): OfflineStep {
  const identity = identityStep(ctx, "email");
  if (identity) return identity;
  const { phrases, lang } = ctx;

  const moved = resultData(latestResult(ctx, "reschedule_appointment"), rescheduledBookingSchema);
  if (moved) {
    const booking = moved.booking;
    return reply(ctx, phrases.rescheduled(serviceName(ctx, booking.service), formatDayAndTime(booking.startsAt, lang, phrases.at), booking.location), { endFlow: true });
  }

  const listed = latestResult(ctx, "list_bookings");
  if (!listed) return callTools({ toolName: "list_bookings", input: {} });
  const bookings = resultData(listed, bookingListSchema)?.bookings ?? [];
  const upcoming = bookings.filter((booking) => booking.status === "confirmed" && Date.parse(booking.startsAt) > ctx.input.now.getTime());

  const booking = chooseBooking(ctx, bookings, upcoming);
  if (!booking) {
    if (ctx.slots.bookingReference) return reply(ctx, phrases.referenceNotFound(ctx.slots.bookingReference), { forget: ["bookingReference", "service", "slotId"] });
    if (upcoming.length === 0) return reply(ctx, phrases.noUpcomingBookings, { buttons: [talkToPersonButton(ctx)], endFlow: true });
    return reply(ctx, phrases.chooseBooking, {
      awaiting: "booking_choice",
      list: {
        buttonLabel: phrases.chooseButton,
        rows: upcoming.map((item) => ({ id: choiceId("booking", item.reference), title: formatSlot(item.startsAt, lang), description: `${serviceName(ctx, item.service)} · ${item.location}` })),
      },
    });
  }
  ctx.slots.bookingReference = booking.reference;
  ctx.slots.service = booking.service;
  if (booking.status !== "confirmed" || !upcoming.includes(booking)) {
    return reply(ctx, phrases.notAllowed, { buttons: [talkToPersonButton(ctx)], awaiting: "handoff_offer", endFlow: true });
  }

  const today = shopDay(ctx.input.now);
  const from = ctx.slots.date && ctx.slots.date > today ? ctx.slots.date : today;
  const searched = latestResult(ctx, "list_appointment_slots", { service: booking.service });
  if (!searched) return callTools({ toolName: "list_appointment_slots", input: { service: booking.service, from, days: SEARCH_DAYS } });
  const free = resultData(searched, slotListSchema)?.slots ?? [];

  const rescheduleFailed = latestResult(ctx, "reschedule_appointment") !== undefined;
  const wanted = ctx.slots.slotId;
  const chosen = rescheduleFailed ? undefined : wanted ? free.find((slot) => slot.slotId === wanted) : pickTypedSlot(ctx, free);
  if (chosen) return callTools({ toolName: "reschedule_appointment", input: { bookingReference: booking.reference, slotId: chosen.slotId } });

  if (free.length === 0) return reply(ctx, phrases.noSlots, { buttons: [talkToPersonButton(ctx)], awaiting: "handoff_offer", forget: ["slotId"] });
  const gone = rescheduleFailed || wanted !== undefined;
  const intro = phrases.chooseSlot(serviceName(ctx, booking.service), formatDayAndTime(booking.startsAt, lang, phrases.at));
  return reply(ctx, gone ? phrases.slotGone : intro, {
    awaiting: "slot_choice",
    forget: ["slotId"],
    list: {
      buttonLabel: phrases.seeTimes,
      rows: free.map((slot) => ({ id: choiceId("slot", slot.slotId), title: formatSlot(slot.startsAt, lang), description: slot.location })),
    },
  });
}

function chooseBooking(ctx: FlowContext, bookings: readonly BookingView[], upcoming: readonly BookingView[]): BookingView | undefined {
  const reference = ctx.slots.bookingReference;
  if (reference) return bookings.find((booking) => booking.reference.toUpperCase() === reference.toUpperCase());
  if (upcoming.length === 1) return upcoming[0];
  if (ctx.input.state.awaiting !== "booking_choice") return undefined;
  const number = readOptionNumber(ctx.input.customerText);
  if (number !== null) return upcoming[number - 1];
  return matchByTitle(ctx, upcoming, (booking) => formatSlot(booking.startsAt, ctx.lang));
}

// A time typed instead of tapped: "2", the row's own text, or a date and time that match one slot.
function pickTypedSlot(ctx: FlowContext, free: readonly SlotView[]): SlotView | undefined {
  if (ctx.input.state.awaiting !== "slot_choice") return undefined;
  const number = readOptionNumber(ctx.input.customerText);
  if (number !== null) return free[number - 1];
  const byTitle = matchByTitle(ctx, free, (slot) => formatSlot(slot.startsAt, ctx.lang));
  if (byTitle) return byTitle;
  const time = ctx.input.entities.find((entity) => entity.kind === "time")?.value;
  const date = ctx.input.entities.find((entity) => entity.kind === "date")?.value;
  if (!time) return undefined;
  const matches = free.filter((slot) => formatSlot(slot.startsAt, "en").endsWith(time) && (!date || shopDay(new Date(slot.startsAt)) === date));
  return matches.length === 1 ? matches[0] : undefined;
}

function matchByTitle<T>(ctx: FlowContext, options: readonly T[], titleOf: (option: T) => string): T | undefined {
  const said = normalizeText(ctx.input.customerText);
  if (said === "") return undefined;
  return options.find((option) => normalizeText(titleOf(option)) === said);
}

function serviceName(ctx: FlowContext, service: string): string {
  return ctx.phrases.services[service] ?? service.replaceAll("-", " ");
}
