import { TOOL_INPUTS, type ToolInput } from "@/lib/agent/tool-catalogue";
import { maskSensitive } from "../nlu/masking";
import { callTools, latestResult, reply, type FlowContext } from "./flow-context";
import type { OfflineStep, ToolResult } from "./types";

export type EscalationReason = ToolInput<"escalate_to_human">["reason"];

const SUMMARY_MAX = 1000;
const CUSTOMER_TEXT_MAX = 300;

// Hands the conversation to a person: calls escalate_to_human once, then tells the customer what
// happens next, in words that fit why (they asked, a system failed, an approval is needed…).
export function handOver(ctx: FlowContext, reason: EscalationReason, headline: string): OfflineStep {
  const done = latestResult(ctx, "escalate_to_human");
  if (done) return handedOverReply(ctx, done);
  return callTools({ toolName: "escalate_to_human", input: { reason, summary: handoffSummary(ctx, headline) } });
}

export function handedOverReply(ctx: FlowContext, escalation: ToolResult): OfflineStep {
  const { phrases } = ctx;
  if (!escalation.outcome.ok) return reply(ctx, phrases.handoffFailed, { endFlow: true });
  const parsed = TOOL_INPUTS.escalate_to_human.safeParse(escalation.input);
  const reason = parsed.success ? parsed.data.reason : "customer_requested_human";
  const text =
    reason === "integration_error"
      ? phrases.handoffIntegration
      : reason === "over_threshold"
        ? phrases.handoffApproval
        : reason === "low_confidence"
          ? phrases.handoffLowConfidence
          : reason === "rule_matched"
            ? phrases.handoffInvestigation
            : phrases.handoff;
  return reply(ctx, text, { endFlow: true });
}

// A few plain-English sentences for the colleague: what it is about, the references collected, what
// the tools said, and the customer's own words with card numbers, e-mails and phones masked.
export function handoffSummary(ctx: FlowContext, headline: string): string {
  const parts = [headline.endsWith(".") ? headline : `${headline}.`, `Topic: ${ctx.intent.replaceAll("_", " ")}.`];
  const references = [ctx.slots.orderNumber, ctx.slots.bookingReference, ctx.slots.subscriptionReference, ctx.slots.invoiceNumber].filter(Boolean);
  if (references.length > 0) parts.push(`References: ${references.join(", ")}.`);
  parts.push(ctx.verified ? "Identity verified." : "Identity not verified.");
  for (const result of ctx.results) {
    if (result.toolName === "escalate_to_human") continue;
    if (result.outcome.ok) parts.push(...result.outcome.facts);
    else parts.push(`${result.toolName}: ${result.outcome.message}`, ...(result.outcome.facts ?? []));
  }
  const said = maskSensitive(ctx.input.customerText.trim()).text;
  if (said !== "") parts.push(`Customer wrote: "${said.length > CUSTOMER_TEXT_MAX ? `${said.slice(0, CUSTOMER_TEXT_MAX - 1)}…` : said}"`);
  const summary = parts.join(" ");
  return summary.length > SUMMARY_MAX ? `${summary.slice(0, SUMMARY_MAX - 1)}…` : summary;
}
