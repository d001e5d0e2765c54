import { and, between, eq, gt, sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { invoices, orders, payments, refunds, returns, type Order } from "@/lib/db/schema";
import { createTestDatabase, testDatabaseKinds } from "@/lib/testing/databases";
import { ConnectorError } from "../connector-error";
import { orderDetailsSchema } from "../schemas";
import { createBuiltinConnectors } from "./create-builtin-connectors";
import { createSeededTestShop, TEST_NOW, type SeededTestShop } from "./seeded-test-shop";

const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(TEST_NOW.getTime() - days * DAY_MS);

describe.each(testDatabaseKinds())("built-in orders connector on %s", (kind) => {
  let shop: SeededTestShop;
  const used = new Set<string>();

  beforeAll(async () => {
    shop = await createSeededTestShop(kind);
  });

  afterAll(async () => {
    await shop?.database.dispose();
  });

  const db = (): Db => shop.database.handle.db;
  const connector = () => shop.connectors.orders;

  // Each test changes its own orders, so no test depends on what another one did.
  async function takeOrder(...conditions: SQL[]): Promise<Order> {
    const candidates = await db().select().from(orders).where(and(...conditions)).orderBy(orders.number).limit(200);
    const order = candidates.find((candidate) => !used.has(candidate.number));
    if (!order) throw new Error("no unused order matches the test's conditions");
    used.add(order.number);
    return order;
  }
  const inState = (state: Order["state"]) => eq(orders.state, state);
  const reload = async (number: string) => (await db().select().from(orders).where(eq(orders.number, number)))[0];
  const refundRows = (orderId: string) => db().select().from(refunds).where(eq(refunds.orderId, orderId));
  const returnRows = (orderId: string) => db().select().from(returns).where(eq(returns.orderId, orderId));
  const noShipment = sql`not exists (select 1 from shipments s where s.order_id = ${orders.id})`;
  const noRefund = sql`not exists (select 1 from refunds r where r.order_id = ${orders.id})`;

  describe("reading orders", () => {
    it("lists a customer's orders newest first, each carrying the customer's id", async () => {
      const [busiest] = await db()
        .select({ customerId: orders.customerId, n: sql<number>`count(*)::int` })
        .from(orders)
        .groupBy(orders.customerId)
        .orderBy(sql`count(*) desc`, orders.customerId)
        .limit(1);
      if (!busiest) throw new Error("no orders");
      const list = await connector().findCustomerOrders(busiest.customerId, 3);
      expect(list).toHaveLength(3);
      expect(list.every((order) => order.customerId === busiest.customerId)).toBe(true);
      const placed = list.map((order) => order.placedAt);
      expect([...placed].sort().reverse()).toEqual(placed);
      expect((await connector().findCustomerOrders(busiest.customerId, 100)).length).toBe(Number(busiest.n));
      expect(await connector().findCustomerOrders("00000000-0000-4000-8000-000000000000", 5)).toEqual([]);
      await expect(connector().findCustomerOrders(busiest.customerId, 0)).rejects.toMatchObject({ code: "connector:invalid_request" });
    });

    it("returns an order with items, a masked card, the address and every parcel's tracking", async () => {
      const order = await takeOrder(inState("delivered"), sql`exists (select 1 from payments p where p.order_id = ${orders.id} and p.method = 'card')`);
      const details = await connector().getOrder(order.number.replace("SO-", "so "));
      expect(orderDetailsSchema.parse(details)).toMatchObject({ orderNumber: order.number, customerId: order.customerId, state: "delivered", totalCents: order.totalCents });
      if (!details) throw new Error("order not found");
      expect(details.items.reduce((sum, item) => sum + item.quantity * item.unitPriceCents, 0) + details.shippingCents).toBe(order.totalCents);
      const [payment] = await db().select().from(payments).where(eq(payments.orderId, order.id)).orderBy(sql`created_at desc`).limit(1);
      expect(details.payment).toEqual({ method: "card", status: payment?.status, amountCents: payment?.amountCents, cardMasked: `•••• ${payment?.cardLast4}` });
      expect(details.shippingAddress).toEqual(order.shippingAddress);
      expect(details.shipments.length).toBeGreaterThan(0);
      for (const shipment of details.shipments) {
        const times = shipment.events.map((event) => event.at);
        expect(times.length).toBeGreaterThanOrEqual(2);
        expect([...times].sort()).toEqual(times);
      }
      expect(await connector().getOrder("SO-999999")).toBeNull();
    });

    it("shows refunds and returns of an order", async () => {
      const order = await takeOrder(inState("returned"), sql`exists (select 1 from refunds r where r.order_id = ${orders.id})`);
      const status = await connector().refundStatus(order.number);
      expect(status?.customerId).toBe(order.customerId);
      expect(status?.refunds.length).toBeGreaterThan(0);
      expect(status?.returns[0]?.labelUrl).toMatch(/^https:\/\/returns\.northwind\.example\/label\//);
      expect(await connector().refundStatus("SO-999999")).toBeNull();
    });
  });

  describe("cancelling", () => {
    it("cancels a paid order and asks for the captured money back", async () => {
      const order = await takeOrder(inState("paid"));
      const result = await connector().cancelOrder(order.number, "cancel-paid-1");
      expect(result).toMatchObject({ ok: true, orderNumber: order.number, customerId: order.customerId, state: "cancelled", refund: { amountCents: order.totalCents, status: "requested", currency: order.currency } });
      expect((await reload(order.number))?.state).toBe("cancelled");
    });

    it("cancels an unpaid order without a refund", async () => {
      const order = await takeOrder(inState("pending_payment"));
      expect(await connector().cancelOrder(order.number, "cancel-unpaid-1")).toMatchObject({ ok: true, refund: null });
      expect(await refundRows(order.id)).toHaveLength(0);
    });

    it.each(["shipped", "delivered", "refunded"] as const)("refuses to cancel a %s order", async (state) => {
      const order = await takeOrder(inState(state));
      expect(await connector().cancelOrder(order.number, `cancel-${state}`)).toEqual({ ok: false, reason: "not_cancellable", state });
      expect((await reload(order.number))?.state).toBe(state);
    });

    it("follows the cancellable states an admin sets", async () => {
      const strict = shop.connectorsWith({ policy: { cancellableStates: ["pending_payment"] } }).orders;
      const order = await takeOrder(inState("processing"));
      expect(await strict.cancelOrder(order.number, "cancel-strict")).toEqual({ ok: false, reason: "not_cancellable", state: "processing" });
    });

    it("applies a repeated key once and answers with the first result", async () => {
      const order = await takeOrder(inState("processing"));
      const first = await connector().cancelOrder(order.number, "cancel-twice");
      const second = await connector().cancelOrder(order.number, "cancel-twice");
      expect(second).toEqual(first);
      expect(await refundRows(order.id)).toHaveLength(1);
    });

    it("is idempotent by state without an operation log", async () => {
      const order = await takeOrder(inState("paid"));
      const plain = shop.connectorsWithoutLog.orders;
      const first = await plain.cancelOrder(order.number, "cancel-no-log");
      expect(await plain.cancelOrder(order.number, "cancel-no-log")).toEqual(first);
      expect(await refundRows(order.id)).toHaveLength(1);
    });

    it("applies concurrent calls with the same key once", async () => {
      const order = await takeOrder(inState("paid"));
      const results = await Promise.all([connector().cancelOrder(order.number, "cancel-race"), shop.connectorsWithoutLog.orders.cancelOrder(order.number, "cancel-race")]);
      expect(results.every((result) => result.ok)).toBe(true);
      expect(await refundRows(order.id)).toHaveLength(1);
    });

    it("refuses a key already used for another order", async () => {
      const first = await takeOrder(inState("paid"));
      const second = await takeOrder(inState("paid"));
      await connector().cancelOrder(first.number, "cancel-reused");
      expect(await connector().cancelOrder(second.number, "cancel-reused")).toEqual({ ok: false, reason: "idempotency_key_reused" });
      expect((await reload(second.number))?.state).toBe("paid");
    });

    it("answers not_found for an unknown order and rejects an empty key before touching anything", async () => {
      expect(await connector().cancelOrder("SO-999999", "cancel-unknown")).toEqual({ ok: false, reason: "not_found" });
      await expect(connector().cancelOrder("SO-100001", "  ")).rejects.toBeInstanceOf(ConnectorError);
    });
  });

  describe("changing the delivery address", () => {
    const newAddress = (order: Order) => ({ ...order.shippingAddress, line: "Nieuwe Gracht 12", city: order.shippingAddress.city });

    it("changes the address of an order that has not shipped", async () => {
      const order = await takeOrder(inState("processing"), noShipment);
      const address = newAddress(order);
      expect(await connector().changeShippingAddress(order.number, address, "address-1")).toEqual({ ok: true, orderNumber: order.number, customerId: order.customerId, shippingAddress: address });
      expect((await reload(order.number))?.shippingAddress).toEqual(address);
    });

    it("refuses once the order has shipped, after a cancellation and across a border", async () => {
      const shipped = await takeOrder(inState("shipped"));
      expect(await connector().changeShippingAddress(shipped.number, newAddress(shipped), "address-shipped")).toEqual({ ok: false, reason: "already_shipped", state: "shipped" });
      const delivered = await takeOrder(inState("delivered"));
      expect(await connector().changeShippingAddress(delivered.number, newAddress(delivered), "address-delivered")).toEqual({ ok: false, reason: "already_shipped", state: "delivered" });
      const cancelled = await takeOrder(inState("cancelled"));
      expect(await connector().changeShippingAddress(cancelled.number, newAddress(cancelled), "address-cancelled")).toEqual({ ok: false, reason: "not_changeable", state: "cancelled" });
      const paid = await takeOrder(inState("paid"));
      const abroad = { ...newAddress(paid), country: paid.shippingAddress.country === "DE" ? "FR" : "DE" };
      expect(await connector().changeShippingAddress(paid.number, abroad, "address-abroad")).toEqual({ ok: false, reason: "country_change_not_allowed", country: paid.shippingAddress.country });
      expect((await reload(shipped.number))?.shippingAddress).toEqual(shipped.shippingAddress);
    });

    it("replays a repeated key even after a later change", async () => {
      const order = await takeOrder(inState("paid"), noShipment);
      const first = { ...order.shippingAddress, line: "Eerste Straat 1" };
      const later = { ...order.shippingAddress, line: "Tweede Straat 2" };
      const firstResult = await connector().changeShippingAddress(order.number, first, "address-first");
      await connector().changeShippingAddress(order.number, later, "address-later");
      expect(await connector().changeShippingAddress(order.number, first, "address-first")).toEqual(firstResult);
      expect((await reload(order.number))?.shippingAddress).toEqual(later);
      expect(await connector().changeShippingAddress(order.number, later, "address-first")).toEqual({ ok: false, reason: "idempotency_key_reused" });
    });
  });

  describe("returns and exchanges", () => {
    it("starts a return inside the window with a label, once per key", async () => {
      const order = await takeOrder(inState("delivered"), noRefund, gt(orders.deliveredAt, daysAgo(20)));
      const request = { kind: "return", reason: "Changed my mind" } as const;
      const result = await connector().startReturn(order.number, request, "return-1");
      if (!result.ok) throw new Error(`return refused: ${result.reason}`);
      expect(result.customerId).toBe(order.customerId);
      expect(result.return).toMatchObject({ kind: "return", status: "label_sent", labelUrl: `https://returns.northwind.example/label/${result.return.returnId}` });
      expect((await reload(order.number))?.state).toBe("returned");
      expect(await connector().startReturn(order.number, request, "return-1")).toEqual(result);
      expect(await shop.connectorsWithoutLog.orders.startReturn(order.number, request, "return-1")).toEqual(result);
      expect(await returnRows(order.id)).toHaveLength(1);
      expect(await connector().startReturn(order.number, { ...request, reason: "Something else" }, "return-1")).toEqual({ ok: false, reason: "idempotency_key_reused" });
    });

    it("starts an exchange of some items and writes them down for the warehouse", async () => {
      const order = await takeOrder(inState("delivered"), noRefund, gt(orders.deliveredAt, daysAgo(20)), sql`(select count(*) from order_items i where i.order_id = ${orders.id}) >= 2`);
      const details = await connector().getOrder(order.number);
      const item = details?.items[0];
      if (!item) throw new Error("order without items");
      const tooMany = await connector().startReturn(order.number, { kind: "exchange", reason: "Wrong colour", items: [{ sku: item.sku, quantity: item.quantity + 1 }] }, "exchange-too-many");
      expect(tooMany).toMatchObject({ ok: false, reason: "invalid_items" });
      const stranger = await connector().startReturn(order.number, { kind: "exchange", reason: "Wrong colour", items: [{ sku: "NOT-A-SKU", quantity: 1 }] }, "exchange-stranger");
      expect(stranger).toMatchObject({ ok: false, reason: "invalid_items" });
      const result = await connector().startReturn(order.number, { kind: "exchange", reason: "Wrong colour", items: [{ sku: item.sku.toLowerCase(), quantity: 1 }] }, "exchange-1");
      expect(result).toMatchObject({ ok: true, return: { kind: "exchange", reason: `Wrong colour (items: ${item.sku} × 1)` } });
    });

    it("refuses a return after the window, unless the admin widens it", async () => {
      const order = await takeOrder(inState("delivered"), noRefund, between(orders.deliveredAt, daysAgo(55), daysAgo(35)));
      const request = { kind: "return", reason: "Too large for my counter" } as const;
      const refused = await connector().startReturn(order.number, request, "return-late");
      expect(refused).toMatchObject({ ok: false, reason: "outside_return_window", returnWindowDays: 30, deliveredAt: order.deliveredAt?.toISOString() });
      if (refused.ok || refused.reason !== "outside_return_window") throw new Error("expected a refusal");
      expect(Date.parse(refused.windowEndedAt)).toBeLessThan(TEST_NOW.getTime());
      const lenient = shop.connectorsWith({ policy: { returnWindowDays: 60 } }).orders;
      expect(await lenient.startReturn(order.number, request, "return-late-lenient")).toMatchObject({ ok: true });
    });

    it("refuses a return for an order that has not arrived", async () => {
      const order = await takeOrder(inState("shipped"));
      expect(await connector().startReturn(order.number, { kind: "return", reason: "Changed my mind" }, "return-early")).toEqual({ ok: false, reason: "not_returnable", state: "shipped" });
      expect(await connector().startReturn("SO-999999", { kind: "return", reason: "Changed my mind" }, "return-unknown")).toEqual({ ok: false, reason: "not_found" });
    });
  });

  describe("refund requests", () => {
    it("records a requested refund once per key, within what was paid", async () => {
      const order = await takeOrder(inState("delivered"), noRefund);
      const result = await connector().requestRefund(order.number, 500, "Scratch on the housing", "refund-1");
      expect(result).toMatchObject({ ok: true, customerId: order.customerId, refund: { amountCents: 500, status: "requested", reason: "Scratch on the housing" } });
      expect(await connector().requestRefund(order.number, 500, "Scratch on the housing", "refund-1")).toEqual(result);
      expect(await shop.connectorsWithoutLog.orders.requestRefund(order.number, 500, "Scratch on the housing", "refund-1")).toEqual(result);
      expect(await refundRows(order.id)).toHaveLength(1);
      expect(await connector().requestRefund(order.number, 600, "Scratch on the housing", "refund-1")).toEqual({ ok: false, reason: "idempotency_key_reused" });
      expect(await connector().requestRefund(order.number, order.totalCents, "Everything", "refund-2")).toEqual({
        ok: false,
        reason: "exceeds_refundable",
        refundableCents: order.totalCents - 500,
        currency: order.currency,
      });
      const status = await connector().refundStatus(order.number);
      expect(status?.refunds.map((refund) => refund.amountCents)).toEqual([500]);
    });

    it("refuses a refund where no money was taken", async () => {
      const order = await takeOrder(inState("pending_payment"));
      expect(await connector().requestRefund(order.number, 100, "Never mind", "refund-unpaid")).toEqual({ ok: false, reason: "not_refundable", state: "pending_payment" });
      await expect(connector().requestRefund(order.number, 0, "Nothing", "refund-zero")).rejects.toMatchObject({ code: "connector:invalid_request" });
    });
  });

  describe("shipping quotes", () => {
    it("quotes each method, and standard delivery free from the threshold", async () => {
      const quote = await connector().shippingQuote("nl");
      expect(quote.options.map((option) => option.method).sort()).toEqual(["express", "pickup", "standard"]);
      expect(quote.options.find((option) => option.method === "standard")).toEqual({ method: "standard", priceCents: 495, currency: "EUR", freeAboveCents: 5000, free: false, minDays: 1, maxDays: 2 });
      expect((await connector().shippingQuote("NL", "standard", 4999)).options).toEqual([expect.objectContaining({ priceCents: 495, free: false })]);
      expect((await connector().shippingQuote("NL", "standard", 5000)).options).toEqual([expect.objectContaining({ priceCents: 0, free: true })]);
      expect((await connector().shippingQuote("NL", "express", 100_000)).options).toEqual([expect.objectContaining({ priceCents: 995, free: false })]);
      expect((await connector().shippingQuote("GB", "standard")).options[0]?.currency).toBe("GBP");
    });

    it("has no options where the shop does not deliver", async () => {
      expect(await connector().shippingQuote("US")).toEqual({ country: "US", orderTotalCents: null, options: [] });
      expect((await connector().shippingQuote("GB", "pickup")).options).toEqual([]);
      expect((await connector().shippingQuote("NL", "drone")).options).toEqual([]);
      await expect(connector().shippingQuote("Netherlands")).rejects.toMatchObject({ code: "connector:invalid_request" });
    });
  });

  describe("promo codes", () => {
    it("accepts a valid code in any case and works out the discount", async () => {
      expect(await connector().checkPromoCode(" welcome10 ", "NL", 10_000)).toMatchObject({ ok: true, code: "WELCOME10", percentOff: 10, discountCents: 1000 });
      expect(await connector().checkPromoCode("KONINGSDAG", "be", 8000)).toMatchObject({ ok: true, amountOffCents: 1000, discountCents: 1000, regions: ["NL", "BE"] });
      expect(await connector().checkPromoCode("BEANS5", "FR")).toMatchObject({ ok: true, minOrderCents: 4000, discountCents: null });
    });

    it("names the one rule a code fails", async () => {
      expect(await connector().checkPromoCode("NOSUCHCODE", "NL")).toEqual({ ok: false, reason: "unknown_code" });
      expect(await connector().checkPromoCode("STAFF50", "NL")).toEqual({ ok: false, reason: "inactive" });
      expect(await connector().checkPromoCode("SUMMER20", "NL", 10_000)).toMatchObject({ ok: false, reason: "expired" });
      expect(await connector().checkPromoCode("SPRING12", "NL", 10_000)).toMatchObject({ ok: false, reason: "not_started" });
      expect(await connector().checkPromoCode("KONINGSDAG", "DE", 10_000)).toEqual({ ok: false, reason: "not_valid_in_country", regions: ["NL", "BE"] });
      expect(await connector().checkPromoCode("BEANS5", "NL", 3999)).toEqual({ ok: false, reason: "below_minimum", minOrderCents: 4000 });
      expect(await connector().checkPromoCode("", "NL")).toEqual({ ok: false, reason: "unknown_code" });
    });
  });

  describe("invoice copies", () => {
    it("finds an invoice by order or by number and links to its PDF", async () => {
      const order = await takeOrder(inState("delivered"));
      const [invoice] = await db().select().from(invoices).where(eq(invoices.orderId, order.id));
      if (!invoice) throw new Error("delivered order without invoice");
      const expected = {
        ok: true,
        invoiceNumber: invoice.number,
        customerId: order.customerId,
        orderNumber: order.number,
        amountCents: order.totalCents,
        currency: order.currency,
        issuedAt: invoice.issuedAt.toISOString(),
        url: `https://invoices.northwind.example/${invoice.number}.pdf`,
      };
      expect(await connector().sendInvoiceCopy({ orderNumber: order.number })).toEqual(expected);
      expect(await connector().sendInvoiceCopy({ invoiceNumber: invoice.number.toLowerCase() })).toEqual(expected);
    });

    it("says when there is no invoice or no such order", async () => {
      const unpaid = await takeOrder(inState("pending_payment"));
      expect(await connector().sendInvoiceCopy({ orderNumber: unpaid.number })).toEqual({ ok: false, reason: "no_invoice", state: "pending_payment" });
      expect(await connector().sendInvoiceCopy({ orderNumber: "SO-999999" })).toEqual({ ok: false, reason: "not_found" });
      expect(await connector().sendInvoiceCopy({ invoiceNumber: "INV-999999" })).toEqual({ ok: false, reason: "not_found" });
    });
  });
});

describe("built-in connectors on a database that fails", () => {
  it("report connector:unavailable with the database error as the cause", async () => {
    const database = await createTestDatabase("pglite");
    const connectors = createBuiltinConnectors(database.handle.db);
    await database.dispose();
    const failure = await connectors.orders.getOrder("SO-100001").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConnectorError);
    expect(failure).toMatchObject({ code: "connector:unavailable", operation: "orders.getOrder", retryable: true });
    expect(failure instanceof ConnectorError && failure.cause).toBeTruthy();
  });
});
