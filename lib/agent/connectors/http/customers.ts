import { customerSchema, customerTierResultSchema } from "../schemas";
import type { CustomersConnector } from "../types";
import { contractPath, type HttpClient } from "./http-client";

// Customer lookups over the company's API (CONTRACT.md, "Customers"). A 404 with the contract's
// not_found body means "no such customer" and becomes null.
export function createHttpCustomersConnector(client: HttpClient): CustomersConnector {
  const orNull = <T>(answer: { found: true; value: T } | { found: false }): T | null => (answer.found ? answer.value : null);
  return {
    findCustomerByPhone: async (waId) =>
      orNull(await client.call({ operation: "customers.findCustomerByPhone", method: "GET", path: "/customers", query: { phone: waId.trim() } }, customerSchema)),

    findCustomerByEmail: async (email) =>
      orNull(await client.call({ operation: "customers.findCustomerByEmail", method: "GET", path: "/customers", query: { email: email.trim() } }, customerSchema)),

    // A POST, so the postcode never lands in URLs and access logs.
    verifyByOrderAndPostcode: async (orderNumber, postcode) =>
      orNull(
        await client.call(
          { operation: "customers.verifyByOrderAndPostcode", method: "POST", path: "/customers/verify", body: { orderNumber: orderNumber.trim(), postcode: postcode.trim() } },
          customerSchema,
        ),
      ),

    getTier: async (customerId) =>
      orNull(await client.call({ operation: "customers.getTier", method: "GET", path: contractPath`/customers/${customerId}/tier` }, customerTierResultSchema)),
  };
}
