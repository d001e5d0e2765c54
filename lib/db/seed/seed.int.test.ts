import { sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ORDER_STATES } from "@/lib/db/schema";
import { queryRows } from "@/lib/db/sql-rows";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { DemoDataPresentError, isDemoDataPresent, seedDemoData, type SeedSummary } from "./index";

// Two fresh databases, the same seed, two different days (one in winter time, one in summer time,
// one at midnight and one mid-morning): everything but the dates must come out identical.
const FIRST_NOW = new Date("2026-03-15T00:00:00Z");
const SECOND_NOW = new Date("2026-07-01T09:30:00Z");

const ORDERED_IDS: Record<string, SQL> = {
  customers: sql`select id from shop_customers order by email`,
  orders: sql`select id from orders order by number`,
  articles: sql`select id from knowledge_articles order by slug`,
  conversations: sql`select c.id from conversations c join contacts k on k.id = c.contact_id order by k.wa_id, c.created_at`,
  messages: sql`select id from messages order by wa_message_id`,
  invoices: sql`select id from invoices order by number`,
};

const POSTCODE_FORMATS: Record<string, RegExp> = {
  NL: /^\d{4} [A-Z]{2}$/,
  BE: /^\d{4}$/,
  FR: /^\d{5}$/,
  DE: /^\d{5}$/,
  ES: /^\d{5}$/,
  PT: /^\d{4}-\d{3}$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/,
  IE: /^[A-Z]\d[\dW] [0-9ACDEFHKNPRTVWXY]{4}$/,
};

