import { and, asc, eq, gt, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appointmentSlots, bookings, invoices, orders, shopCustomers, subscriptions } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/testing/databases";
import { isoDay } from "../builtin/calendar";
import { createSeededTestShop, TEST_NOW, type SeededTestShop } from "../builtin/seeded-test-shop";
import type { Connectors } from "../types";
import { contractPath } from "./http-client";
import { createContractRequestHandler } from "./contract-request-handler";
import { createHttpConnectors } from "./create-http-connectors";

// The contract end to end: the built-in connectors served through the contract handler, called by
// the HTTP connector. Every answer must equal what the built-in connector gives directly, and a
// change made over HTTP must be recognised by its key when repeated directly (and the other way
// round). If CONTRACT.md, the HTTP connector or the handler drift apart, this fails.

const API_KEY = "conformance-key";
const BASE = "http://support-api.test/v1";

describe.each(testDatabaseKinds())("HTTP contract against the built-in connector on %s", (kind) => {
  let shop: SeededTestShop;
  let direct: Connectors;
  let http: Connectors;
  let handler: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    shop = await createSeededTestShop(kind);
    direct = shop.connectors;
    handler = createContractRequestHandler(direct, { apiKey: API_KEY, basePath: "/v1" });
    http = createHttpConnectors({ baseUrl: BASE, apiKey: API_KEY, timeoutMs: 10_000, fetch: (input, init) => handler(new Request(input, init)) });
  });

  afterAll(async () => {
    await shop?.database.dispose();
  });

  const db = () => shop.database.handle.db;
  const firstOrder = async (state: (typeof orders.$inferSelect)["state"]) => {
    const [order] = await db().select().from(orders).where(eq(orders.state, state)).orderBy(asc(orders.number)).limit(1);
    if (!order) throw new Error(`no ${state} order`);
    return order;
  };

  it("answers customer lookups the same way", async () => {
    const [customer] = await db().select().from(shopCustomers).orderBy(asc(shopCustomers.email)).limit(1);
    const [order] = await db().select().from(orders).where(eq(orders.customerId, customer?.id ?? "")).limit(1);
    if (!customer || !order) throw new Error("seed incomplete");
    for (const connectors of [direct, http]) expect(await connectors.customers.findCustomerByPhone(customer.phone)).toMatchObject({ customerId: customer.id });
    expect(await http.customers.findCustomerByEmail(customer.email)).toEqual(await direct.customers.findCustomerByEmail(customer.email));
    expect(await http.customers.verifyByOrderAndPostcode(order.number, customer.postcode)).toEqual(await direct.customers.verifyByOrderAndPostcode(order.number, customer.postcode));
    expect(await http.customers.verifyByOrderAndPostcode(order.number, "9999 ZZ")).toBeNull();
    expect(await http.customers.getTier(customer.id)).toEqual(await direct.customers.getTier(customer.id));
    expect(await http.customers.findCustomerByPhone("15550000000")).toBeNull();
  });

  it("answers order reads the same way", async () => {
    const delivered = await firstOrder("delivered");
    const refunded = await firstOrder("refunded");
    expect(await http.orders.findCustomerOrders(delivered.customerId, 5)).toEqual(await direct.orders.findCustomerOrders(delivered.customerId, 5));
    expect(await http.orders.getOrder(delivered.number)).toEqual(await direct.orders.getOrder(delivered.number));
    expect(await http.orders.getOrder("SO-999999")).toBeNull();
    expect(await http.orders.refundStatus(refunded.number)).toEqual(await direct.orders.refundStatus(refunded.number));
    expect(await http.orders.refundStatus("SO-999999")).toBeNull();
    expect(await http.orders.shippingQuote("NL", undefined, 5000)).toEqual(await direct.orders.shippingQuote("NL", undefined, 5000));
    expect(await http.orders.shippingQuote("GB", "express")).toEqual(await direct.orders.shippingQuote("GB", "express"));
    for (const code of ["WELCOME10", "KONINGSDAG", "STAFF50", "NOSUCHCODE"]) {
      expect(await http.orders.checkPromoCode(code, "DE", 9000)).toEqual(await direct.orders.checkPromoCode(code, "DE", 9000));
    }
    const [invoice] = await db().select().from(invoices).where(eq(invoices.orderId, delivered.id));
    expect(await http.orders.sendInvoiceCopy({ orderNumber: delivered.number })).toEqual(await direct.orders.sendInvoiceCopy({ orderNumber: delivered.number }));
    expect(await http.orders.sendInvoiceCopy({ invoiceNumber: invoice?.number ?? "" })).toMatchObject({ ok: true, orderNumber: delivered.number });
    const unpaid = await firstOrder("pending_payment");
    expect(await http.orders.sendInvoiceCopy({ orderNumber: unpaid.number })).toEqual({ ok: false, reason: "no_invoice", state: "pending_payment" });
  });

  it("answers scheduling and subscription reads the same way", async () => {
    const [booking] = await db().select().from(bookings).orderBy(asc(bookings.reference)).limit(1);
    const [subscription] = await db().select().from(subscriptions).orderBy(asc(subscriptions.reference)).limit(1);
    if (!booking || !subscription) throw new Error("seed incomplete");
    expect(await http.scheduling.listBookings(booking.customerId)).toEqual(await direct.scheduling.listBookings(booking.customerId));
    expect(await http.scheduling.listSlots("grinder-calibration", isoDay(TEST_NOW), 7)).toEqual(await direct.scheduling.listSlots("grinder-calibration", isoDay(TEST_NOW), 7));
    expect(await http.subscriptions.listSubscriptions(subscription.customerId)).toEqual(await direct.subscriptions.listSubscriptions(subscription.customerId));
  });

  it("applies order changes once across both paths, keyed by the Idempotency-Key header", async () => {
    const paid = await firstOrder("paid");
    const cancelled = await http.orders.cancelOrder(paid.number, "conf-cancel");
    expect(cancelled).toMatchObject({ ok: true, state: "cancelled", refund: { status: "requested" } });
    expect(await direct.orders.cancelOrder(paid.number, "conf-cancel")).toEqual(cancelled);

    const [processing] = await db().select().from(orders).where(and(eq(orders.state, "processing"), sql`not exists (select 1 from shipments s where s.order_id = ${orders.id})`)).limit(1);
    if (!processing) throw new Error("no processing order");
    const address = { ...processing.shippingAddress, line: "Contractweg 1" };
    const moved = await http.orders.changeShippingAddress(processing.number, address, "conf-address");
    expect(moved).toMatchObject({ ok: true, shippingAddress: address });
    expect(await direct.orders.changeShippingAddress(processing.number, address, "conf-address")).toEqual(moved);

    const [recent] = await db()
      .select()
      .from(orders)
      .where(and(eq(orders.state, "delivered"), gt(orders.deliveredAt, new Date(TEST_NOW.getTime() - 20 * 86_400_000)), sql`not exists (select 1 from refunds r where r.order_id = ${orders.id})`))
      .orderBy(asc(orders.number))
      .limit(1);
    if (!recent) throw new Error("no recent delivery");
    const refund = await http.orders.requestRefund(recent.number, 250, "Dented box", "conf-refund");
    expect(refund).toMatchObject({ ok: true, refund: { amountCents: 250 } });
    expect(await direct.orders.requestRefund(recent.number, 250, "Dented box", "conf-refund")).toEqual(refund);
    const started = await direct.orders.startReturn(recent.number, { kind: "return", reason: "Changed my mind" }, "conf-return");
    expect(started).toMatchObject({ ok: true });
    expect(await http.orders.startReturn(recent.number, { kind: "return", reason: "Changed my mind" }, "conf-return")).toEqual(started);
    expect(await http.orders.cancelOrder("SO-999999", "conf-missing")).toEqual({ ok: false, reason: "not_found" });
  });

  it("applies booking and subscription changes once across both paths", async () => {
    const [upcoming] = await db()
      .select({ booking: bookings, slot: appointmentSlots })
      .from(bookings)
      .innerJoin(appointmentSlots, eq(appointmentSlots.id, bookings.slotId))
      .where(and(eq(bookings.status, "confirmed"), gt(appointmentSlots.startsAt, TEST_NOW)))
      .orderBy(asc(bookings.reference))
      .limit(1);
    if (!upcoming) throw new Error("no upcoming booking");
    const [free] = await direct.scheduling.listSlots(upcoming.slot.service, isoDay(TEST_NOW), 14);
    if (!free) throw new Error("no free slot");
    const moved = await http.scheduling.rescheduleBooking(upcoming.booking.reference, free.slotId, "conf-move");
    expect(moved).toMatchObject({ ok: true, booking: { slotId: free.slotId } });
    expect(await direct.scheduling.rescheduleBooking(upcoming.booking.reference, free.slotId, "conf-move")).toEqual(moved);

    const [active] = await db().select().from(subscriptions).where(eq(subscriptions.status, "active")).orderBy(asc(subscriptions.reference)).limit(1);
    if (!active) throw new Error("no active subscription");
    const paused = await http.subscriptions.pause(active.reference, undefined, "conf-pause");
    expect(paused).toMatchObject({ ok: true, subscription: { status: "paused" } });
    expect(await direct.subscriptions.pause(active.reference, undefined, "conf-pause")).toEqual(paused);
    expect(await http.subscriptions.resume(active.reference, "conf-resume")).toMatchObject({ ok: true, subscription: { status: "active" } });
    expect(await http.subscriptions.changePlan(active.reference, "no-such-plan", "conf-plan")).toMatchObject({ ok: false, reason: "unknown_plan" });
  });

  it("refuses calls without the API key, and data changes without an Idempotency-Key", async () => {
    const unauthorised = createHttpConnectors({ baseUrl: BASE, apiKey: "wrong", timeoutMs: 10_000, fetch: (input, init) => handler(new Request(input, init)) });
    await expect(unauthorised.orders.getOrder("SO-100001")).rejects.toMatchObject({ code: "connector:unavailable", status: 401, retryable: false });
    const response = await handler(
      new Request(`${BASE}${contractPath`/orders/${"SO-100001"}/cancel`}`, { method: "POST", headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" }, body: "{}" }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "invalid_request", message: "Idempotency-Key header is required." } });
  });
});
