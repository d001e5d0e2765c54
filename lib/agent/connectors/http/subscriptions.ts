import { requireCalendarDate, requireIdempotencyKey, requireText } from "../connector-arguments";
import { changePlanResultSchema, pauseSubscriptionResultSchema, resumeSubscriptionResultSchema, subscriptionListSchema } from "../schemas";
import type { SubscriptionsConnector } from "../types";
import { contractPath, type HttpClient } from "./http-client";

const NOT_FOUND = { ok: false, reason: "not_found" } as const;

// Subscriptions over the company's API (CONTRACT.md, "Subscriptions").
export function createHttpSubscriptionsConnector(client: HttpClient): SubscriptionsConnector {
  return {
    async listSubscriptions(customerId) {
      const answer = await client.call({ operation: "subscriptions.listSubscriptions", method: "GET", path: contractPath`/customers/${customerId}/subscriptions` }, subscriptionListSchema);
      return answer.found ? answer.value.subscriptions : [];
    },

    async pause(reference, until, idempotencyKey) {
      const operation = "subscriptions.pause";
      const key = requireIdempotencyKey(operation, idempotencyKey);
      // No `until` asks the system for its longest allowed pause.
      const body = until === undefined ? {} : { until: requireCalendarDate(operation, "until", until) };
      const answer = await client.call({ operation, method: "POST", path: contractPath`/subscriptions/${reference.trim()}/pause`, body, idempotencyKey: key }, pauseSubscriptionResultSchema);
      return answer.found ? answer.value : NOT_FOUND;
    },

    async resume(reference, idempotencyKey) {
      const operation = "subscriptions.resume";
      const key = requireIdempotencyKey(operation, idempotencyKey);
      const answer = await client.call({ operation, method: "POST", path: contractPath`/subscriptions/${reference.trim()}/resume`, body: {}, idempotencyKey: key }, resumeSubscriptionResultSchema);
      return answer.found ? answer.value : NOT_FOUND;
    },

    async changePlan(reference, plan, idempotencyKey) {
      const operation = "subscriptions.changePlan";
      const key = requireIdempotencyKey(operation, idempotencyKey);
      const body = { plan: requireText(operation, "plan", plan, 100) };
      const answer = await client.call({ operation, method: "POST", path: contractPath`/subscriptions/${reference.trim()}/plan`, body, idempotencyKey: key }, changePlanResultSchema);
      return answer.found ? answer.value : NOT_FOUND;
    },
  };
}
