import { asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import { SUBSCRIPTION_PLANS, subscriptions } from "@/lib/db/schema";
import { SUBSCRIPTION_PLAN_DETAILS } from "@/lib/db/seed/subscriptions";
import { requireCalendarDate, requireIdempotencyKey } from "../connector-arguments";
import {
  changePlanResultSchema,
  pauseSubscriptionResultSchema,
  resumeSubscriptionResultSchema,
  type ChangePlanResult,
  type PauseSubscriptionResult,
  type ResumeSubscriptionResult,
} from "../schemas";
import type { SubscriptionsConnector } from "../types";
import { addDaysToIsoDay, daysBetweenIsoDays, isoDay } from "./calendar";
import type { BuiltinContext } from "./context";
import { guardDatabase } from "./guard-database";
import { isUuid, toSubscription } from "./map-rows";
import { normalizePrefixedReference } from "./normalize-identifiers";
import { runOnce } from "./run-once";

type Plan = (typeof SUBSCRIPTION_PLANS)[number];
type SubscriptionRow = typeof subscriptions.$inferSelect;

// Coffee, filter and care-plan subscriptions. Each change is idempotent by state as well as by key:
// pausing until the date it is already paused until, resuming an active subscription or choosing
// the current plan changes nothing and succeeds.
export function createBuiltinSubscriptionsConnector(context: BuiltinContext): SubscriptionsConnector {
  const { db } = context;
  const today = () => isoDay(context.now());

  // Locks the subscription for the rest of the transaction and hands it to `change`.
  const changeSubscription = <Result extends { ok: boolean }>(
    operation: string,
    referenceInput: string,
    idempotencyKey: string,
    args: Record<string, unknown>,
    resultSchema: z.ZodType<Result>,
    change: (tx: Db, subscription: SubscriptionRow) => Promise<Result>,
  ) => {
    const key = requireIdempotencyKey(operation, idempotencyKey);
    const reference = normalizePrefixedReference(referenceInput, "SUB");
    return guardDatabase(operation, () =>
      runOnce(db, context.operationLog, { key, operation, target: reference, args }, resultSchema, async (tx) => {
        const [subscription] = await tx.select().from(subscriptions).where(eq(subscriptions.reference, reference)).for("update");
        return subscription ? change(tx, subscription) : ({ ok: false, reason: "not_found" } as const);
      }),
    );
  };

  return {
    listSubscriptions: (customerId) =>
      guardDatabase("subscriptions.listSubscriptions", async () => {
        if (!isUuid(customerId)) return [];
        const rows = await db.select().from(subscriptions).where(eq(subscriptions.customerId, customerId)).orderBy(asc(subscriptions.reference));
        return rows.map(toSubscription);
      }),

    pause: async (reference, until, idempotencyKey) => {
      const operation = "subscriptions.pause";
      const requested = until === undefined ? undefined : requireCalendarDate(operation, "until", until);
      const { maxPauseDays } = context.policy;
      return changeSubscription(operation, reference, idempotencyKey, { until: requested ?? null }, pauseSubscriptionResultSchema, async (tx, subscription): Promise<PauseSubscriptionResult> => {
        const pausedUntil = requested ?? addDaysToIsoDay(today(), maxPauseDays);
        if (subscription.status === "cancelled") return { ok: false, reason: "not_pausable", status: subscription.status };
        if (subscription.status === "paused" && subscription.pausedUntil === pausedUntil) return { ok: true, subscription: toSubscription(subscription) };
        if (pausedUntil <= today()) return { ok: false, reason: "invalid_date", until: pausedUntil };
        if (daysBetweenIsoDays(today(), pausedUntil) > maxPauseDays) return { ok: false, reason: "pause_too_long", maxPauseDays };
        // Billing picks up again on the day the pause ends.
        return { ok: true, subscription: toSubscription(await update(tx, subscription, { status: "paused", pausedUntil, nextBillingOn: pausedUntil })) };
      });
    },

    resume: async (reference, idempotencyKey) =>
      changeSubscription("subscriptions.resume", reference, idempotencyKey, {}, resumeSubscriptionResultSchema, async (tx, subscription): Promise<ResumeSubscriptionResult> => {
        if (subscription.status === "active") return { ok: true, subscription: toSubscription(subscription) };
        if (subscription.status !== "paused") return { ok: false, reason: "not_resumable", status: subscription.status };
        // The next delivery is billed tomorrow rather than at once, so nobody is charged mid-conversation.
        const nextBillingOn = addDaysToIsoDay(today(), 1);
        return { ok: true, subscription: toSubscription(await update(tx, subscription, { status: "active", pausedUntil: null, nextBillingOn })) };
      }),

    changePlan: async (reference, planInput, idempotencyKey) => {
      const plan = planInput.trim().toLowerCase();
      return changeSubscription("subscriptions.changePlan", reference, idempotencyKey, { plan }, changePlanResultSchema, async (tx, subscription): Promise<ChangePlanResult> => {
        if (!isPlan(plan)) return { ok: false, reason: "unknown_plan", plans: [...SUBSCRIPTION_PLANS] };
        if (subscription.status === "cancelled") return { ok: false, reason: "not_changeable", status: subscription.status };
        if (subscription.plan === plan) return { ok: true, subscription: toSubscription(subscription) };
        const { priceCents } = SUBSCRIPTION_PLAN_DETAILS[plan];
        return { ok: true, subscription: toSubscription(await update(tx, subscription, { plan, priceCents })) };
      });
    },
  };
}

async function update(tx: Db, subscription: SubscriptionRow, changes: Partial<Omit<SubscriptionRow, "id">>): Promise<SubscriptionRow> {
  const [row] = await tx.update(subscriptions).set(changes).where(eq(subscriptions.id, subscription.id)).returning();
  if (!row) throw new Error(`subscription ${subscription.reference} vanished while being changed`);
  return row;
}

function isPlan(plan: string): plan is Plan {
  return (SUBSCRIPTION_PLANS as readonly string[]).includes(plan);
}
