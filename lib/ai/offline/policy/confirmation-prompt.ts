import { CHANGE_TOOLS, TOOL_INPUTS, type ToolName } from "@/lib/agent/tool-catalogue";
import type { Lang } from "../nlu/lang";
import { formatDay, formatDayAndTime, formatMoney } from "./locale-format";
import type { Confirmation, Phrases } from "./phrase-table";
import { phrasesFor } from "./phrases";
import { RETURN_REASONS, isReturnReasonCode } from "./reason-words";
import { withoutCardNumbers } from "./safe-text";

export type { Confirmation } from "./phrase-table";

// The question the runner asks before any change tool runs, with the two button titles. It names the
// exact change (the order, the new address, the amount, the new time) so "yes" means this change.
// `facts` are the English facts of this turn's earlier tool results; they are read only for what the
// input lacks: the order's currency (a "£" or "€" amount) and a chosen slot's time ("Slot <id>: <ISO
// time> …", as list_appointment_slots states them).
export function confirmationPrompt(toolName: ToolName, input: unknown, language: Lang, facts: readonly string[] = []): Confirmation {
  const phrases = phrasesFor(language);
  const prompt = confirmationFor(toolName, input, language, phrases, facts);
  return { ...prompt, text: withoutCardNumbers(prompt.text) };
}

function confirmationFor(toolName: ToolName, input: unknown, lang: Lang, phrases: Phrases, facts: readonly string[]): Confirmation {
  const { confirm } = phrases;
  if (!CHANGE_TOOLS.includes(toolName)) return confirm.generic;
  switch (toolName) {
    case "cancel_order": {
      const parsed = TOOL_INPUTS.cancel_order.safeParse(input);
      return parsed.success ? confirm.cancelOrder(parsed.data.orderNumber) : confirm.generic;
    }
    case "change_shipping_address": {
      const parsed = TOOL_INPUTS.change_shipping_address.safeParse(input);
      if (!parsed.success) return confirm.generic;
      const { orderNumber, line, postcode, city } = parsed.data;
      return confirm.changeAddress(orderNumber, `${line}, ${postcode} ${city}`);
    }
    case "start_return": {
      const parsed = TOOL_INPUTS.start_return.safeParse(input);
      if (!parsed.success) return confirm.generic;
      return confirm.startReturn(parsed.data.orderNumber, parsed.data.kind, localReason(parsed.data.reason, phrases));
    }
    case "request_refund": {
      const parsed = TOOL_INPUTS.request_refund.safeParse(input);
      if (!parsed.success) return confirm.generic;
      const { orderNumber, amountCents } = parsed.data;
      return confirm.requestRefund(orderNumber, amountCents === undefined ? null : formatMoney(amountCents, currencyIn(facts), lang));
    }
    case "reschedule_appointment": {
      const parsed = TOOL_INPUTS.reschedule_appointment.safeParse(input);
      if (!parsed.success) return confirm.generic;
      const startsAt = slotTimeIn(facts, parsed.data.slotId);
      return confirm.reschedule(parsed.data.bookingReference, startsAt ? formatDayAndTime(startsAt, lang, phrases.at) : null);
    }
    case "pause_subscription": {
      const parsed = TOOL_INPUTS.pause_subscription.safeParse(input);
      if (!parsed.success) return confirm.generic;
      return confirm.pause(parsed.data.subscriptionReference, parsed.data.until ? formatDay(parsed.data.until, lang) : null);
    }
    case "resume_subscription": {
      const parsed = TOOL_INPUTS.resume_subscription.safeParse(input);
      return parsed.success ? confirm.resume(parsed.data.subscriptionReference) : confirm.generic;
    }
    case "change_subscription_plan": {
      const parsed = TOOL_INPUTS.change_subscription_plan.safeParse(input);
      return parsed.success ? confirm.changePlan(parsed.data.subscriptionReference, phrases.plans[parsed.data.plan]) : confirm.generic;
    }
    default:
      return confirm.generic;
  }
}

// The reason as the customer would recognise it: our own button's title, or their words.
function localReason(reason: string, phrases: Phrases): string {
  const code = Object.entries(RETURN_REASONS).find(([, english]) => english === reason)?.[0];
  return code && isReturnReasonCode(code) ? phrases.returnReasonTitles[code] : reason;
}

function currencyIn(facts: readonly string[]): string {
  const text = facts.join(" ");
  if (text.includes("£")) return "GBP";
  if (text.includes("$")) return "USD";
  return "EUR";
}

function slotTimeIn(facts: readonly string[], slotId: string): string | null {
  const fact = facts.find((candidate) => candidate.includes(slotId));
  return fact ? (/\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})/.exec(fact)?.[0] ?? null) : null;
}
