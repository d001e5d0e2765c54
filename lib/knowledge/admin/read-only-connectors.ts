import type { Connectors } from "@/lib/agent/connectors/types";
import { AppError } from "@/lib/errors";

// The connectors for a rehearsal: lookups pass through, every data-changing method refuses. The
// agent's own gates (tool approval, idempotency keys) already stop changes without a customer's yes;
// this makes "nothing changes" hold even if those gates were ever bypassed.
export function readOnlyConnectors(connectors: Connectors): Connectors {
  return {
    customers: connectors.customers,
    orders: guard(connectors.orders, "orders", ["cancelOrder", "changeShippingAddress", "startReturn", "requestRefund"]),
    scheduling: guard(connectors.scheduling, "scheduling", ["rescheduleBooking"]),
    subscriptions: guard(connectors.subscriptions, "subscriptions", ["pause", "resume", "changePlan"]),
  };
}

// Connectors may be class instances (methods on the prototype), so a proxy, not a copy.
function guard<T extends object>(target: T, area: string, blocked: readonly (keyof T & string)[]): T {
  return new Proxy(target, {
    get(object, key) {
      if (typeof key === "string" && (blocked as readonly string[]).includes(key)) {
        return async (): Promise<never> => {
          throw new AppError("forbidden:agent", `${area}.${key} is not run while testing a question.`);
        };
      }
      const value: unknown = Reflect.get(object, key, object);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}
