import type { ToolInput } from "@/lib/agent/tool-catalogue";
import { toSlotView } from "./customer-views";
import { factDateTime } from "./fact-format";
import { guardConnector } from "./guard-connector";
import type { ToolContext } from "./tool-context";
import type { SlotList } from "./tool-data";
import { succeeded, type ToolOutcome } from "./tool-outcome";

// A WhatsApp list shows at most ten rows; more choice than that does not help on a phone either.
const MAX_SLOTS = 10;

// Free slots for a service. The calendar is not customer data, so no identity is needed.
export async function listAppointmentSlots(input: ToolInput<"list_appointment_slots">, ctx: ToolContext): Promise<ToolOutcome<SlotList>> {
  return guardConnector("list_appointment_slots", "appointments", async () => {
    const from = input.from ?? ctx.now.toISOString().slice(0, 10);
    const found = await ctx.connectors.scheduling.listSlots(input.service, from, input.days);
    const slots = found.filter((slot) => Date.parse(slot.startsAt) > ctx.now.getTime()).slice(0, MAX_SLOTS).map(toSlotView);
    // One line per slot with its exact start, so a confirmation can name the time a slot id stands for.
    const facts =
      slots.length === 0
        ? [`No free ${input.service} slots in the ${input.days} days from ${from}.`]
        : slots.map((slot) => `Slot ${slot.slotId}: ${slot.startsAt} (${factDateTime(slot.startsAt)}) at ${slot.location}.`);
    return succeeded({ service: input.service, slots }, facts);
  });
}
