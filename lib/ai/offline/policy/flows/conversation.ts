import { reply, type FlowContext } from "../flow-context";
import type { OfflineStep } from "../types";

// Social turns get short, friendly answers and close whatever was open.
export function greetingFlow(ctx: FlowContext): OfflineStep {
  return reply(ctx, ctx.phrases.greeting(ctx.customerName), { endFlow: true });
}

export function thanksFlow(ctx: FlowContext): OfflineStep {
  return reply(ctx, ctx.phrases.thanks, { endFlow: true });
}

export function goodbyeFlow(ctx: FlowContext): OfflineStep {
  return reply(ctx, ctx.phrases.goodbye, { endFlow: true });
}

// A "yes" to nothing in particular: ask what they need.
export function affirmFlow(ctx: FlowContext): OfflineStep {
  return reply(ctx, ctx.phrases.affirmWithoutContext, { endFlow: true });
}

// A "no" drops whatever was being asked.
export function denyFlow(ctx: FlowContext): OfflineStep {
  return reply(ctx, ctx.phrases.denyWithoutContext, { endFlow: true });
}