describe.each(testDatabaseKinds())("demo data on %s", (kind) => {
  let first: TestDatabase | undefined;
  let second: TestDatabase | undefined;
  let summary: SeedSummary | undefined;
  let secondSummary: SeedSummary | undefined;
  let presentBefore: boolean | undefined;

  beforeAll(async () => {
    first = await createTestDatabase(kind);
    second = await createTestDatabase(kind);
    presentBefore = await isDemoDataPresent(first.handle.db);
    summary = await seedDemoData(first.handle.db, { now: FIRST_NOW });
    secondSummary = await seedDemoData(second.handle.db, { now: SECOND_NOW });
  });

  afterAll(async () => {
    await first?.dispose();
    await second?.dispose();
  });

  const db = (database: TestDatabase | undefined) => {
    if (!database) throw new Error("database not created");
    return database.handle.db;
  };
  const rows = <T extends Record<string, unknown>>(database: TestDatabase | undefined, query: SQL) => queryRows<T>(db(database), query);
  const number = async (query: SQL) => Number((await rows<{ n: number | string }>(first, query))[0]?.n);

  it("knows when the demo shop is loaded and refuses to load it twice", async () => {
    expect(presentBefore).toBe(false);
    expect(await isDemoDataPresent(db(first))).toBe(true);
    await expect(seedDemoData(db(first))).rejects.toBeInstanceOf(DemoDataPresentError);
  });

  it("produces the same ids and counts for the same seed, whatever `now` is", async () => {
    expect(secondSummary?.counts).toEqual(summary?.counts);
    for (const [name, query] of Object.entries(ORDERED_IDS)) {
      const a = await rows<{ id: string }>(first, query);
      const b = await rows<{ id: string }>(second, query);
      expect(a.length, name).toBeGreaterThan(0);
      expect(b.map((r) => r.id), name).toEqual(a.map((r) => r.id));
    }
  });

  it("reports the counts that are in the database", async () => {
    for (const [table, expected] of Object.entries(summary?.counts ?? {})) {
      expect(await number(sql`select count(*) as n from ${sql.identifier(table)}`), table).toBe(expected);
    }
    expect(summary?.accounts.map((a) => a.email)).toEqual(["admin@demo.local", "ana@demo.local", "ben@demo.local"]);
  });

  it("meets the minimum sizes", () => {
    const counts = summary?.counts;
    expect(counts?.shop_customers).toBeGreaterThanOrEqual(300);
    expect(counts?.orders).toBeGreaterThanOrEqual(1000);
    expect(counts?.products).toBeGreaterThanOrEqual(35);
    expect(counts?.knowledge_articles).toBeGreaterThanOrEqual(30);
    expect(counts?.knowledge_article_versions).toBe(counts?.knowledge_articles);
    expect(counts?.promo_codes).toBeGreaterThanOrEqual(8);
    expect(counts?.shipping_rates).toBe(21);
    expect(counts?.bookings).toBeGreaterThanOrEqual(100);
    expect(counts?.subscriptions).toBeGreaterThanOrEqual(140);
    expect(counts?.conversations).toBeGreaterThanOrEqual(25);
    expect(counts?.escalation_rules).toBeGreaterThanOrEqual(9);
  });

  it("has orders in every state, each totalling its items plus shipping", async () => {
    const states = await rows<{ state: string }>(first, sql`select distinct state from orders`);
    expect(states.map((s) => s.state).sort()).toEqual([...ORDER_STATES].sort());
    expect(
      await number(sql`
        select count(*) as n from orders o
        where o.total_cents <> o.shipping_cents
          + coalesce((select sum(i.quantity * i.unit_price_cents) from order_items i where i.order_id = o.id), 0)`),
    ).toBe(0);
    expect(await number(sql`select count(*) as n from orders where state in ('delivered', 'returned', 'refunded') and delivered_at is null`)).toBe(0);
    expect(await number(sql`select count(*) as n from shipments where status = 'lost'`)).toBeGreaterThan(0);
  });

  it("keeps tracking events in order and inside each shipment's life", async () => {
    const outOfRange = await number(sql`
      select count(*) as n from (
        select s.id, count(e.id) as events, min(e.at) as first_at from shipments s join tracking_events e on e.shipment_id = s.id
        group by s.id, s.created_at having count(e.id) not between 2 and 6 or min(e.at) < s.created_at
      ) bad`);
    expect(outOfRange).toBe(0);
  });

  it("writes local postcodes and WhatsApp-ready phone numbers", async () => {
    const customers = await rows<{ country: string; postcode: string; phone: string }>(first, sql`select country, postcode, phone from shop_customers`);
    for (const customer of customers) {
      expect(customer.postcode, customer.country).toMatch(POSTCODE_FORMATS[customer.country] ?? /^$/);
      expect(customer.phone).toMatch(/^[1-9]\d{9,14}$/);
    }
  });

  it("has future-dated, expired and region-limited articles next to the published ones", async () => {
    const today = FIRST_NOW.toISOString().slice(0, 10);
    expect(await number(sql`select count(*) as n from knowledge_articles where status = 'published' and effective_from > ${today}`)).toBeGreaterThanOrEqual(1);
    expect(await number(sql`select count(*) as n from knowledge_articles where status = 'published' and effective_until < ${today}`)).toBeGreaterThanOrEqual(1);
    expect(await number(sql`select count(*) as n from knowledge_articles where status = 'published' and cardinality(regions) > 0`)).toBeGreaterThanOrEqual(1);
    expect(await number(sql`select count(distinct locale) as n from knowledge_articles where status = 'published'`)).toBe(6);
  });

  it("keeps conversations consistent with their messages and the 24-hour window", async () => {
    expect(await number(sql`select count(*) as n from conversations where window_expires_at <> last_customer_message_at + interval '24 hours'`)).toBe(0);
    expect(
      await number(sql`
        select count(*) as n from conversations c
        where c.last_message_at <> (select max(m.sent_at) from messages m where m.conversation_id = c.id)
           or c.last_customer_message_at <> (select max(m.sent_at) from messages m where m.conversation_id = c.id and m.direction = 'inbound')`),
    ).toBe(0);
    expect(await number(sql`select count(*) as n from conversations where status = 'open' and owner = 'human' and window_expires_at < ${FIRST_NOW.toISOString()}`)).toBeGreaterThanOrEqual(1);
    expect(await number(sql`select count(*) as n from handoffs where status = 'waiting'`)).toBeGreaterThanOrEqual(1);
    expect(await number(sql`select count(*) as n from contacts where shop_customer_id is null`)).toBe(0);
    // A returning customer may have old resolved conversations, but only one live one.
    expect(await number(sql`select count(*) as n from (select contact_id from conversations where status <> 'resolved' group by contact_id having count(*) > 1) live`)).toBe(0);
  });
});
