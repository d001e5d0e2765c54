import type { ToolContext } from "./tool-context";
import { failed, type ToolFailure } from "./tool-outcome";

// Change tools run only with the idempotency key the runner issues once the customer confirmed this
// exact change; without it nothing is changed, whatever the model or a message says.
export function confirmedKey(ctx: ToolContext): { key: string } | { refusal: ToolFailure } {
  if (ctx.idempotencyKey === null || ctx.idempotencyKey.trim() === "") {
    return { refusal: failed("not_allowed", "This change needs the customer's confirmation first; nothing was changed.") };
  }
  return { key: ctx.idempotencyKey };
}

// The connector saw this key before with other arguments: the runner reused a confirmation for a
// different change. Nothing happened, and it must not be retried with the same key.
export function confirmationReused(): ToolFailure {
  return failed("invalid", "That confirmation belongs to a different change, so nothing was changed. Please confirm this change again.");
}
