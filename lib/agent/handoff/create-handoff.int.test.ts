import { desc, eq, ne } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, type Conversation, conversations, type HandoffPacket, handoffs, inboxes, teams } from "@/lib/db/schema";
import { seedDemoData } from "@/lib/db/seed";
import type { RealtimeEvent } from "@/lib/realtime/events";
import { registerRealtimeSink } from "@/lib/realtime/publish";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { ConversationNotFoundError, createHandoff } from "./create-handoff";
import { publishHandoff } from "./publish-handoff";

const PACKET: HandoffPacket = {
  summary: "The customer wrote about a missing or damaged item (SO-104233) and wants a replacement. The bot looked up order SO-104233 (done). Handed over because the customer asked for a person; the customer sounds neutral.",
  customerAsked: 'About a missing or damaged item: "My kettle arrived broken"',
  requestedResolution: "replacement",
  identifiers: [{ kind: "order_number", value: "SO-104233", verified: true }],
  stepsTried: [{ step: "Looked up order SO-104233", result: "Delivered" }],
  linksSent: [],
  sentiment: "neutral",
  urgency: "normal",
  reason: "customer_requested_human",
  suggestedAction: "Check the carrier claim for SO-104233 and send a replacement.",
  draftReply: "Hi,\nI'm from the support team…",
};

describe.each(testDatabaseKinds())("createHandoff on %s", (kind) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  const events: RealtimeEvent[] = [];
  let unregister: () => void;
  const teamIds = new Map<string, string>();
  const free: Conversation[] = [];

  // Each test takes a live conversation of its own from the demo shop, reset to a bot-owned state.
  const takeConversation = async (state: Partial<Conversation> = {}): Promise<Conversation> => {
    const conversation = free.shift();
    if (!conversation) throw new Error("the demo data ran out of live conversations");
    const [reset] = await db()
      .update(conversations)
      .set({ owner: "bot", teamId: null, priority: "normal", labels: [], status: "open", snoozedUntil: null, ...state })
      .where(eq(conversations.id, conversation.id))
      .returning();
    return reset!;
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedDemoData(db(), { now: new Date("2026-03-03T00:00:00Z") });
    for (const team of await db().select().from(teams)) teamIds.set(team.slug, team.id);
    free.push(...(await db().select().from(conversations).where(ne(conversations.status, "resolved"))));
    unregister = registerRealtimeSink((event) => events.push(event));
  });
  afterAll(async () => {
    unregister();
    await database.dispose();
  });
  afterEach(() => {
    events.length = 0;
  });

  it("hands the conversation to the rule's team in one go, and publishes only when asked", async () => {
    const conversation = await takeConversation({ labels: ["order-question"] });
    const now = new Date("2026-03-03T10:00:00Z");

    const result = await createHandoff(db(), {
      conversationId: conversation.id,
      packet: PACKET,
      teamSlug: "legal",
      priority: "urgent",
      labels: ["high-risk", "order-question"],
      now,
    });

    expect(result.inboxId).toBe(conversation.inboxId);
    expect(result.version).toBe(conversation.version + 1);
    expect(result.handoff).toMatchObject({ conversationId: conversation.id, reason: "customer_requested_human", status: "waiting", teamId: teamIds.get("legal"), packet: PACKET, createdAt: now });
    expect(result.changes).toEqual({ owner: "human", teamId: teamIds.get("legal"), priority: "urgent", labels: ["order-question", "high-risk"], status: "open" });

    const [stored] = await db().select().from(conversations).where(eq(conversations.id, conversation.id));
    expect(stored).toMatchObject({ owner: "human", teamId: teamIds.get("legal"), priority: "urgent", labels: ["order-question", "high-risk"], version: conversation.version + 1, updatedAt: now });

    const [audit] = await db().select().from(auditEvents).where(eq(auditEvents.action, "handoff.created")).orderBy(desc(auditEvents.id)).limit(1);
    expect(audit).toMatchObject({ actorType: "bot", targetType: "conversation", targetId: conversation.id });
    expect(audit?.data).toMatchObject({ handoffId: result.handoff.id, reason: "customer_requested_human", teamId: teamIds.get("legal"), priority: "urgent", previousOwner: "bot" });
    expect(JSON.stringify(audit?.data)).not.toContain("SO-104233");

    // Nothing reached browsers from inside the transaction.
    expect(events).toEqual([]);
    publishHandoff(result);
    expect(events).toEqual([
      { type: "handoff.created", conversationId: conversation.id, inboxId: conversation.inboxId, handoffId: result.handoff.id, reason: "customer_requested_human" },
      { type: "conversation.updated", conversationId: conversation.id, inboxId: conversation.inboxId, version: conversation.version + 1, changes: result.changes },
    ]);
  });

  it("never lowers a priority a person already raised", async () => {
    const conversation = await takeConversation({ priority: "urgent" });
    const result = await createHandoff(db(), { conversationId: conversation.id, packet: PACKET, teamSlug: "vip", priority: "high" });
    expect(result.changes.priority).toBe("urgent");
    const [stored] = await db().select().from(conversations).where(eq(conversations.id, conversation.id));
    expect(stored?.priority).toBe("urgent");
  });

  it("routes to the conversation's team, else the inbox's default team, when the rule names none or an unknown one", async () => {
    const withTeam = await takeConversation({ teamId: teamIds.get("logistics") });
    expect((await createHandoff(db(), { conversationId: withTeam.id, packet: PACKET, teamSlug: "no-such-team" })).handoff.teamId).toBe(teamIds.get("logistics"));

    const withoutTeam = await takeConversation();
    const [inbox] = await db().select().from(inboxes).where(eq(inboxes.id, withoutTeam.inboxId));
    const result = await createHandoff(db(), { conversationId: withoutTeam.id, packet: PACKET });
    expect(result.handoff.teamId).toBe(inbox?.defaultTeamId);
    expect(result.changes).toMatchObject({ teamId: inbox?.defaultTeamId, priority: "normal", labels: [] });
  });

  it("wakes a snoozed conversation", async () => {
    const conversation = await takeConversation({ status: "snoozed", snoozedUntil: new Date("2026-03-10T00:00:00Z") });
    const result = await createHandoff(db(), { conversationId: conversation.id, packet: PACKET, teamSlug: "support" });
    expect(result.changes.status).toBe("open");
    const [stored] = await db().select().from(conversations).where(eq(conversations.id, conversation.id));
    expect(stored).toMatchObject({ status: "open", snoozedUntil: null, owner: "human" });
  });

  it("keeps both escalations' labels when two arrive at once", async () => {
    const conversation = await takeConversation();
    const [first, second] = await Promise.all([
      createHandoff(db(), { conversationId: conversation.id, packet: PACKET, labels: ["vip"], priority: "high" }),
      createHandoff(db(), { conversationId: conversation.id, packet: PACKET, labels: ["after-hours"] }),
    ]);
    expect([first.version, second.version].sort()).toEqual([conversation.version + 1, conversation.version + 2]);
    const [stored] = await db().select().from(conversations).where(eq(conversations.id, conversation.id));
    expect(stored?.labels.sort()).toEqual(["after-hours", "vip"]);
    expect(stored).toMatchObject({ priority: "high", version: conversation.version + 2 });
  });

  it("writes nothing for a conversation that does not exist", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    await expect(createHandoff(db(), { conversationId: missing, packet: PACKET })).rejects.toBeInstanceOf(ConversationNotFoundError);
    expect(await db().select().from(handoffs).where(eq(handoffs.conversationId, missing))).toEqual([]);
  });
});
