import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { orders, shopCustomers } from "@/lib/db/schema";
import type { Customer } from "../schemas";
import type { CustomersConnector } from "../types";
import { guardDatabase } from "./guard-database";
import { isUuid, toCustomer } from "./map-rows";
import { normalizeEmail, normalizeOrderNumber, normalizePhone, postcodeKey } from "./normalize-identifiers";

// Customer lookups on the demo shop's customer table. Finding a customer is not verifying one: the
// agent layer decides what a phone match or an order-and-postcode match is allowed to unlock.
export function createBuiltinCustomersConnector(db: Db): CustomersConnector {
  return {
    findCustomerByPhone: (waId) =>
      guardDatabase("customers.findCustomerByPhone", async () => {
        const phone = normalizePhone(waId);
        if (!phone) return null;
        const [row] = await db.select().from(shopCustomers).where(eq(shopCustomers.phone, phone)).limit(1);
        return row ? toCustomer(row) : null;
      }),

    findCustomerByEmail: (email) =>
      guardDatabase("customers.findCustomerByEmail", async () => {
        const normalized = normalizeEmail(email);
        if (!normalized) return null;
        const [row] = await db.select().from(shopCustomers).where(eq(sql`lower(${shopCustomers.email})`, normalized)).limit(1);
        return row ? toCustomer(row) : null;
      }),

    verifyByOrderAndPostcode: (orderNumber, postcode) =>
      guardDatabase("customers.verifyByOrderAndPostcode", async (): Promise<Customer | null> => {
        const given = postcodeKey(postcode);
        if (!given) return null;
        const [row] = await db
          .select({ customer: shopCustomers, shippingAddress: orders.shippingAddress })
          .from(orders)
          .innerJoin(shopCustomers, eq(shopCustomers.id, orders.customerId))
          .where(eq(orders.number, normalizeOrderNumber(orderNumber)))
          .limit(1);
        if (!row) return null;
        // Either postcode is something only the buyer is likely to know with the order number: where
        // the parcel goes (which may have been changed) or where the customer lives.
        const matches = postcodeKey(row.shippingAddress.postcode) === given || postcodeKey(row.customer.postcode) === given;
        return matches ? toCustomer(row.customer) : null;
      }),

    getTier: (customerId) =>
      guardDatabase("customers.getTier", async () => {
        if (!isUuid(customerId)) return null;
        const [row] = await db.select({ id: shopCustomers.id, tier: shopCustomers.tier }).from(shopCustomers).where(eq(shopCustomers.id, customerId)).limit(1);
        return row ? { customerId: row.id, tier: row.tier } : null;
      }),
  };
}
