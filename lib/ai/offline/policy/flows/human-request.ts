import type { FlowContext } from "../flow-context";
import { handOver } from "../hand-over";
import type { OfflineStep } from "../types";

// No friction: a request for a person hands over at once, in any language.
export function humanRequestFlow(ctx: FlowContext): OfflineStep {
  return handOver(ctx, "customer_requested_human", "The customer asked to talk to a person");
}
