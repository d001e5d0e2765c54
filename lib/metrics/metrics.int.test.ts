import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packetCompleteness } from "@/lib/agent/handoff/packet-completeness";
import type { Db } from "@/lib/db/client";
import { agentTurns, auditEvents, csatSurveys, type HandoffPacket, orders, refunds, settings, shopCustomers, users } from "@/lib/db/schema";
import { insertContact, insertConversation, insertHandoff, insertInbox, insertMessage, PACKET } from "@/lib/testing/console-read-fixtures";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { CORRECTNESS_WINDOW_SETTING } from "@/lib/validation/metrics";
import type { MetricsScope } from "./conversation-facts";
import { exportMetricConversations } from "./export-metric-conversations";
import { getMetricsSummary } from "./get-metrics-summary";
import { listMetricConversations } from "./list-metric-conversations";

// A hand-built month with known answers. Times are UTC on 2026-03-10 unless written otherwise.
//  #1  c1 A order_status  customer 10:00:00, bot 10:00:20 (answered turn), resolved 10:10 · CSAT 5
//  #2  c2 A order_status  bot 10:00:40 in a turn that handed over; handoff 10:00:45 (low_confidence, complete
//                         packet), accepted +120 s, person replies 10:05:45, resolved · CSAT 2
//  #3  c3 A refund        bot +60 s, resolved 11:00, reopened by a person at 10:30 · survey unanswered
//  #4  c4 A cancel_order  bot +10 s, resolved; the bot cancelled SO-4, which is processing again on 03-12
//  #5  c5 A refund        bot +30 s, resolved; the bot's refund was rejected afterwards
//  #6  c6 B order_status  bot +5 s, resolved 10:30; c6 writes again on 03-14 09:00 (#7) · CSAT 4
//  #7  c6 B shipping      03-14 09:00, a person replies 09:10 without a handoff, open
//  #8  c7 A order_status  03-11, bot +15 s, resolved 03-11 10:30; c7 writes again 10 days later (#9)
//  #9  c7 A (no intent)   03-21 09:00, bot +50 s in a turn that handed over; handoff 09:01
//                         (customer_requested_human, no steps tried), still waiting
//  #11 c1 A (no intent)   03-25, customer only and a private note by a person, open
//  #10 c8 A order_status  02-20: outside the range
const MARCH: MetricsScope = { from: new Date("2026-03-01T00:00:00Z"), to: new Date("2026-04-01T00:00:00Z"), windowDays: 7 };
const at = (iso: string) => new Date(iso);
const plus = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);

