import { asc, and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orders, subscriptions } from "@/lib/db/schema";
import { queryRows } from "@/lib/db/sql-rows";
import { testDatabaseKinds } from "@/lib/testing/databases";
import type { Connectors } from "../types";
import { createDatabaseOperationLog } from "./database-operation-log";
import { createSeededTestShop, type SeededTestShop } from "./seeded-test-shop";

describe.each(testDatabaseKinds())("operation log in the connector_operations table on %s", (kind) => {
  let shop: SeededTestShop;
  let connectors: Connectors;

  beforeAll(async () => {
    shop = await createSeededTestShop(kind);
    connectors = shop.connectorsWith({ operationLog: createDatabaseOperationLog() });
  });

  afterAll(async () => {
    await shop?.database.dispose();
  });

  const db = () => shop.database.handle.db;
  const recordCount = async () => Number((await queryRows<{ n: number | string }>(db(), sql`select count(*) as n from connector_operations`))[0]?.n);

  it("replays a key after later changes, refuses it for other arguments, and records only successes", async () => {
    const [order] = await db().select().from(orders).where(and(eq(orders.state, "paid"), sql`not exists (select 1 from shipments s where s.order_id = ${orders.id})`)).orderBy(asc(orders.number)).limit(1);
    if (!order) throw new Error("no paid order");
    const first = { ...order.shippingAddress, line: "Eerste Straat 1" };
    const later = { ...order.shippingAddress, line: "Tweede Straat 2" };
    const firstResult = await connectors.orders.changeShippingAddress(order.number, first, "db-log-first");
    await connectors.orders.changeShippingAddress(order.number, later, "db-log-later");
    expect(await connectors.orders.changeShippingAddress(order.number, first, "db-log-first")).toEqual(firstResult);
    expect((await db().select().from(orders).where(eq(orders.id, order.id)))[0]?.shippingAddress).toEqual(later);
    expect(await connectors.orders.changeShippingAddress(order.number, later, "db-log-first")).toEqual({ ok: false, reason: "idempotency_key_reused" });
    expect(await recordCount()).toBe(2);

    const [cancelled] = await db().select().from(subscriptions).where(eq(subscriptions.status, "cancelled")).limit(1);
    expect(await connectors.subscriptions.resume(cancelled?.reference ?? "", "db-log-refused")).toMatchObject({ ok: false, reason: "not_resumable" });
    expect(await recordCount()).toBe(2);
  });

  it("keeps one record when the same key races itself", async () => {
    const [subscription] = await db().select().from(subscriptions).where(eq(subscriptions.status, "active")).orderBy(asc(subscriptions.reference)).limit(1);
    if (!subscription) throw new Error("no active subscription");
    const results = await Promise.all([1, 2, 3].map(() => connectors.subscriptions.changePlan(subscription.reference, "care-plus", "db-log-race")));
    expect(results.every((result) => result.ok)).toBe(true);
    const rows = await queryRows<{ n: number | string }>(db(), sql`select count(*) as n from connector_operations where idempotency_key = 'db-log-race'`);
    expect(Number(rows[0]?.n)).toBe(1);
  });
});
