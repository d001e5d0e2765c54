import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { agentTurns, auditEvents, conversations, csatSurveys, handoffs, orders, refunds, settings, shopCustomers } from "@/lib/db/schema";
import { queryRows } from "@/lib/db/sql-rows";
import { insertContact, insertConversation, insertHandoff, insertInbox, insertMessage } from "@/lib/testing/console-read-fixtures";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { CORRECTNESS_WINDOW_SETTING } from "@/lib/validation/metrics";
import type { MetricsScope } from "./conversation-facts";
import { getMetricsSummary } from "./get-metrics-summary";
import { listMetricConversations } from "./list-metric-conversations";
import { refreshMetricFacts } from "./refresh-metric-facts";

// Invalidation of the facts rollup (conversation_metric_facts, migration 0011): every source of
// change a figure depends on marks the conversation stale, and the next read shows the new number.
// Each test builds its own inbox on its own day, so the tests do not see each other's rows.
const at = (iso: string) => new Date(iso);
const plus = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);
const DAY = 86_400;

describe.each(testDatabaseKinds())("metrics facts rollup invalidation on %s", (kind) => {
  let database: TestDatabase;
  const db = (): Db => database.handle.db;
  let day = 0;
  let customerId = "";

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const [customer] = await db()
      .insert(shopCustomers)
      .values({ email: "rollup@shop.test", name: "R", phone: "+31600000077", country: "NL", language: "en", tier: "standard", addressLine: "1 St", city: "A", postcode: "1000", createdAt: at("2026-01-01T00:00:00Z") })
      .returning();
    customerId = customer!.id;
  });

  afterAll(async () => {
    await database?.dispose();
  });

  // A conversation resolved by the assistant on its own day and inbox: the customer writes at 10:00,
  // the assistant answers at 10:00:20 in a completed turn, resolved at 10:10.
  async function botResolved(options: { status?: "open" | "resolved" } = {}) {
    day += 1;
    const start = at(`2026-06-${String(day).padStart(2, "0")}T10:00:00Z`);
    const inbox = await insertInbox(db(), `Rollup ${kind} ${day}`, `77${day}00000000`);
    const contact = await insertContact(db(), { waId: `3177000${String(day).padStart(4, "0")}` });
    const open = options.status === "open";
    const conversation = await insertConversation(db(), {
      inboxId: inbox.id,
      contactId: contact.id,
      createdAt: start,
      intent: "order_status",
      status: open ? "open" : "resolved",
      resolvedAt: open ? null : plus(start, 600),
    });
    await insertMessage(db(), { conversationId: conversation.id, direction: "inbound", sender: "customer", type: "text", body: "…", sentAt: start });
    await insertMessage(db(), { conversationId: conversation.id, direction: "outbound", sender: "bot", type: "text", body: "…", sentAt: plus(start, 20) });
    await db().insert(agentTurns).values({ conversationId: conversation.id, status: "completed", inboundCount: 1, outcome: "answered", startedAt: plus(start, 5), finishedAt: plus(start, 25) });
    const scope: MetricsScope = { from: at(`2026-06-${String(day).padStart(2, "0")}T00:00:00Z`), to: plus(at(`2026-06-${String(day).padStart(2, "0")}T00:00:00Z`), DAY), inboxId: inbox.id, windowDays: 7 };
    return { id: conversation.id, inboxId: inbox.id, contactId: contact.id, start, resolvedAt: plus(start, 600), scope };
  }

  async function staleCount(): Promise<number> {
    const [row] = await queryRows<{ n: number | string }>(db(), sql`select count(*) as n from metric_facts_stale`);
    return Number(row?.n ?? 0);
  }

  it("a new message from a person: no longer resolved by the assistant, and a human first response", async () => {
    const c = await botResolved();
    const before = await getMetricsSummary(db(), c.scope);
    expect(before.automatedResolution).toEqual({ count: 1, of: 1, rate: 1 });
    expect(before.firstResponse.human.count).toBe(0);
    expect(await staleCount()).toBe(0);
    await insertMessage(db(), { conversationId: c.id, direction: "outbound", sender: "agent", type: "text", body: "…", sentAt: plus(c.start, 120) });
    expect(await staleCount()).toBe(1);
    const after = await getMetricsSummary(db(), c.scope);
    expect(after.automatedResolution).toEqual({ count: 0, of: 1, rate: 0 });
    expect(after.firstResponse.human).toEqual({ count: 1, p50: 120, p90: 120 });
    expect(await staleCount()).toBe(0);
  });

  it("a handoff is created, then accepted: escalation, waiting, pick-up time", async () => {
    const c = await botResolved({ status: "open" });
    const handoff = await insertHandoff(db(), { conversationId: c.id, status: "waiting", createdAt: plus(c.start, 60) });
    const waiting = await getMetricsSummary(db(), c.scope);
    expect(waiting.escalation).toMatchObject({ count: 1, of: 1 });
    expect(waiting.pickup).toEqual({ count: 0, p50: null, p90: null, waiting: 1, handoffs: 1 });
    expect((await listMetricConversations(db(), { scope: c.scope, set: "handoff_waiting", page: 1 })).total).toBe(1);
    await db().update(handoffs).set({ status: "accepted", acceptedAt: plus(c.start, 150) }).where(eq(handoffs.id, handoff.id));
    const accepted = await getMetricsSummary(db(), c.scope);
    expect(accepted.pickup).toEqual({ count: 1, p50: 90, p90: 90, waiting: 0, handoffs: 1 });
    expect((await listMetricConversations(db(), { scope: c.scope, set: "handoff_picked_up", page: 1 })).total).toBe(1);
    expect((await listMetricConversations(db(), { scope: c.scope, set: "handoff_waiting", page: 1 })).total).toBe(0);
  });

  it("resolving a conversation counts it as resolved by the assistant", async () => {
    const c = await botResolved({ status: "open" });
    expect((await getMetricsSummary(db(), c.scope)).automatedResolution.count).toBe(0);
    await db().update(conversations).set({ status: "resolved", resolvedAt: c.resolvedAt }).where(eq(conversations.id, c.id));
    const after = await getMetricsSummary(db(), c.scope);
    expect(after.automatedResolution).toEqual({ count: 1, of: 1, rate: 1 });
    expect(after.containment).toMatchObject({ count: 1, botResolved: 1 });
  });

  it("a reopen in the audit log takes the conversation out of containment", async () => {
    const c = await botResolved();
    expect((await getMetricsSummary(db(), c.scope)).containment).toMatchObject({ count: 1, reopened: 0 });
    await audit("conversation.reopened", c.id, plus(c.resolvedAt, DAY));
    const after = await getMetricsSummary(db(), c.scope);
    expect(after.containment).toMatchObject({ count: 0, reopened: 1, botResolved: 1 });
    expect((await listMetricConversations(db(), { scope: c.scope, set: "reopened", page: 1 })).conversations.map((row) => row.id)).toEqual([c.id]);
  });

  it("a new conversation of the same contact (another inbox) is a recontact of the earlier one", async () => {
    const c = await botResolved();
    expect((await getMetricsSummary(db(), c.scope)).recontact).toEqual({ count: 0, of: 1, rate: 0 });
    const otherInbox = await insertInbox(db(), `Rollup ${kind} other ${day}`, `78${day}00000000`);
    await insertConversation(db(), { inboxId: otherInbox.id, contactId: c.contactId, createdAt: plus(c.resolvedAt, 2 * DAY), status: "open" });
    const after = await getMetricsSummary(db(), c.scope);
    expect(after.recontact).toEqual({ count: 1, of: 1, rate: 1 });
    expect(after.containment).toMatchObject({ count: 0, recontacted: 1 });
  });

  it("an order the assistant cancelled is changed back: reversed", async () => {
    const c = await botResolved();
    const number = `SO-R${kind}${day}`;
    const [order] = await db()
      .insert(orders)
      .values({ number, customerId, state: "cancelled", currency: "EUR", totalCents: 1000, shippingCents: 0, shippingMethod: "standard", shippingAddress: { line: "1 St", city: "A", postcode: "1000", country: "NL" }, placedAt: c.start, updatedAt: plus(c.start, 300) })
      .returning();
    await audit("agent.tool.cancel_order", c.id, plus(c.start, 200), { input: { orderNumber: number }, status: "executed", outcome: { ok: true, data: { orderNumber: number, state: "cancelled", refund: null } } });
    expect((await getMetricsSummary(db(), c.scope)).containment).toMatchObject({ count: 1, reversed: 0 });
    await db().update(orders).set({ state: "processing", updatedAt: plus(c.resolvedAt, DAY) }).where(eq(orders.id, order!.id));
    const after = await getMetricsSummary(db(), c.scope);
    expect(after.containment).toMatchObject({ count: 0, reversed: 1 });
    // Changed again after the window: no longer a reversal within it.
    await db().update(orders).set({ updatedAt: plus(c.resolvedAt, 9 * DAY) }).where(eq(orders.id, order!.id));
    expect((await getMetricsSummary(db(), c.scope)).containment).toMatchObject({ count: 1, reversed: 0 });
  });

  it("a refund the assistant requested is rejected: reversed", async () => {
    const c = await botResolved();
    const [order] = await db()
      .insert(orders)
      .values({ number: `SO-F${kind}${day}`, customerId, state: "delivered", currency: "EUR", totalCents: 1000, shippingCents: 0, shippingMethod: "standard", shippingAddress: { line: "1 St", city: "A", postcode: "1000", country: "NL" }, placedAt: c.start })
      .returning();
    const [refund] = await db().insert(refunds).values({ orderId: order!.id, amountCents: 500, reason: "broken", status: "requested", createdAt: plus(c.start, 100) }).returning();
    await audit("agent.tool.request_refund", c.id, plus(c.start, 101), { input: { orderNumber: order!.number }, status: "executed", outcome: { ok: true, data: { orderNumber: order!.number, refund: { refundId: refund!.id } } } });
    expect((await getMetricsSummary(db(), c.scope)).containment).toMatchObject({ count: 1, reversed: 0 });
    await db().update(refunds).set({ status: "rejected" }).where(eq(refunds.id, refund!.id));
    const after = await getMetricsSummary(db(), c.scope);
    expect(after.containment).toMatchObject({ count: 0, reversed: 1 });
    expect((await listMetricConversations(db(), { scope: c.scope, set: "reversed", page: 1 })).total).toBe(1);
  });

  it("a late survey answer is counted", async () => {
    const c = await botResolved();
    const [survey] = await db().insert(csatSurveys).values({ conversationId: c.id, sentAt: plus(c.resolvedAt, 60) }).returning();
    expect((await getMetricsSummary(db(), c.scope)).csat).toMatchObject({ sent: 1, answered: 0, positive: 0 });
    await db().update(csatSurveys).set({ score: 5, answeredAt: plus(c.resolvedAt, 3 * DAY) }).where(eq(csatSurveys.id, survey!.id));
    expect((await getMetricsSummary(db(), c.scope)).csat).toMatchObject({ sent: 1, answered: 1, positive: 1, average: 5, responseRate: 1 });
  });

  it("changing the correctness window needs no recompute", async () => {
    const c = await botResolved();
    await insertConversation(db(), { inboxId: c.inboxId, contactId: c.contactId, createdAt: plus(c.resolvedAt, 10 * DAY), status: "open" });
    const scope = { from: c.scope.from, to: c.scope.to, inboxId: c.inboxId };
    expect((await getMetricsSummary(db(), scope)).recontact).toEqual({ count: 0, of: 1, rate: 0 });
    await db().insert(settings).values({ key: CORRECTNESS_WINDOW_SETTING, value: 14 });
    try {
      expect(await staleCount()).toBe(0);
      const wide = await getMetricsSummary(db(), scope);
      expect(wide.range.correctnessWindowDays).toBe(14);
      expect(wide.recontact).toEqual({ count: 1, of: 1, rate: 1 });
      expect(wide.containment).toMatchObject({ count: 0, recontacted: 1 });
    } finally {
      await db().delete(settings).where(eq(settings.key, CORRECTNESS_WINDOW_SETTING));
    }
    expect((await getMetricsSummary(db(), scope)).recontact.count).toBe(0);
  });

  it("a deleted conversation leaves the rollup", async () => {
    const c = await botResolved();
    expect((await getMetricsSummary(db(), c.scope)).conversations).toBe(1);
    await db().delete(conversations).where(eq(conversations.id, c.id));
    expect((await getMetricsSummary(db(), c.scope)).conversations).toBe(0);
    const [row] = await queryRows<{ n: number | string }>(db(), sql`select count(*) as n from conversation_metric_facts where conversation_id = ${c.id}::uuid`);
    expect(Number(row?.n)).toBe(0);
  });

  it.runIf(kind === "postgres")("a write still running during a refresh stays stale and is counted once it commits", async () => {
    const c = await botResolved();
    await getMetricsSummary(db(), c.scope);
    // The conversation is already marked by a committed write (the customer writes again) when a
    // person's reply is written in a transaction that is still open during the refresh.
    await insertMessage(db(), { conversationId: c.id, direction: "inbound", sender: "customer", type: "text", body: "…", sentAt: plus(c.start, 30) });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let markedResolve = () => {};
    const marked = new Promise<void>((resolve) => (markedResolve = resolve));
    const writer = db().transaction(async (tx) => {
      await insertMessage(tx, { conversationId: c.id, direction: "outbound", sender: "agent", type: "text", body: "…", sentAt: plus(c.start, 90) });
      markedResolve();
      await held;
    });
    await marked;
    try {
      // The refresh skips the row the writer holds and does not wait for it.
      const during = await getMetricsSummary(db(), c.scope);
      expect(during.automatedResolution.count).toBe(1);
      const [row] = await queryRows<{ n: number | string }>(db(), sql`select count(*) as n from metric_facts_stale where conversation_id = ${c.id}::uuid`);
      expect(Number(row?.n)).toBe(1);
    } finally {
      release();
      await writer;
    }
    const after = await getMetricsSummary(db(), c.scope);
    expect(after.automatedResolution.count).toBe(0);
    expect(after.firstResponse.human).toEqual({ count: 1, p50: 90, p90: 90 });
  });

  it.runIf(kind === "postgres")("two dashboards refreshing at once agree and recompute each conversation once", async () => {
    const c = await botResolved();
    // Many stale conversations (more than one refresh chunk is not needed: the lock serialises).
    await db().execute(sql`insert into metric_facts_stale (conversation_id) select id from conversations on conflict do nothing`);
    const stale = await staleCount();
    const [first, second] = await Promise.all([getMetricsSummary(db(), c.scope), getMetricsSummary(db(), c.scope)]);
    expect(first).toEqual(second);
    expect(first.automatedResolution.count).toBe(1);
    expect(await staleCount()).toBe(0);
    expect(stale).toBeGreaterThan(1);
    expect(await refreshMetricFacts(db())).toBe(0);
  });

  // Last: it empties the shared tables.
  it("TRUNCATE: of a source table marks every conversation stale; of conversations empties the rollup", async () => {
    const c = await botResolved();
    await getMetricsSummary(db(), c.scope);
    await db().execute(sql`truncate csat_surveys`);
    expect(await staleCount()).toBeGreaterThan(0);
    expect((await getMetricsSummary(db(), c.scope)).conversations).toBe(1);
    await db().execute(sql`truncate conversations cascade`);
    expect((await getMetricsSummary(db(), c.scope)).conversations).toBe(0);
    const [row] = await queryRows<{ n: number | string }>(db(), sql`select count(*) as n from conversation_metric_facts`);
    expect(Number(row?.n)).toBe(0);
  });

  async function audit(action: string, targetId: string, when: Date, data: Record<string, unknown> = {}) {
    await db().insert(auditEvents).values({ at: when, actorType: action.startsWith("agent.") ? "bot" : "user", action, targetType: "conversation", targetId, data, prevHash: "test", hash: `test-${action}-${when.toISOString()}` });
  }
});