describe.each(testDatabaseKinds())("metrics definitions on %s", (kind) => {
  let database: TestDatabase;
  const db = (): Db => database.handle.db;
  const ids: Record<string, string> = {};
  let inboxB = "";
  let adminId = "";

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await buildDataset(db(), ids, (id) => (inboxB = id), (id) => (adminId = id));
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it("counts the conversations created in the range", async () => {
    const summary = await getMetricsSummary(db(), MARCH);
    expect(summary.conversations).toBe(10);
    expect(summary.range.correctnessWindowDays).toBe(7);
  });

  it("first response and first useful message: p50/p90 for the bot and for people", async () => {
    const { firstResponse, firstUsefulMessage } = await getMetricsSummary(db(), MARCH);
    // bot: 5, 10, 15, 20, 30, 40, 50, 60 s
    expect(firstResponse.bot).toEqual({ count: 8, p50: 25, p90: 53 });
    // useful: only turns that completed without handing over: 5, 10, 15, 20, 30, 60 s
    expect(firstUsefulMessage.bot).toEqual({ count: 6, p50: 17.5, p90: 45 });
    // people: 300 s after the handoff (#2), 600 s after the first message without a handoff (#7);
    // the private note (#11) is not a reply
    expect(firstResponse.human).toEqual({ count: 2, p50: 450, p90: 570 });
    expect(firstUsefulMessage.human).toEqual(firstResponse.human);
  });

  it("automated resolution and containment with correctness (reopened, recontacted, reversed)", async () => {
    const summary = await getMetricsSummary(db(), MARCH);
    expect(summary.automatedResolution).toEqual({ count: 6, of: 10, rate: 0.6 });
    expect(summary.containment).toMatchObject({ count: 2, of: 10, rate: 0.2, botResolved: 6, reopened: 1, recontacted: 1, reversed: 2 });
    expect(summary.containment.correctShareOfBotResolved).toBeCloseTo(2 / 6, 10);
    const contained = await listMetricConversations(db(), { scope: MARCH, set: "contained", page: 1 });
    expect(contained.conversations.map((row) => row.id).sort()).toEqual([ids.c1, ids.c8].sort());
    const reversed = await listMetricConversations(db(), { scope: MARCH, set: "reversed", page: 1 });
    expect(reversed.conversations.map((row) => row.id).sort()).toEqual([ids.c4, ids.c5].sort());
    const reopened = await listMetricConversations(db(), { scope: MARCH, set: "reopened", page: 1 });
    expect(reopened.conversations.map((row) => row.id)).toEqual([ids.c3]);
  });

  it("the correctness window comes from the setting metrics.correctnessWindowDays", async () => {
    await db().insert(settings).values({ key: CORRECTNESS_WINDOW_SETTING, value: 14 });
    try {
      const wide = await getMetricsSummary(db(), { from: MARCH.from, to: MARCH.to });
      expect(wide.range.correctnessWindowDays).toBe(14);
      // #8 → #9 after 10 days now counts as a recontact.
      expect(wide.containment).toMatchObject({ count: 1, recontacted: 2 });
      expect(wide.recontact).toEqual({ count: 2, of: 7, rate: 2 / 7 });
    } finally {
      await db().delete(settings).where(eq(settings.key, CORRECTNESS_WINDOW_SETTING));
    }
    // 3 days: #6 → #7 (3.9 days) no longer counts either; the reversal of #4 (2 days) still does.
    const narrow = await getMetricsSummary(db(), { ...MARCH, windowDays: 3 });
    expect(narrow.containment).toMatchObject({ count: 3, recontacted: 0, reversed: 2 });
  });

  it("escalation rate by reason, escalation quality and pick-up time", async () => {
    const summary = await getMetricsSummary(db(), MARCH);
    expect(summary.escalation).toMatchObject({ count: 2, of: 10, rate: 0.2 });
    expect(summary.escalation.byReason).toEqual([
      { reason: "customer_requested_human", count: 1, of: 10, rate: 0.1 },
      { reason: "low_confidence", count: 1, of: 10, rate: 0.1 },
    ]);
    expect(summary.escalationQuality).toEqual({ count: 1, of: 2, rate: 0.5, withIdentifiers: 2, withSteps: 1, withSuggestedAction: 2 });
    expect(summary.pickup).toEqual({ count: 1, p50: 120, p90: 120, waiting: 1, handoffs: 2 });
    const lowConfidence = await listMetricConversations(db(), { scope: MARCH, set: "escalated", reason: "low_confidence", page: 1 });
    expect(lowConfidence.conversations.map((row) => row.id)).toEqual([ids.c2]);
  });

  it("recontact rate: resolved conversations whose contact wrote again within the window", async () => {
    const summary = await getMetricsSummary(db(), MARCH);
    expect(summary.recontact).toEqual({ count: 1, of: 7, rate: 1 / 7 });
  });

  it("CSAT: share of 4–5 among answers, average and response rate", async () => {
    const { csat } = await getMetricsSummary(db(), MARCH);
    expect(csat).toMatchObject({ sent: 4, answered: 3, positive: 2, responseRate: 0.75 });
    expect(csat.positiveRate).toBeCloseTo(2 / 3, 10);
    expect(csat.average).toBeCloseTo(11 / 3, 10);
  });

  it("per intent: volume, automated resolution, escalation and CSAT", async () => {
    const { intents } = await getMetricsSummary(db(), MARCH);
    const orderStatus = intents.find((row) => row.intent === "order_status");
    expect(orderStatus).toMatchObject({ conversations: 4, automatedResolution: { count: 3, of: 4 }, escalation: { count: 1, of: 4 }, csat: { count: 2, of: 3 } });
    expect(intents.map((row) => [row.intent, row.conversations])).toEqual([
      ["order_status", 4],
      ["refund", 2],
      ["unknown", 2],
      ["cancel_order", 1],
      ["shipping", 1],
    ]);
    const drill = await listMetricConversations(db(), { scope: MARCH, set: "bot_resolved", intent: "order_status", page: 1 });
    expect(drill.total).toBe(3);
  });

  it("daily series covers every day of the range", async () => {
    const { series } = await getMetricsSummary(db(), MARCH);
    expect(series).toHaveLength(31);
    expect(series.find((day) => day.day === "2026-03-10")).toEqual({ day: "2026-03-10", conversations: 6, botResolved: 5, escalated: 1 });
    expect(series.find((day) => day.day === "2026-03-21")).toEqual({ day: "2026-03-21", conversations: 1, botResolved: 0, escalated: 1 });
  });

  it("the inbox filter keeps only that inbox's conversations", async () => {
    const summary = await getMetricsSummary(db(), { ...MARCH, inboxId: inboxB });
    expect(summary.conversations).toBe(2);
    expect(summary.automatedResolution).toEqual({ count: 1, of: 2, rate: 0.5 });
  });

  it("packet completeness in SQL agrees with packetCompleteness()", async () => {
    const packets: HandoffPacket[] = [
      PACKET,
      { ...PACKET, identifiers: [{ kind: "order", value: "  ", verified: false }], stepsTried: [{ step: "lookup", result: "none" }] },
      { ...PACKET, stepsTried: [{ step: "lookup", result: "found" }], suggestedAction: "   " },
      { ...PACKET, stepsTried: [{ step: "lookup", result: "found" }] },
    ];
    const inbox = await insertInbox(db(), "Packets", "999000111");
    const scope: MetricsScope = { from: at("2026-05-01T00:00:00Z"), to: at("2026-05-02T00:00:00Z"), inboxId: inbox.id, windowDays: 7 };
    const byId = new Map<string, boolean>();
    for (const [index, packet] of packets.entries()) {
      const contact = await insertContact(db(), { waId: `4900000000${index}` });
      const conversation = await insertConversation(db(), { inboxId: inbox.id, contactId: contact.id, createdAt: at(`2026-05-01T0${index}:00:00Z`) });
      await insertHandoff(db(), { conversationId: conversation.id, packet, createdAt: at(`2026-05-01T0${index}:01:00Z`) });
      byId.set(conversation.id, packetCompleteness(packet).complete);
    }
    const complete = await listMetricConversations(db(), { scope, set: "handoff_complete", page: 1 });
    const incomplete = await listMetricConversations(db(), { scope, set: "handoff_incomplete", page: 1 });
    expect(new Set(complete.conversations.map((row) => row.id))).toEqual(new Set([...byId].filter(([, ok]) => ok).map(([id]) => id)));
    expect(new Set(incomplete.conversations.map((row) => row.id))).toEqual(new Set([...byId].filter(([, ok]) => !ok).map(([id]) => id)));
    const summary = await getMetricsSummary(db(), scope);
    expect(summary.escalationQuality).toMatchObject({ count: [...byId.values()].filter(Boolean).length, of: 4 });
  });

  it("exports one CSV row per conversation and audits the export", async () => {
    const result = await exportMetricConversations(db(), { scope: MARCH, set: "all", actorUserId: adminId });
    const lines = result.csv.trimEnd().split("\r\n");
    expect(result.rows).toBe(10);
    expect(lines).toHaveLength(11);
    expect(lines[0]).toMatch(/^conversation_id,created_at,inbox,intent,status,/);
    const c2 = lines.find((line) => line.startsWith(ids.c2!));
    expect(c2?.split(",")).toEqual([
      ids.c2, "2026-03-10T10:00:00Z", '"Inbox A"', '"order_status"', "resolved", "2026-03-10T10:20:00Z",
      "40.0", "", "300.0", "true", "low_confidence", "1", "1", "120.0", "false", "false", "false", "false", "false", "true", "2",
    ]);
    const [audit] = await db().select().from(auditEvents).where(and(eq(auditEvents.action, "metrics.exported"), eq(auditEvents.actorId, adminId)));
    expect(audit?.data).toMatchObject({ set: "all", rows: 10, from: "2026-03-01T00:00:00.000Z" });
  });

  it("drill-down pages hold 50 rows and carry the total", async () => {
    const page = await listMetricConversations(db(), { scope: MARCH, set: "all", page: 1 });
    expect(page.total).toBe(10);
    expect(page.conversations[0]).toMatchObject({ id: ids.c11, intent: "unknown", inboxName: "Inbox A" });
    const empty = await listMetricConversations(db(), { scope: MARCH, set: "all", page: 2 });
    expect(empty).toMatchObject({ total: 10, conversations: [] });
  });
});

