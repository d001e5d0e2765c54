import { TOOL_RISK } from "@/lib/agent/tool-catalogue";
import { detectConfirmation } from "../nlu/affirm";
import { reply, talkToPersonButton, type FlowContext } from "./flow-context";
import { handedOverReply, handOver } from "./hand-over";
import { askIdentityAgain } from "./identity-step";
import type { OfflineStep, ToolResult } from "./types";

// What the model adapter reports for a change the customer declined (the AI SDK's denied approval).
export const TOOL_DID_NOT_RUN = "the tool did not run";

// Reacts to a failed tool result of the turn when it needs the same answer whatever the flow: a
// handoff done, a system down, an approval needed, identity missing, a reference not found, a change
// declined or refused. Flows stop at a failure, so the latest one is what this turn ran into (also
// when a successful call of the same batch came after it). Returns null when the flow should carry on.
export function handleLastOutcome(ctx: FlowContext): OfflineStep | null {
  const latest = ctx.results.at(-1);
  if (latest?.toolName === "escalate_to_human") return handedOverReply(ctx, latest);
  const last = ctx.results.findLast((result) => !result.outcome.ok);
  if (!last) return null;
  const outcome = last.outcome;
  if (outcome.ok) return null;

  const isChange = TOOL_RISK[last.toolName] === "change";
  if (isChange && (customerDeclined(ctx) || (outcome.reason === "invalid" && outcome.message === TOOL_DID_NOT_RUN))) {
    return reply(ctx, ctx.phrases.declinedChange, { endFlow: true });
  }
  switch (outcome.reason) {
    case "integration_error":
      return handOver(ctx, "integration_error", `A system the assistant needed failed (${last.toolName}): ${outcome.message}`);
    case "needs_human":
      return handOver(ctx, last.toolName === "request_refund" ? "over_threshold" : "rule_matched", `Needs a person's approval: ${outcome.message}`);
    case "not_verified":
      return askIdentityAgain(ctx);
    case "not_found":
      return notFoundReply(ctx, last);
    case "not_allowed":
    case "invalid":
      // A slot taken in the meantime: the appointment flow offers the remaining ones.
      if (last.toolName === "reschedule_appointment") {
        delete ctx.slots.slotId;
        return null;
      }
      if (last.toolName === "send_invoice_copy" && outcome.reason === "not_allowed" && typeof inputOf(last).orderNumber === "string") {
        return reply(ctx, ctx.phrases.noInvoiceYet(String(inputOf(last).orderNumber)), { buttons: [talkToPersonButton(ctx)], endFlow: true });
      }
      return reply(ctx, outcome.reason === "not_allowed" ? ctx.phrases.notAllowed : ctx.phrases.invalidRequest, { buttons: [talkToPersonButton(ctx)] });
  }
}

function customerDeclined(ctx: FlowContext): boolean {
  return ctx.input.nlu.intent === "deny" || detectConfirmation(ctx.input.customerText, ctx.lang).answer === "no";
}

// The runner counts these as failed lookups and hands over after a few; here the customer is told
// plainly and asked to check, and the wrong value is forgotten so it is not tried again.
function notFoundReply(ctx: FlowContext, result: ToolResult): OfflineStep {
  const { phrases } = ctx;
  if (result.toolName === "identify_customer") return reply(ctx, phrases.couldNotVerify, { awaiting: "identity", forget: ["email", "postcode"] });
  const { invoiceNumber, orderNumber, bookingReference, subscriptionReference } = inputOf(result);
  if (typeof invoiceNumber === "string") return reply(ctx, phrases.referenceNotFound(invoiceNumber), { forget: ["invoiceNumber"] });
  if (typeof orderNumber === "string") return reply(ctx, phrases.orderNotFound(orderNumber), { awaiting: "order_number", forget: ["orderNumber"] });
  if (typeof bookingReference === "string") return reply(ctx, phrases.referenceNotFound(bookingReference), { forget: ["bookingReference", "service", "slotId"] });
  if (typeof subscriptionReference === "string") return reply(ctx, phrases.referenceNotFound(subscriptionReference), { forget: ["subscriptionReference"] });
  return reply(ctx, phrases.invalidRequest, { buttons: [talkToPersonButton(ctx)] });
}

function inputOf(result: ToolResult): Record<string, unknown> {
  const input = result.input;
  if (typeof input !== "object" || input === null) return {};
  return Object.fromEntries(Object.entries(input));
}
