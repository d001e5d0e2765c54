import { z } from "zod";
import { ORDER_STATES } from "@/lib/db/schema";

// The demo shop's business rules that admins may change. The agent layer reads them from settings
// and passes them in when it creates the connectors; a company's own system (HTTP connector) applies
// its own rules instead.

export const builtinPolicySchema = z.object({
  // Orders in these states may be cancelled by the customer.
  cancellableStates: z.array(z.enum(ORDER_STATES)),
  // Days after delivery during which a return or exchange may be started.
  returnWindowDays: z.number().int().min(0).max(365),
  // The longest pause of a subscription, counted from today.
  maxPauseDays: z.number().int().min(1).max(366),
});
export type BuiltinPolicy = z.infer<typeof builtinPolicySchema>;

export const DEFAULT_BUILTIN_POLICY: BuiltinPolicy = {
  cancellableStates: ["pending_payment", "paid", "processing"],
  returnWindowDays: 30,
  maxPauseDays: 90,
};

export function resolveBuiltinPolicy(overrides: Partial<BuiltinPolicy> = {}): BuiltinPolicy {
  return builtinPolicySchema.parse({ ...DEFAULT_BUILTIN_POLICY, ...overrides });
}