async function buildDataset(db: Db, ids: Record<string, string>, setInboxB: (id: string) => void, setAdmin: (id: string) => void): Promise<void> {
  const [admin] = await db.insert(users).values({ name: "Admin", email: "admin@metrics.test", passwordHash: "x", role: "admin" }).returning();
  setAdmin(admin!.id);
  const inboxA = await insertInbox(db, "Inbox A", "111111111");
  const inboxB = await insertInbox(db, "Inbox B", "222222222");
  setInboxB(inboxB.id);
  const contact = async (n: number) => (await insertContact(db, { waId: `3160000000${n}` })).id;
  const [c1, c2, c3, c4, c5, c6, c7, c8] = [await contact(1), await contact(2), await contact(3), await contact(4), await contact(5), await contact(6), await contact(7), await contact(8)];

  type Step = { sender: "customer" | "bot" | "agent"; at: Date; note?: boolean };
  const conversation = async (
    key: string,
    values: { inboxId: string; contactId: string; createdAt: Date; intent?: string | null; status?: "open" | "resolved"; resolvedAt?: Date | null },
    steps: Step[],
    turns: { from: Date; to: Date; outcome: string }[] = [],
  ) => {
    const row = await insertConversation(db, { ...values, status: values.status ?? "resolved", resolvedAt: values.status === "open" ? null : (values.resolvedAt ?? null), intent: values.intent ?? null });
    ids[key] = row.id;
    for (const step of steps) {
      await insertMessage(db, {
        conversationId: row.id,
        direction: step.sender === "customer" ? "inbound" : "outbound",
        sender: step.sender,
        type: "text",
        body: "…",
        isPrivateNote: step.note ?? false,
        sentAt: step.at,
      });
    }
    for (const turn of turns) {
      await db.insert(agentTurns).values({ conversationId: row.id, status: "completed", inboundCount: 1, outcome: turn.outcome, startedAt: turn.from, finishedAt: turn.to });
    }
    return row.id;
  };
  const audit = async (action: string, targetId: string, when: Date, data: Record<string, unknown> = {}) => {
    await db.insert(auditEvents).values({ at: when, actorType: action.startsWith("agent.") ? "bot" : "user", action, targetType: "conversation", targetId, data, prevHash: "test", hash: `test-${action}-${when.toISOString()}` });
  };

  const t = at("2026-03-10T10:00:00Z");
  const id1 = await conversation("c1", { inboxId: inboxA.id, contactId: c1, createdAt: t, intent: "order_status", resolvedAt: at("2026-03-10T10:10:00Z") }, [{ sender: "customer", at: t }, { sender: "bot", at: plus(t, 20) }], [{ from: plus(t, 5), to: plus(t, 25), outcome: "answered" }]);
  const id2 = await conversation(
    "c2",
    { inboxId: inboxA.id, contactId: c2, createdAt: t, intent: "order_status", resolvedAt: at("2026-03-10T10:20:00Z") },
    [{ sender: "customer", at: t }, { sender: "bot", at: plus(t, 40) }, { sender: "agent", at: plus(t, 345) }],
    [{ from: plus(t, 30), to: plus(t, 45), outcome: "handoff:low_confidence" }],
  );
  await insertHandoff(db, { conversationId: id2, reason: "low_confidence", packet: { ...PACKET, reason: "low_confidence", stepsTried: [{ step: "get_order", result: "found" }] }, status: "closed", createdAt: plus(t, 45), acceptedAt: plus(t, 165) });
  const id3 = await conversation("c3", { inboxId: inboxA.id, contactId: c3, createdAt: t, intent: "refund", resolvedAt: at("2026-03-10T11:00:00Z") }, [{ sender: "customer", at: t }, { sender: "bot", at: plus(t, 60) }], [{ from: plus(t, 50), to: plus(t, 70), outcome: "answered" }]);
  await audit("conversation.reopened", id3, at("2026-03-10T10:30:00Z"));
  const id4 = await conversation("c4", { inboxId: inboxA.id, contactId: c4, createdAt: t, intent: "cancel_order", resolvedAt: at("2026-03-10T10:30:00Z") }, [{ sender: "customer", at: t }, { sender: "bot", at: plus(t, 10) }], [{ from: plus(t, 2), to: plus(t, 12), outcome: "answered" }]);
  const id5 = await conversation("c5", { inboxId: inboxA.id, contactId: c5, createdAt: t, intent: "refund", resolvedAt: at("2026-03-10T10:30:00Z") }, [{ sender: "customer", at: t }, { sender: "bot", at: plus(t, 30) }], [{ from: plus(t, 20), to: plus(t, 40), outcome: "awaiting_confirmation" }]);
  const id6 = await conversation("c6", { inboxId: inboxB.id, contactId: c6, createdAt: t, intent: "order_status", resolvedAt: at("2026-03-10T10:30:00Z") }, [{ sender: "customer", at: t }, { sender: "bot", at: plus(t, 5) }], [{ from: plus(t, 1), to: plus(t, 6), outcome: "answered" }]);
  const t7 = at("2026-03-14T09:00:00Z");
  await conversation("c7", { inboxId: inboxB.id, contactId: c6, createdAt: t7, intent: "shipping", status: "open" }, [{ sender: "customer", at: t7 }, { sender: "agent", at: plus(t7, 600) }]);
  const t8 = at("2026-03-11T10:00:00Z");
  await conversation("c8", { inboxId: inboxA.id, contactId: c7, createdAt: t8, intent: "order_status", resolvedAt: at("2026-03-11T10:30:00Z") }, [{ sender: "customer", at: t8 }, { sender: "bot", at: plus(t8, 15) }], [{ from: plus(t8, 5), to: plus(t8, 20), outcome: "answered" }]);
  const t9 = at("2026-03-21T09:00:00Z");
  const id9 = await conversation("c9", { inboxId: inboxA.id, contactId: c7, createdAt: t9, status: "open" }, [{ sender: "customer", at: t9 }, { sender: "bot", at: plus(t9, 50) }], [{ from: plus(t9, 40), to: plus(t9, 55), outcome: "handoff:customer_requested_human" }]);
  await insertHandoff(db, { conversationId: id9, reason: "customer_requested_human", packet: PACKET, status: "waiting", createdAt: plus(t9, 60) });
  const t10 = at("2026-02-20T10:00:00Z");
  await conversation("c10", { inboxId: inboxA.id, contactId: c8, createdAt: t10, intent: "order_status", resolvedAt: at("2026-02-20T10:10:00Z") }, [{ sender: "customer", at: t10 }, { sender: "bot", at: plus(t10, 7) }]);
  const t11 = at("2026-03-25T09:00:00Z");
  await conversation("c11", { inboxId: inboxA.id, contactId: c1, createdAt: t11, status: "open" }, [{ sender: "customer", at: t11 }, { sender: "agent", at: plus(t11, 30), note: true }]);

  // The shop side of the reversals.
  const [customer] = await db
    .insert(shopCustomers)
    .values({ email: "c@shop.test", name: "C", phone: "+31600000099", country: "NL", language: "en", tier: "standard", addressLine: "1 St", city: "A", postcode: "1000", createdAt: t10 })
    .returning();
  const order = async (number: string, state: "processing" | "cancelled" | "delivered", updatedAt: Date) =>
    (await db.insert(orders).values({ number, customerId: customer!.id, state, currency: "EUR", totalCents: 1000, shippingCents: 0, shippingMethod: "standard", shippingAddress: { line: "1 St", city: "A", postcode: "1000", country: "NL" }, placedAt: t10, updatedAt }).returning())[0]!;
  // #4: cancelled by the bot at 10:05, processing again on 03-12 (a person re-opened the order).
  await order("SO-4", "processing", at("2026-03-12T09:00:00Z"));
  await audit("agent.tool.cancel_order", id4, plus(t, 300), { input: { orderNumber: "SO-4" }, status: "executed", outcome: { ok: true, data: { orderNumber: "SO-4", state: "cancelled", refund: null } } });
  // #1 also cancelled an order, which stayed cancelled: no reversal. A failed call never counts.
  await order("SO-1", "cancelled", plus(t, 20));
  await audit("agent.tool.cancel_order", id1, plus(t, 15), { input: { orderNumber: "SO-1" }, status: "executed", outcome: { ok: true, data: { orderNumber: "SO-1", state: "cancelled", refund: null } } });
  await order("SO-6", "processing", at("2026-03-11T09:00:00Z"));
  await audit("agent.tool.cancel_order", id6, plus(t, 4), { input: { orderNumber: "SO-6" }, status: "executed", outcome: { ok: false, reason: "not_allowed" } });
  // #5: the bot's refund was rejected afterwards.
  const o5 = await order("SO-5", "delivered", t10);
  const [refund] = await db.insert(refunds).values({ orderId: o5.id, amountCents: 500, reason: "broken", status: "rejected", createdAt: plus(t, 25) }).returning();
  await audit("agent.tool.request_refund", id5, plus(t, 26), { input: { orderNumber: "SO-5" }, status: "executed", outcome: { ok: true, data: { orderNumber: "SO-5", refund: { refundId: refund!.id } } } });

  await db.insert(csatSurveys).values([
    { conversationId: id1, sentAt: at("2026-03-10T10:11:00Z"), score: 5, answeredAt: at("2026-03-10T10:12:00Z") },
    { conversationId: id2, sentAt: at("2026-03-10T10:21:00Z"), score: 2, answeredAt: at("2026-03-10T10:22:00Z") },
    { conversationId: id3, sentAt: at("2026-03-10T11:01:00Z") },
    { conversationId: id6, sentAt: at("2026-03-10T10:31:00Z"), score: 4, answeredAt: at("2026-03-10T10:40:00Z") },
  ]);
}
