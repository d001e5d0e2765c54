import { parseArgument, requireCountryCode, requireIntegerInRange } from "../connector-arguments";
import { invoiceReferenceSchema } from "../schemas";
import type { OrdersConnector } from "../types";
import { isoDay } from "./calendar";
import { cancelOrder } from "./cancel-order";
import { changeShippingAddress } from "./change-shipping-address";
import { checkPromoCode } from "./check-promo-code";
import type { BuiltinContext } from "./context";
import { findCustomerOrders } from "./find-customer-orders";
import { findInvoiceCopy } from "./find-invoice-copy";
import { guardDatabase } from "./guard-database";
import { loadOrderDetails } from "./load-order-details";
import { normalizeOrderNumber } from "./normalize-identifiers";
import { quoteShipping } from "./quote-shipping";
import { loadRefundStatus } from "./refund-status";
import { requestRefund } from "./request-refund";
import { startReturn } from "./start-return";

const MAX_ORDERS = 100;
const MAX_ORDER_TOTAL_CENTS = 100_000_000;

// The demo shop's orders, payments, shipping, after-sales and billing, on our own tables. Methods are
// async throughout so that an argument error arrives as a rejected promise, like every other failure.
export function createBuiltinOrdersConnector(context: BuiltinContext): OrdersConnector {
  const { db } = context;
  const orderTotal = (operation: string, value: number | undefined) =>
    value === undefined ? undefined : requireIntegerInRange(operation, "orderTotalCents", value, 0, MAX_ORDER_TOTAL_CENTS);

  return {
    findCustomerOrders: async (customerId, limit) => {
      const count = requireIntegerInRange("orders.findCustomerOrders", "limit", limit, 1, MAX_ORDERS);
      return guardDatabase("orders.findCustomerOrders", () => findCustomerOrders(db, customerId, count));
    },

    getOrder: (orderNumber) => guardDatabase("orders.getOrder", () => loadOrderDetails(db, normalizeOrderNumber(orderNumber))),

    cancelOrder: (orderNumber, idempotencyKey) => cancelOrder(context, orderNumber, idempotencyKey),

    changeShippingAddress: (orderNumber, address, idempotencyKey) => changeShippingAddress(context, orderNumber, address, idempotencyKey),

    startReturn: (orderNumber, request, idempotencyKey) => startReturn(context, orderNumber, request, idempotencyKey),

    refundStatus: (orderNumber) => guardDatabase("orders.refundStatus", () => loadRefundStatus(db, normalizeOrderNumber(orderNumber))),

    requestRefund: (orderNumber, amountCents, reason, idempotencyKey) => requestRefund(context, orderNumber, amountCents, reason, idempotencyKey),

    shippingQuote: async (country, method, orderTotalCents) => {
      const operation = "orders.shippingQuote";
      const countryCode = requireCountryCode(operation, country);
      const total = orderTotal(operation, orderTotalCents);
      return guardDatabase(operation, () => quoteShipping(db, countryCode, method?.trim().toLowerCase(), total));
    },

    checkPromoCode: async (code, country, orderTotalCents) => {
      const operation = "orders.checkPromoCode";
      const countryCode = requireCountryCode(operation, country);
      const total = orderTotal(operation, orderTotalCents);
      // Codes are stored upper-case; customers type them any way.
      const normalizedCode = code.trim().toUpperCase();
      if (!normalizedCode) return { ok: false, reason: "unknown_code" };
      return guardDatabase(operation, () => checkPromoCode(db, isoDay(context.now()), normalizedCode, countryCode, total));
    },

    sendInvoiceCopy: async (reference) => {
      const operation = "orders.sendInvoiceCopy";
      const parsed = parseArgument(operation, "invoice reference ({ orderNumber } or { invoiceNumber })", invoiceReferenceSchema, reference);
      return guardDatabase(operation, () => findInvoiceCopy(db, parsed, context.invoiceBaseUrl));
    },
  };
}
