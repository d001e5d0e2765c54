import {
  parseArgument,
  requireCountryCode,
  requireIdempotencyKey,
  requireIntegerInRange,
  requireText,
} from "../connector-arguments";
import {
  addressSchema,
  cancelOrderResultSchema,
  changeShippingAddressResultSchema,
  invoiceCopyResultSchema,
  invoiceReferenceSchema,
  orderDetailsSchema,
  orderListSchema,
  promoCodeCheckSchema,
  refundStatusSchema,
  requestRefundResultSchema,
  returnRequestSchema,
  shippingQuoteSchema,
  startReturnResultSchema,
} from "../schemas";
import type { OrdersConnector } from "../types";
import { contractPath, type HttpClient } from "./http-client";

const MAX_ORDERS = 100;
const MAX_CENTS = 100_000_000;
const NOT_FOUND = { ok: false, reason: "not_found" } as const;

// Orders, after-sales and billing over the company's API (CONTRACT.md, "Orders"). Arguments are
// checked as the built-in connector checks them, before any request leaves; data-changing calls
// send their idempotency key in the Idempotency-Key header.
export function createHttpOrdersConnector(client: HttpClient): OrdersConnector {
  return {
    async findCustomerOrders(customerId, limit) {
      const operation = "orders.findCustomerOrders";
      const count = requireIntegerInRange(operation, "limit", limit, 1, MAX_ORDERS);
      const answer = await client.call({ operation, method: "GET", path: contractPath`/customers/${customerId}/orders`, query: { limit: count } }, orderListSchema);
      return answer.found ? answer.value.orders : [];
    },

    async getOrder(orderNumber) {
      const answer = await client.call({ operation: "orders.getOrder", method: "GET", path: contractPath`/orders/${orderNumber.trim()}` }, orderDetailsSchema);
      return answer.found ? answer.value : null;
    },

    async cancelOrder(orderNumber, idempotencyKey) {
      const operation = "orders.cancelOrder";
      const key = requireIdempotencyKey(operation, idempotencyKey);
      const answer = await client.call({ operation, method: "POST", path: contractPath`/orders/${orderNumber.trim()}/cancel`, body: {}, idempotencyKey: key }, cancelOrderResultSchema);
      return answer.found ? answer.value : NOT_FOUND;
    },

    async changeShippingAddress(orderNumber, address, idempotencyKey) {
      const operation = "orders.changeShippingAddress";
      const key = requireIdempotencyKey(operation, idempotencyKey);
      const body = { address: parseArgument(operation, "address", addressSchema, address) };
      const answer = await client.call(
        { operation, method: "POST", path: contractPath`/orders/${orderNumber.trim()}/shipping-address`, body, idempotencyKey: key },
        changeShippingAddressResultSchema,
      );
      return answer.found ? answer.value : NOT_FOUND;
    },

    async startReturn(orderNumber, request, idempotencyKey) {
      const operation = "orders.startReturn";
      const key = requireIdempotencyKey(operation, idempotencyKey);
      const body = parseArgument(operation, "return request", returnRequestSchema, request);
      const answer = await client.call({ operation, method: "POST", path: contractPath`/orders/${orderNumber.trim()}/returns`, body, idempotencyKey: key }, startReturnResultSchema);
      return answer.found ? answer.value : NOT_FOUND;
    },

    async refundStatus(orderNumber) {
      const answer = await client.call({ operation: "orders.refundStatus", method: "GET", path: contractPath`/orders/${orderNumber.trim()}/refunds` }, refundStatusSchema);
      return answer.found ? answer.value : null;
    },

    async requestRefund(orderNumber, amountCents, reason, idempotencyKey) {
      const operation = "orders.requestRefund";
      const key = requireIdempotencyKey(operation, idempotencyKey);
      const body = { amountCents: requireIntegerInRange(operation, "amountCents", amountCents, 1, MAX_CENTS), reason: requireText(operation, "reason", reason) };
      const answer = await client.call({ operation, method: "POST", path: contractPath`/orders/${orderNumber.trim()}/refunds`, body, idempotencyKey: key }, requestRefundResultSchema);
      return answer.found ? answer.value : NOT_FOUND;
    },

    async shippingQuote(country, method, orderTotalCents) {
      const operation = "orders.shippingQuote";
      const countryCode = requireCountryCode(operation, country);
      const total = orderTotalCents === undefined ? undefined : requireIntegerInRange(operation, "orderTotalCents", orderTotalCents, 0, MAX_CENTS);
      const answer = await client.call(
        { operation, method: "GET", path: "/shipping-quotes", query: { country: countryCode, method: method?.trim().toLowerCase(), orderTotalCents: total } },
        shippingQuoteSchema,
      );
      // A system that answers "not found" for a country it does not serve means: no options.
      return answer.found ? answer.value : { country: countryCode, orderTotalCents: total ?? null, options: [] };
    },

    async checkPromoCode(code, country, orderTotalCents) {
      const operation = "orders.checkPromoCode";
      const countryCode = requireCountryCode(operation, country);
      const total = orderTotalCents === undefined ? undefined : requireIntegerInRange(operation, "orderTotalCents", orderTotalCents, 0, MAX_CENTS);
      const trimmed = code.trim();
      if (!trimmed) return { ok: false, reason: "unknown_code" };
      const answer = await client.call({ operation, method: "GET", path: contractPath`/promo-codes/${trimmed}`, query: { country: countryCode, orderTotalCents: total } }, promoCodeCheckSchema);
      return answer.found ? answer.value : { ok: false, reason: "unknown_code" };
    },

    async sendInvoiceCopy(reference) {
      const operation = "orders.sendInvoiceCopy";
      const parsed = parseArgument(operation, "invoice reference ({ orderNumber } or { invoiceNumber })", invoiceReferenceSchema, reference);
      const path = "invoiceNumber" in parsed ? contractPath`/invoices/${parsed.invoiceNumber.trim()}` : contractPath`/orders/${parsed.orderNumber.trim()}/invoice`;
      const answer = await client.call({ operation, method: "GET", path }, invoiceCopyResultSchema);
      return answer.found ? answer.value : NOT_FOUND;
    },
  };
}
