import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { subscriptions } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/testing/databases";
import { addDaysToIsoDay, isoDay } from "./calendar";
import { createSeededTestShop, TEST_NOW, type SeededTestShop } from "./seeded-test-shop";

type SubscriptionRow = typeof subscriptions.$inferSelect;
const TODAY = isoDay(TEST_NOW);

describe.each(testDatabaseKinds())("built-in subscriptions connector on %s", (kind) => {
  let shop: SeededTestShop;
  const used = new Set<string>();

  beforeAll(async () => {
    shop = await createSeededTestShop(kind);
  });

  afterAll(async () => {
    await shop?.database.dispose();
  });

  const db = (): Db => shop.database.handle.db;
  const connector = () => shop.connectors.subscriptions;
  const stored = async (reference: string) => (await db().select().from(subscriptions).where(eq(subscriptions.reference, reference)))[0];

  async function take(status: SubscriptionRow["status"]): Promise<SubscriptionRow> {
    const rows = await db().select().from(subscriptions).where(eq(subscriptions.status, status)).orderBy(asc(subscriptions.reference));
    const row = rows.find((candidate) => !used.has(candidate.reference));
    if (!row) throw new Error(`no unused ${status} subscription`);
    used.add(row.reference);
    return row;
  }

  it("lists a customer's subscriptions with the customer's id", async () => {
    const subscription = await take("active");
    const list = await connector().listSubscriptions(subscription.customerId);
    expect(list).toContainEqual({
      reference: subscription.reference,
      customerId: subscription.customerId,
      plan: subscription.plan,
      status: "active",
      priceCents: subscription.priceCents,
      currency: "EUR",
      nextBillingOn: subscription.nextBillingOn,
      pausedUntil: null,
    });
    expect(list.every((entry) => entry.customerId === subscription.customerId)).toBe(true);
  });

  it("pauses until a date, with billing resuming that day, once per key", async () => {
    const subscription = await take("active");
    const until = addDaysToIsoDay(TODAY, 30);
    const result = await connector().pause(subscription.reference, until, "pause-1");
    expect(result).toMatchObject({ ok: true, subscription: { status: "paused", pausedUntil: until, nextBillingOn: until } });
    expect(await connector().pause(subscription.reference, until, "pause-1")).toEqual(result);
    expect(await shop.connectorsWithoutLog.subscriptions.pause(subscription.reference, until, "pause-1")).toEqual(result);
    expect(await connector().pause(subscription.reference, addDaysToIsoDay(TODAY, 10), "pause-1")).toEqual({ ok: false, reason: "idempotency_key_reused" });
  });

  it("pauses for the longest allowed time when no date is given", async () => {
    const subscription = await take("active");
    expect(await connector().pause(subscription.reference.replace("SUB-", "sub "), undefined, "pause-default")).toMatchObject({ ok: true, subscription: { pausedUntil: addDaysToIsoDay(TODAY, 90) } });
  });

  it("refuses a pause that is too long, ends in the past or targets a cancelled subscription", async () => {
    const subscription = await take("active");
    expect(await connector().pause(subscription.reference, addDaysToIsoDay(TODAY, 91), "pause-long")).toEqual({ ok: false, reason: "pause_too_long", maxPauseDays: 90 });
    expect(await connector().pause(subscription.reference, TODAY, "pause-today")).toEqual({ ok: false, reason: "invalid_date", until: TODAY });
    const cancelled = await take("cancelled");
    expect(await connector().pause(cancelled.reference, addDaysToIsoDay(TODAY, 7), "pause-cancelled")).toEqual({ ok: false, reason: "not_pausable", status: "cancelled" });
    expect(await connector().pause("SUB-99999", addDaysToIsoDay(TODAY, 7), "pause-unknown")).toEqual({ ok: false, reason: "not_found" });
    await expect(connector().pause(subscription.reference, "next month", "pause-words")).rejects.toMatchObject({ code: "connector:invalid_request" });
    expect((await stored(subscription.reference))?.status).toBe("active");
  });

  it("resumes a paused subscription, and an active one stays as it is", async () => {
    const paused = await take("paused");
    const result = await connector().resume(paused.reference, "resume-1");
    expect(result).toMatchObject({ ok: true, subscription: { status: "active", pausedUntil: null, nextBillingOn: addDaysToIsoDay(TODAY, 1) } });
    expect(await connector().resume(paused.reference, "resume-1")).toEqual(result);
    expect(await shop.connectorsWithoutLog.subscriptions.resume(paused.reference, "resume-again")).toEqual(result);
    const cancelled = await take("cancelled");
    expect(await connector().resume(cancelled.reference, "resume-cancelled")).toEqual({ ok: false, reason: "not_resumable", status: "cancelled" });
  });

  it("changes the plan and its price, and refuses unknown plans and cancelled subscriptions", async () => {
    const subscription = await take("active");
    const plan = subscription.plan === "care-plus" ? "coffee-monthly" : "care-plus";
    const result = await connector().changePlan(subscription.reference, plan, "plan-1");
    expect(result).toMatchObject({ ok: true, subscription: { plan, priceCents: plan === "care-plus" ? 999 : 2490 } });
    expect(await connector().changePlan(subscription.reference, plan, "plan-1")).toEqual(result);
    expect((await stored(subscription.reference))?.plan).toBe(plan);
    expect(await connector().changePlan(subscription.reference, "tea-weekly", "plan-tea")).toMatchObject({ ok: false, reason: "unknown_plan", plans: expect.arrayContaining(["coffee-monthly"]) });
    const cancelled = await take("cancelled");
    expect(await connector().changePlan(cancelled.reference, plan, "plan-cancelled")).toEqual({ ok: false, reason: "not_changeable", status: "cancelled" });
  });
});
