import { describe, expect, it } from "vitest";
import { DEFAULT_SEED } from "@/lib/db/seed";
import { generateDemoData } from "@/lib/db/seed/generate";
import { distinctDemoPasswords } from "@/lib/db/seed/staff";
import { DEMO_CUSTOMERS } from "./demo-customers";

const INBOX = { phoneNumberId: "123456789012345", displayPhoneNumber: "15551230000" };
const HASHES = new Map(distinctDemoPasswords().map((password) => [password, "not-a-real-hash"]));
const EXPECTED = {
  "447700900863": { language: "en", tier: "standard", orders: 1 },
  "4915226483712": { language: "de", tier: "standard", orders: 5 },
  "31624359577": { language: "nl", tier: "vip", orders: 10 },
} as const;

describe("simulator quick picks", () => {
  it.each([new Date("2026-01-15T00:00:00Z"), new Date("2026-09-01T00:00:00Z")])("match shop customers of the default demo seed (now = %s)", (now) => {
    const data = generateDemoData(DEFAULT_SEED, now, INBOX, HASHES);
    for (const pick of DEMO_CUSTOMERS) {
      const customer = data.shop_customers.find((candidate) => candidate.phone === pick.waId);
      expect(customer, `no shop customer with phone ${pick.waId}`).toBeDefined();
      expect(customer?.name).toBe(pick.profileName);
      const expected = EXPECTED[pick.waId];
      expect(customer?.language).toBe(expected.language);
      expect(customer?.tier).toBe(expected.tier);
      expect(data.orders.filter((order) => order.customerId === customer?.id)).toHaveLength(expected.orders);
    }
  });
});
