import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orders, shopCustomers, type ShopCustomer } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/testing/databases";
import { customerSchema } from "../schemas";
import { createSeededTestShop, type SeededTestShop } from "./seeded-test-shop";

describe.each(testDatabaseKinds())("built-in customers connector on %s", (kind) => {
  let shop: SeededTestShop;
  let customer: ShopCustomer;
  let orderNumber: string;

  beforeAll(async () => {
    shop = await createSeededTestShop(kind);
    const db = shop.database.handle.db;
    const [row] = await db.select({ customer: shopCustomers, number: orders.number }).from(orders).innerJoin(shopCustomers, eq(shopCustomers.id, orders.customerId)).orderBy(orders.number).limit(1);
    if (!row) throw new Error("seed has no orders");
    customer = row.customer;
    orderNumber = row.number;
  });

  afterAll(async () => {
    await shop?.database.dispose();
  });

  const customers = () => shop.connectors.customers;

  it("finds a customer by WhatsApp id, however the number is written, and says who it is", async () => {
    const found = await customers().findCustomerByPhone(customer.phone);
    expect(customerSchema.parse(found)).toMatchObject({ customerId: customer.id, name: customer.name, tier: customer.tier, country: customer.country });
    expect(found?.address?.postcode).toBe(customer.postcode);
    expect((await customers().findCustomerByPhone(`+${customer.phone.slice(0, 2)} ${customer.phone.slice(2)}`))?.customerId).toBe(customer.id);
    expect(await customers().findCustomerByPhone("15550000000")).toBeNull();
    expect(await customers().findCustomerByPhone("")).toBeNull();
  });

  it("finds a customer by email without regard to case or spaces", async () => {
    expect((await customers().findCustomerByEmail(`  ${customer.email.toUpperCase()} `))?.customerId).toBe(customer.id);
    expect(await customers().findCustomerByEmail("nobody@example.invalid")).toBeNull();
  });

  it("verifies an order number with the postcode it ships to, and nothing less", async () => {
    const spaced = customer.postcode.toLowerCase().replace(/\s/g, "");
    expect((await customers().verifyByOrderAndPostcode(orderNumber, customer.postcode))?.customerId).toBe(customer.id);
    expect((await customers().verifyByOrderAndPostcode(orderNumber.toLowerCase().replace("-", " "), spaced))?.customerId).toBe(customer.id);
    expect(await customers().verifyByOrderAndPostcode(orderNumber, "0000 XX")).toBeNull();
    expect(await customers().verifyByOrderAndPostcode("SO-999999", customer.postcode)).toBeNull();
    expect(await customers().verifyByOrderAndPostcode(orderNumber, "  ")).toBeNull();
  });

  it("reads a customer's tier, and nothing for an unknown or malformed id", async () => {
    expect(await customers().getTier(customer.id)).toEqual({ customerId: customer.id, tier: customer.tier });
    expect(await customers().getTier("00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await customers().getTier("not-a-uuid")).toBeNull();
  });
});
