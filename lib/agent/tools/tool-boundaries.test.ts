import { describe, expect, it, vi } from "vitest";
import type { OrderDetails } from "@/lib/agent/connectors/schemas";
import type { Connectors } from "@/lib/agent/connectors/types";
import { countryOfPhone } from "./country-of-phone";
import { maskAddress, maskEmail } from "./mask-personal-data";
import { DEFAULT_AGENT_POLICY, type ToolContext } from "./tool-context";
import { TOOL_IMPLEMENTATIONS } from "./tool-implementations";

// The boundaries in code, against connectors that fail the test on any call they should not get.

const CUSTOMER = "5f0c2d8e-1111-4aaa-8bbb-000000000001";

function order(overrides: Partial<OrderDetails> = {}): OrderDetails {
  return {
    orderNumber: "SO-104233",
    customerId: CUSTOMER,
    state: "processing",
    currency: "EUR",
    totalCents: 8990,
    itemCount: 1,
    placedAt: "2026-11-15T09:00:00+00:00",
    deliveredAt: null,
    shippingCents: 0,
    shippingMethod: "standard",
    shippingAddress: { line: "Overtoom 141", city: "Amsterdam", postcode: "1054 HG", country: "NL" },
    items: [{ sku: "GR-1", name: "Aurel Grinder One", quantity: 1, unitPriceCents: 8990 }],
    payment: { method: "card", status: "captured", amountCents: 8990, cardMasked: "•••• 4242" },
    shipments: [],
    ...overrides,
  };
}

function strictConnectors(orders: Partial<Connectors["orders"]>): Connectors {
  const never = (name: string) => () => {
    throw new Error(`unexpected call to ${name}`);
  };
  return {
    customers: { findCustomerByPhone: never("findCustomerByPhone"), findCustomerByEmail: never("findCustomerByEmail"), verifyByOrderAndPostcode: never("verifyByOrderAndPostcode"), getTier: never("getTier") },
    orders: {
      findCustomerOrders: never("findCustomerOrders"),
      getOrder: never("getOrder"),
      cancelOrder: never("cancelOrder"),
      changeShippingAddress: never("changeShippingAddress"),
      startReturn: never("startReturn"),
      refundStatus: never("refundStatus"),
      requestRefund: never("requestRefund"),
      shippingQuote: never("shippingQuote"),
      checkPromoCode: never("checkPromoCode"),
      sendInvoiceCopy: never("sendInvoiceCopy"),
      ...orders,
    },
    scheduling: { listBookings: never("listBookings"), listSlots: never("listSlots"), rescheduleBooking: never("rescheduleBooking") },
    subscriptions: { listSubscriptions: never("listSubscriptions"), pause: never("pause"), resume: never("resume"), changePlan: never("changePlan") },
  };
}

function context(connectors: Connectors, key: string | null = "confirmed-key"): ToolContext {
  return {
    connectors,
    scope: { waId: "31612345678", verifiedCustomerId: CUSTOMER, verifiedBy: "phone", country: "NL", language: "en", tier: "standard" },
    policy: DEFAULT_AGENT_POLICY,
    idempotencyKey: key,
    now: new Date("2026-11-20T10:00:00Z"),
  };
}

describe("tool boundaries", () => {
  it("never calls the connector for a refund above the automatic limit, with or without a key", async () => {
    const connectors = strictConnectors({ getOrder: async () => order({ state: "delivered", deliveredAt: "2026-11-18T09:00:00+00:00" }) });
    for (const key of ["k", null]) {
      const outcome = await TOOL_IMPLEMENTATIONS.request_refund({ orderNumber: "SO-104233", reason: "broken" }, context(connectors, key));
      expect(outcome).toMatchObject({ ok: false, reason: "needs_human", message: "A refund of €89.90 needs a colleague's approval." });
    }
  });

  it("passes the confirmation key to the connector, and changes nothing without one", async () => {
    const cancelOrder = vi.fn(async (orderNumber: string) => ({ ok: true as const, orderNumber, customerId: CUSTOMER, state: "cancelled" as const, refund: null }));
    const connectors = strictConnectors({ getOrder: async () => order(), cancelOrder });
    expect(await TOOL_IMPLEMENTATIONS.cancel_order({ orderNumber: "SO-104233" }, context(connectors, null))).toMatchObject({ ok: false, reason: "not_allowed" });
    expect(cancelOrder).not.toHaveBeenCalled();
    expect(await TOOL_IMPLEMENTATIONS.cancel_order({ orderNumber: "SO-104233" }, context(connectors, "key-1"))).toMatchObject({ ok: true });
    expect(cancelOrder).toHaveBeenCalledWith("SO-104233", "key-1");
  });

  it("refuses an address change once the order left the allowed states, naming the state", async () => {
    const connectors = strictConnectors({ getOrder: async () => order({ state: "shipped" }) });
    const outcome = await TOOL_IMPLEMENTATIONS.change_shipping_address(
      { orderNumber: "SO-104233", line: "Kerkstraat 1", city: "Amsterdam", postcode: "1017 GB", country: "NL" },
      context(connectors),
    );
    expect(outcome).toEqual({
      ok: false,
      reason: "not_allowed",
      message: "The delivery address of order SO-104233 can't be changed any more: it is shipped.",
      facts: ["Order SO-104233 is shipped."],
    });
  });

  it("reports an order of another customer as not found, even when the connector returned it", async () => {
    const connectors = strictConnectors({ getOrder: async () => order({ customerId: "someone-else" }) });
    expect(await TOOL_IMPLEMENTATIONS.get_order({ orderNumber: "SO-104233" }, context(connectors))).toEqual({
      ok: false,
      reason: "not_found",
      message: "I couldn't find order SO-104233 on your account.",
    });
  });

  it("shows the card's last four digits only and a partial address", async () => {
    const connectors = strictConnectors({ getOrder: async () => order() });
    const outcome = await TOOL_IMPLEMENTATIONS.get_order({ orderNumber: "SO-104233" }, context(connectors));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.facts).toContain("Payment: card (card •••• 4242), captured.");
    expect(outcome.facts).toContain("Delivery address: Overtoom •••, 10•• •• Amsterdam, NL (standard).");
  });
});

describe("masking and countries", () => {
  it("masks e-mails and addresses partially", () => {
    expect(maskEmail("jan.de.vries@example.nl")).toBe("j•••@example.nl");
    expect(maskAddress({ line: "12 rue de la Paix", city: "Paris", postcode: "75002", country: "FR" })).toBe("••• rue de la Paix, 75••• Paris, FR");
  });

  it("reads the shop's countries from a WhatsApp number", () => {
    expect(countryOfPhone("351912345678")).toBe("PT");
    expect(countryOfPhone("+44 7700 900123")).toBe("GB");
    expect(countryOfPhone("15551230000")).toBeNull();
  });
});
