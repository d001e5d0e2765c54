import { describe, expect, it } from "vitest";
import { CONVERSATION_SCRIPTS } from "./conversations";
import { generateDemoData, type DemoData } from "./generate";

// The generator without a database: ids must not move with `now`, and unusual seeds must still
// produce a complete shop.

const INBOX = { phoneNumberId: "123456789012345", displayPhoneNumber: "15551230000" };
const HASHES = new Map([["demo-admin-1234", "hash-a"], ["demo-agent-1234", "hash-b"]]);

// Days around both daylight-saving switches, a Saturday, New Year's Eve and a mid-afternoon moment.
const NOWS = ["2026-03-29T00:00:00Z", "2026-10-25T00:00:00Z", "2026-06-13T00:00:00Z", "2026-12-31T00:00:00Z", "2027-02-10T15:42:17Z"].map((iso) => new Date(iso));

function rowKeys(data: DemoData): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(data).map(([table, rows]) => [
      table,
      rows.map((row) => {
        if ("id" in row && typeof row.id === "string") return row.id;
        if ("code" in row && typeof row.code === "string") return row.code;
        if ("teamId" in row && "userId" in row) return `${String(row.teamId)}:${String(row.userId)}`;
        throw new Error(`row of ${table} has no key`);
      }),
    ]),
  );
}

describe("demo data generator", () => {
  it("gives every row the same id whatever day it runs on", () => {
    const [reference, ...others] = NOWS.map((now) => rowKeys(generateDemoData(42, now, INBOX, HASHES)));
    for (const other of others) expect(other).toEqual(reference);
  });

  it("tells every demo conversation with the default seed", () => {
    const data = generateDemoData(42, NOWS[0] ?? new Date(), INBOX, HASHES);
    expect(data.conversations).toHaveLength(CONVERSATION_SCRIPTS.length);
  });

  it("builds a complete shop for other seeds too", () => {
    for (const seed of [1, 6, 8, 2024]) {
      const data = generateDemoData(seed, NOWS[2] ?? new Date(), INBOX, HASHES);
      expect(data.shop_customers.length, `seed ${seed}`).toBeGreaterThanOrEqual(300);
      expect(data.orders.length, `seed ${seed}`).toBeGreaterThanOrEqual(1000);
      expect(data.conversations.length, `seed ${seed}`).toBeGreaterThanOrEqual(CONVERSATION_SCRIPTS.length - 3);
    }
  });

  it("gives different seeds different data", () => {
    const a = generateDemoData(1, NOWS[0] ?? new Date(), INBOX, HASHES);
    const b = generateDemoData(2, NOWS[0] ?? new Date(), INBOX, HASHES);
    expect(a.shop_customers[0]?.id).not.toEqual(b.shop_customers[0]?.id);
  });
});
