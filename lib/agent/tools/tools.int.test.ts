import { and, asc, eq, gt, lte, ne, sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConnectorError } from "@/lib/agent/connectors/connector-error";
import { createSeededTestShop, TEST_NOW, type SeededTestShop } from "@/lib/agent/connectors/builtin/seeded-test-shop";
import type { Connectors } from "@/lib/agent/connectors/types";
import type { Db } from "@/lib/db/client";
import { bookings, invoices, orders, refunds, shopCustomers, subscriptions, type Order, type ShopCustomer } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/testing/databases";
import { DEFAULT_AGENT_POLICY, type ToolContext } from "./tool-context";
import { TOOL_IMPLEMENTATIONS } from "./tool-implementations";
import type { ToolOutcome } from "./tool-outcome";

// The tools against the seeded demo shop and the built-in connectors: identity, ownership,
// confirmation, thresholds and failures are enforced here, whatever the model asks for.

const CARD_LIKE = /(?<!\d)\d{13,19}(?!\d)/;
const FULL_EMAIL = /[A-Za-z0-9._%+-]{2,}@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

describe.each(testDatabaseKinds())("agent tools on %s", (kind) => {
  let shop: SeededTestShop;
  const used = new Set<string>();

  beforeAll(async () => {
    shop = await createSeededTestShop(kind);
  });

  afterAll(async () => {
    await shop?.database.dispose();
  });

  const db = (): Db => shop.database.handle.db;

  function contextFor(customer: ShopCustomer | null, options: { key?: string; connectors?: Connectors } = {}): ToolContext {
    return {
      connectors: options.connectors ?? shop.connectors,
      scope: {
        waId: customer?.phone ?? "31600000000",
        verifiedCustomerId: customer?.id ?? null,
        verifiedBy: customer ? "phone" : null,
        country: customer?.country ?? null,
        language: "en",
        tier: customer?.tier ?? "standard",
      },
      policy: DEFAULT_AGENT_POLICY,
      idempotencyKey: options.key ?? null,
      now: TEST_NOW,
    };
  }

  // Each test takes its own order so no test depends on what another one changed.
  async function takeOrder(...conditions: SQL[]): Promise<{ order: Order; customer: ShopCustomer }> {
    const rows = await db()
      .select({ order: orders, customer: shopCustomers })
      .from(orders)
      .innerJoin(shopCustomers, eq(shopCustomers.id, orders.customerId))
      .where(and(...conditions))
      .orderBy(asc(orders.number))
      .limit(300);
    const row = rows.find((candidate) => !used.has(candidate.order.number));
    if (!row) throw new Error("no unused order matches");
    used.add(row.order.number);
    return row;
  }

  async function anotherCustomer(than: string): Promise<ShopCustomer> {
    const [other] = await db().select().from(shopCustomers).where(ne(shopCustomers.id, than)).orderBy(asc(shopCustomers.email)).limit(1);
    if (!other) throw new Error("only one customer");
    return other;
  }

  const refundCount = async (orderId: string) => (await db().select().from(refunds).where(eq(refunds.orderId, orderId))).length;
  const stateOf = async (number: string) => (await db().select({ state: orders.state }).from(orders).where(eq(orders.number, number)))[0]?.state;

  function expectCustomerSafe(outcome: ToolOutcome<unknown>) {
    const said = JSON.stringify(outcome);
    expect(said).not.toMatch(CARD_LIKE);
    expect(said).not.toMatch(FULL_EMAIL);
  }

  describe("reading", () => {
    it("reads the verified customer's own order, with masked address and card", async () => {
      const { order, customer } = await takeOrder(eq(orders.state, "shipped"));
      const outcome = await TOOL_IMPLEMENTATIONS.get_order({ orderNumber: order.number }, contextFor(customer));
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      expect(outcome.data).toMatchObject({ orderNumber: order.number, state: "shipped", totalCents: order.totalCents });
      expect(JSON.stringify(outcome.data)).not.toContain(order.shippingAddress.line);
      expect(JSON.stringify(outcome.data)).not.toContain("customerId");
      expect(outcome.facts.join(" ")).toContain(order.number);
      expectCustomerSafe(outcome);
    });

    it("reports another customer's order exactly like one that does not exist", async () => {
      const { order, customer } = await takeOrder(eq(orders.state, "delivered"));
      const stranger = await anotherCustomer(customer.id);
      const foreign = await TOOL_IMPLEMENTATIONS.get_order({ orderNumber: order.number }, contextFor(stranger));
      const missing = await TOOL_IMPLEMENTATIONS.get_order({ orderNumber: "SO-999999" }, contextFor(stranger));
      expect(foreign).toEqual({ ok: false, reason: "not_found", message: `I couldn't find order ${order.number} on your account.` });
      expect(missing).toEqual({ ok: false, reason: "not_found", message: "I couldn't find order SO-999999 on your account." });
      for (const tool of ["track_shipment", "refund_status", "send_invoice_copy"] as const) {
        expect(await TOOL_IMPLEMENTATIONS[tool]({ orderNumber: order.number }, contextFor(stranger))).toMatchObject({ ok: false, reason: "not_found" });
      }
    });

    it("refuses every customer-data tool until the customer is verified", async () => {
      const { order } = await takeOrder(eq(orders.state, "processing"));
      const unverified = contextFor(null, { key: "key-unverified" });
      const calls: [keyof typeof TOOL_IMPLEMENTATIONS, unknown][] = [
        ["list_orders", {}],
        ["get_order", { orderNumber: order.number }],
        ["track_shipment", { orderNumber: order.number }],
        ["cancel_order", { orderNumber: order.number }],
        ["refund_status", { orderNumber: order.number }],
        ["request_refund", { orderNumber: order.number, reason: "test" }],
        ["list_bookings", {}],
        ["list_subscriptions", {}],
        ["send_invoice_copy", { orderNumber: order.number }],
      ];
      for (const [tool, input] of calls) {
        expect(await TOOL_IMPLEMENTATIONS[tool](input, unverified), tool).toMatchObject({ ok: false, reason: "not_verified" });
      }
      expect(await stateOf(order.number)).toBe("processing");
    });

    it("lists only the customer's own orders, newest first", async () => {
      const { customer } = await takeOrder(eq(orders.state, "delivered"));
      const outcome = await TOOL_IMPLEMENTATIONS.list_orders({ limit: 10 }, contextFor(customer));
      if (!outcome.ok) throw new Error(outcome.message);
      const own = await db().select({ number: orders.number }).from(orders).where(eq(orders.customerId, customer.id));
      const ownNumbers = new Set(own.map((row) => row.number));
      const listed = (outcome.data as { orders: { orderNumber: string; placedAt: string }[] }).orders;
      expect(listed.length).toBe(Math.min(10, own.length));
      expect(listed.every((row) => ownNumbers.has(row.orderNumber))).toBe(true);
    });

    it("sends an invoice link only for the customer's own invoice", async () => {
      const [invoice] = await db()
        .select({ number: invoices.number, customerId: invoices.customerId })
        .from(invoices)
        .where(sql`${invoices.orderId} is not null`)
        .orderBy(asc(invoices.number))
        .limit(1);
      if (!invoice) throw new Error("no invoice");
      const [owner] = await db().select().from(shopCustomers).where(eq(shopCustomers.id, invoice.customerId));
      if (!owner) throw new Error("no owner");
      const own = await TOOL_IMPLEMENTATIONS.send_invoice_copy({ invoiceNumber: invoice.number }, contextFor(owner));
      expect(own).toMatchObject({ ok: true, data: { invoiceNumber: invoice.number } });
      const stranger = await anotherCustomer(owner.id);
      expect(await TOOL_IMPLEMENTATIONS.send_invoice_copy({ invoiceNumber: invoice.number }, contextFor(stranger))).toEqual({
        ok: false,
        reason: "not_found",
        message: `I couldn't find invoice ${invoice.number} on your account.`,
      });
    });

    it("quotes shipping and checks promo codes without identity", async () => {
      const quote = await TOOL_IMPLEMENTATIONS.shipping_quote({ country: "nl" }, contextFor(null));
      expect(quote).toMatchObject({ ok: true, data: { country: "NL" } });
      const promo = await TOOL_IMPLEMENTATIONS.check_promo_code({ code: "no-such-code" }, contextFor(null));
      expect(promo).toMatchObject({ ok: true, data: { valid: false, code: "NO-SUCH-CODE", problem: "unknown_code" } });
    });
  });

  describe("identifying", () => {
    it("verifies by the whole e-mail address, in any case, and by order number with a postcode typed loosely", async () => {
      const { order, customer } = await takeOrder(eq(orders.state, "delivered"));
      const byEmail = await TOOL_IMPLEMENTATIONS.identify_customer({ email: customer.email.toUpperCase() }, contextFor(null));
      expect(byEmail).toMatchObject({ ok: true, data: { customerId: customer.id, by: "email" } });
      expectCustomerSafe(byEmail);

      const loose = order.shippingAddress.postcode.replace(/\s+/g, "").toLowerCase();
      const byOrder = await TOOL_IMPLEMENTATIONS.identify_customer({ orderNumber: order.number, postcode: loose }, contextFor(null));
      expect(byOrder).toMatchObject({ ok: true, data: { customerId: customer.id, by: "order_postcode" } });
    });

    it("says only that the details could not be verified when any of them is wrong", async () => {
      const { order, customer } = await takeOrder(eq(orders.state, "delivered"));
      const stranger = await anotherCustomer(customer.id);
      const attempts = [
        { email: customer.email.replace("@", "x@") },
        { email: customer.email.slice(0, -1) },
        { orderNumber: order.number, postcode: "0000 ZZ" },
        { email: stranger.email, orderNumber: order.number, postcode: order.shippingAddress.postcode },
      ];
      const outcomes = await Promise.all(attempts.map((input) => TOOL_IMPLEMENTATIONS.identify_customer(input, contextFor(null))));
      for (const outcome of outcomes) expect(outcome).toMatchObject({ ok: false, reason: "not_found" });
      expect(new Set(outcomes.map((outcome) => JSON.stringify(outcome))).size).toBe(1);
      expect(await TOOL_IMPLEMENTATIONS.identify_customer({ orderNumber: order.number }, contextFor(null))).toMatchObject({ ok: false, reason: "invalid" });
    });
  });

  describe("changing", () => {
    it("refuses to cancel without the confirmation key and changes nothing", async () => {
      const { order, customer } = await takeOrder(eq(orders.state, "processing"));
      const outcome = await TOOL_IMPLEMENTATIONS.cancel_order({ orderNumber: order.number }, contextFor(customer));
      expect(outcome).toMatchObject({ ok: false, reason: "not_allowed" });
      expect(await stateOf(order.number)).toBe("processing");
    });

    it("cancels with the key once; the same key again returns the same result without a second change", async () => {
      const { order, customer } = await takeOrder(eq(orders.state, "paid"));
      const ctx = contextFor(customer, { key: `cancel-${order.number}` });
      const first = await TOOL_IMPLEMENTATIONS.cancel_order({ orderNumber: order.number }, ctx);
      expect(first).toMatchObject({ ok: true, data: { orderNumber: order.number, state: "cancelled" } });
      const refundsAfterFirst = await refundCount(order.id);
      const second = await TOOL_IMPLEMENTATIONS.cancel_order({ orderNumber: order.number }, ctx);
      expect(second).toEqual(first);
      expect(await stateOf(order.number)).toBe("cancelled");
      expect(await refundCount(order.id)).toBe(refundsAfterFirst);
      // A new confirmation for an order that is already cancelled changes nothing either.
      await TOOL_IMPLEMENTATIONS.cancel_order({ orderNumber: order.number }, contextFor(customer, { key: "another-key" }));
      expect(await stateOf(order.number)).toBe("cancelled");
      expect(await refundCount(order.id)).toBe(refundsAfterFirst);
    });

    it("refuses to cancel an order outside the cancellable states and says which state it is in", async () => {
      const { order, customer } = await takeOrder(eq(orders.state, "shipped"));
      const outcome = await TOOL_IMPLEMENTATIONS.cancel_order({ orderNumber: order.number }, contextFor(customer, { key: "k-shipped" }));
      expect(outcome).toMatchObject({ ok: false, reason: "not_allowed" });
      if (!outcome.ok) expect(outcome.message).toContain("shipped");
    });

    it("never cancels another customer's order, even with a key", async () => {
      const { order, customer } = await takeOrder(eq(orders.state, "processing"));
      const stranger = await anotherCustomer(customer.id);
      const outcome = await TOOL_IMPLEMENTATIONS.cancel_order({ orderNumber: order.number }, contextFor(stranger, { key: "k-foreign" }));
      expect(outcome).toMatchObject({ ok: false, reason: "not_found" });
      expect(await stateOf(order.number)).toBe("processing");
    });

    it("hands a refund above the automatic limit to a person without recording a refund", async () => {
      const { order, customer } = await takeOrder(eq(orders.state, "delivered"), gt(orders.totalCents, DEFAULT_AGENT_POLICY.maxAutoRefundCents));
      const before = await refundCount(order.id);
      const whole = await TOOL_IMPLEMENTATIONS.request_refund({ orderNumber: order.number, reason: "Changed my mind" }, contextFor(customer, { key: "k-refund" }));
      expect(whole).toMatchObject({ ok: false, reason: "needs_human" });
      const partial = await TOOL_IMPLEMENTATIONS.request_refund(
        { orderNumber: order.number, amountCents: DEFAULT_AGENT_POLICY.maxAutoRefundCents + 1, reason: "Changed my mind" },
        contextFor(customer, { key: "k-refund-2" }),
      );
      expect(partial).toMatchObject({ ok: false, reason: "needs_human" });
      expect(await refundCount(order.id)).toBe(before);
    });

    it("records a small refund with the key, once", async () => {
      const { order, customer } = await takeOrder(eq(orders.state, "delivered"), sql`not exists (select 1 from refunds r where r.order_id = ${orders.id})`);
      const ctx = contextFor(customer, { key: `refund-${order.number}` });
      const input = { orderNumber: order.number, amountCents: 1000, reason: "Scratched lid" };
      const first = await TOOL_IMPLEMENTATIONS.request_refund(input, ctx);
      expect(first).toMatchObject({ ok: true, data: { refund: { amountCents: 1000, status: "requested" } } });
      expect(await TOOL_IMPLEMENTATIONS.request_refund(input, ctx)).toEqual(first);
      expect(await refundCount(order.id)).toBe(1);
    });

    it("refuses a return outside the return window", async () => {
      const windowStart = new Date(TEST_NOW.getTime() - (DEFAULT_AGENT_POLICY.returnWindowDays + 1) * 86_400_000);
      const { order, customer } = await takeOrder(eq(orders.state, "delivered"), lte(orders.deliveredAt, windowStart));
      const outcome = await TOOL_IMPLEMENTATIONS.start_return({ orderNumber: order.number, kind: "return", reason: "Too big" }, contextFor(customer, { key: "k-late" }));
      expect(outcome).toMatchObject({ ok: false, reason: "not_allowed" });
      expect(await stateOf(order.number)).toBe("delivered");
    });

    it("reports someone else's booking and subscription like missing ones", async () => {
      const [bookingRow] = await db().select().from(bookings).where(eq(bookings.status, "confirmed")).orderBy(asc(bookings.reference)).limit(1);
      const [subscriptionRow] = await db().select().from(subscriptions).where(eq(subscriptions.status, "active")).orderBy(asc(subscriptions.reference)).limit(1);
      if (!bookingRow || !subscriptionRow) throw new Error("no booking or subscription");
      const [notOwner] = await db()
        .select()
        .from(shopCustomers)
        .where(and(ne(shopCustomers.id, bookingRow.customerId), ne(shopCustomers.id, subscriptionRow.customerId)))
        .orderBy(asc(shopCustomers.email))
        .limit(1);
      if (!notOwner) throw new Error("no third customer");
      const ctx = contextFor(notOwner, { key: "k-foreign-2" });
      expect(await TOOL_IMPLEMENTATIONS.reschedule_appointment({ bookingReference: bookingRow.reference, slotId: bookingRow.slotId }, ctx)).toMatchObject({ ok: false, reason: "not_found" });
      expect(await TOOL_IMPLEMENTATIONS.pause_subscription({ subscriptionReference: subscriptionRow.reference }, ctx)).toMatchObject({ ok: false, reason: "not_found" });
    });

    it("pauses a subscription once per key", async () => {
      const [row] = await db().select().from(subscriptions).where(eq(subscriptions.status, "active")).orderBy(asc(subscriptions.reference)).offset(3).limit(1);
      if (!row) throw new Error("no active subscription");
      const [owner] = await db().select().from(shopCustomers).where(eq(shopCustomers.id, row.customerId));
      if (!owner) throw new Error("no owner");
      expect(await TOOL_IMPLEMENTATIONS.pause_subscription({ subscriptionReference: row.reference }, contextFor(owner))).toMatchObject({ ok: false, reason: "not_allowed" });
      const ctx = contextFor(owner, { key: `pause-${row.reference}` });
      const first = await TOOL_IMPLEMENTATIONS.pause_subscription({ subscriptionReference: row.reference }, ctx);
      expect(first).toMatchObject({ ok: true, data: { subscription: { reference: row.reference, status: "paused" } } });
      expect(await TOOL_IMPLEMENTATIONS.pause_subscription({ subscriptionReference: row.reference }, ctx)).toEqual(first);
    });
  });

  describe("failing", () => {
    it("turns a connector failure into an honest integration_error", async () => {
      const { order, customer } = await takeOrder(eq(orders.state, "shipped"));
      const broken = (error: Error): Connectors => ({
        ...shop.connectors,
        orders: {
          ...shop.connectors.orders,
          getOrder: async () => {
            throw error;
          },
        },
      });
      for (const error of [new ConnectorError("connector:timeout", "orders.getOrder", "timed out"), new Error("socket hang up")]) {
        const outcome = await TOOL_IMPLEMENTATIONS.get_order({ orderNumber: order.number }, contextFor(customer, { connectors: broken(error) }));
        expect(outcome).toMatchObject({ ok: false, reason: "integration_error", message: "I can't access your order details right now." });
        const cancel = await TOOL_IMPLEMENTATIONS.cancel_order({ orderNumber: order.number }, contextFor(customer, { key: "k-broken", connectors: broken(error) }));
        expect(cancel).toMatchObject({ ok: false, reason: "integration_error" });
      }
    });

    it("refuses malformed input before any system is asked", async () => {
      const outcome = await TOOL_IMPLEMENTATIONS.get_order({ orderNumber: "104233" }, contextFor(null));
      expect(outcome).toMatchObject({ ok: false, reason: "invalid" });
    });
  });
});
