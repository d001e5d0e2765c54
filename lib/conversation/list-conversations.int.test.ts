import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conversationReads, type Conversation, type User } from "@/lib/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import {
  insertContact,
  insertConversation,
  insertHandoff,
  insertInbox,
  insertMessage,
  insertPerson,
  insertTeam,
  minutesAgo,
} from "@/lib/testing/console-read-fixtures";
import { CONVERSATION_QUEUES, listConversationsQuerySchema, type ConversationQueue } from "@/lib/validation/conversations";
import { countConversationQueues } from "./count-conversation-queues";
import { listConversations } from "./list-conversations";

const NOW = new Date();

// Filters as the route gets them: through the query schema.
function filtersOf(raw: Record<string, string> = {}) {
  const { queue: _queue, limit: _limit, ...filters } = listConversationsQuerySchema.parse(raw);
  return filters;
}

describe.each(testDatabaseKinds())("inbox list and queue counts on %s", (kind) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  let ana: User;
  let ben: User;
  let teamId: string;
  let inboxId: string;
  // a: human, assigned to Ana, waiting handoff · b: human, unassigned, waiting longer · c: bot ·
  // d: resolved (same customer as a) · e: snoozed, Ana's
  let c: Record<"a" | "b" | "c" | "d" | "e", Conversation>;

  const list = (queue: ConversationQueue, user: User = ana, raw: Record<string, string> = {}) =>
    listConversations(db(), { queue, filters: filtersOf(raw), limit: 200, userId: user.id });
  const ids = async (queue: ConversationQueue, raw: Record<string, string> = {}, user: User = ana) => (await list(queue, user, raw)).map((item) => item.id);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const team = await insertTeam(db(), "support", "Customer Support");
    teamId = team.id;
    ana = await insertPerson(db(), "Ana Costa", { teamIds: [team.id] });
    ben = await insertPerson(db(), "Ben Müller");
    const inbox = await insertInbox(db());
    inboxId = inbox.id;

    const amara = await insertContact(db(), { waId: "447700900001", name: "Amara Okafor", email: "amara@example.com" });
    const jan = await insertContact(db(), { waId: "31600000002", profileName: "Jan_de Vries" });
    const lucia = await insertContact(db(), { waId: "34600000003", name: "Lucía García" });
    const promo = await insertContact(db(), { waId: "33600000004", name: "Promo 100% Fan" });

    const aRow = await insertConversation(db(), {
      inboxId,
      contactId: amara.id,
      owner: "human",
      assigneeId: ana.id,
      teamId: team.id,
      priority: "high",
      labels: ["refund", "vip"],
      language: "en",
      intent: "refund_request",
      lastMessageAt: minutesAgo(NOW, 10),
      createdAt: minutesAgo(NOW, 50),
    });
    const bRow = await insertConversation(db(), { inboxId, contactId: jan.id, owner: "human", language: "nl", lastMessageAt: minutesAgo(NOW, 65), createdAt: minutesAgo(NOW, 70) });
    const cRow = await insertConversation(db(), { inboxId, contactId: lucia.id, owner: "bot", language: "es", lastMessageAt: minutesAgo(NOW, 2), createdAt: minutesAgo(NOW, 5) });
    const dRow = await insertConversation(db(), {
      inboxId,
      contactId: amara.id,
      status: "resolved",
      resolvedAt: minutesAgo(NOW, 3000),
      lastMessageAt: minutesAgo(NOW, 3000),
      createdAt: minutesAgo(NOW, 3100),
    });
    const eRow = await insertConversation(db(), {
      inboxId,
      contactId: promo.id,
      owner: "human",
      status: "snoozed",
      assigneeId: ana.id,
      snoozedUntil: minutesAgo(NOW, -60),
      lastMessageAt: minutesAgo(NOW, 120),
    });

    c = { a: aRow, b: bRow, c: cRow, d: dRow, e: eRow };

    await insertMessage(db(), { conversationId: aRow.id, direction: "inbound", sender: "customer", type: "text", body: "My blender arrived broken", sentAt: minutesAgo(NOW, 40) });
    await insertMessage(db(), { conversationId: aRow.id, direction: "outbound", sender: "bot", type: "text", body: "Sorry to hear that!", sentAt: minutesAgo(NOW, 39) });
    await insertMessage(db(), { conversationId: aRow.id, direction: "inbound", sender: "customer", type: "image", body: null, sentAt: minutesAgo(NOW, 20) });
    await insertMessage(db(), {
      conversationId: aRow.id,
      direction: "outbound",
      sender: "agent",
      authorUserId: ana.id,
      type: "text",
      body: "internal zebra note",
      isPrivateNote: true,
      sentAt: minutesAgo(NOW, 10),
    });
    await insertMessage(db(), { conversationId: bRow.id, direction: "inbound", sender: "customer", type: "text", body: "Waar is mijn pakket?", sentAt: minutesAgo(NOW, 65) });
    await insertMessage(db(), { conversationId: cRow.id, direction: "inbound", sender: "customer", type: "voice", body: null, sentAt: minutesAgo(NOW, 2) });
    await insertMessage(db(), { conversationId: dRow.id, direction: "inbound", sender: "customer", type: "location", body: "Warehouse\nTilburg", sentAt: minutesAgo(NOW, 3000) });

    await insertHandoff(db(), { conversationId: aRow.id, createdAt: minutesAgo(NOW, 30), reason: "customer_requested_human" });
    await insertHandoff(db(), { conversationId: bRow.id, createdAt: minutesAgo(NOW, 60), reason: "vip_customer" });
    await insertHandoff(db(), { conversationId: bRow.id, createdAt: minutesAgo(NOW, 45), reason: "negative_sentiment" });
    await insertHandoff(db(), { conversationId: dRow.id, status: "closed", createdAt: minutesAgo(NOW, 3050) });

    // Ana read conversation a between the two customer messages.
    await db().insert(conversationReads).values({ userId: ana.id, conversationId: aRow.id, lastReadAt: minutesAgo(NOW, 30) });
  });
  afterAll(async () => {
    await database.dispose();
  });

  it("puts each conversation in its queues, waiting longest first for people, latest activity first otherwise", async () => {
    expect(await ids("needs_human")).toEqual([c.b.id, c.a.id]);
    expect(await ids("mine")).toEqual([c.a.id, c.e.id]);
    expect(await ids("mine", {}, ben)).toEqual([]);
    expect(await ids("unassigned")).toEqual([c.b.id]);
    expect(await ids("bot")).toEqual([c.c.id]);
    expect(await ids("snoozed")).toEqual([c.e.id]);
    expect(await ids("resolved")).toEqual([c.d.id]);
    expect(await ids("all")).toEqual([c.c.id, c.a.id, c.b.id, c.e.id, c.d.id]);
  });

  it("describes each row: people, waiting handoff, preview without notes, unread per person", async () => {
    const [b, a] = await list("needs_human");
    expect(a).toMatchObject({
      id: c.a.id,
      inboxId,
      contact: { name: "Amara Okafor", waId: "447700900001", tier: "standard" },
      status: "open",
      owner: "human",
      assignee: { id: ana.id, name: "Ana Costa" },
      team: { id: teamId, name: "Customer Support" },
      priority: "high",
      labels: ["refund", "vip"],
      language: "en",
      intent: "refund_request",
      lastMessageAt: minutesAgo(NOW, 10).toISOString(),
      // The private note is newer but the customer never saw it.
      lastMessagePreview: "Photo",
      lastMessageSender: "customer",
      waitingSince: minutesAgo(NOW, 30).toISOString(),
      handoffReason: "customer_requested_human",
      firstResponseAt: null,
      unreadCount: 1,
      version: 1,
    });
    // The oldest waiting handoff clocks and explains the wait; the profile name stands in for a name.
    expect(b).toMatchObject({
      contact: { name: "Jan_de Vries" },
      assignee: null,
      team: null,
      waitingSince: minutesAgo(NOW, 60).toISOString(),
      handoffReason: "vip_customer",
      lastMessagePreview: "Waar is mijn pakket?",
      unreadCount: 1,
    });
    // Ben never opened a: both customer messages are unread for him.
    expect((await list("needs_human", ben)).find((item) => item.id === c.a.id)?.unreadCount).toBe(2);
    const [bot] = await list("bot");
    expect(bot).toMatchObject({ lastMessagePreview: "Voice message", waitingSince: null, handoffReason: null });
    const [resolved] = await list("resolved");
    expect(resolved).toMatchObject({ lastMessagePreview: "Location: Warehouse, Tilburg", waitingSince: null });
  });

  it("filters by inbox, team, label, language, priority and intent", async () => {
    expect(await ids("all", { inboxId })).toHaveLength(5);
    expect(await ids("all", { inboxId: "00000000-0000-4000-8000-000000000000" })).toEqual([]);
    expect(await ids("all", { teamId })).toEqual([c.a.id]);
    expect(await ids("all", { label: "refund" })).toEqual([c.a.id]);
    expect(await ids("all", { label: "refu" })).toEqual([]);
    expect(await ids("all", { language: "nl" })).toEqual([c.b.id]);
    expect(await ids("all", { priority: "high" })).toEqual([c.a.id]);
    expect(await ids("all", { intent: "refund_request" })).toEqual([c.a.id]);
    expect(await ids("needs_human", { language: "en", priority: "high" })).toEqual([c.a.id]);
  });

  it("searches what was said (not notes) and the customer's name, number and e-mail", async () => {
    expect(await ids("all", { q: "blender" })).toEqual([c.a.id]);
    expect(await ids("all", { q: "BROKEN blender" })).toEqual([c.a.id]);
    expect(await ids("all", { q: "pakket" })).toEqual([c.b.id]);
    expect(await ids("all", { q: "zebra" })).toEqual([]);
    expect(await ids("all", { q: "vries" })).toEqual([c.b.id]);
    expect(await ids("all", { q: "lucía" })).toEqual([c.c.id]);
    expect(await ids("all", { q: "3460000" })).toEqual([c.c.id]);
    expect(await ids("all", { q: "amara@example" })).toEqual([c.a.id, c.d.id]);
    // Wildcards a person types are plain characters.
    expect(await ids("all", { q: "%" })).toEqual([c.e.id]);
    expect(await ids("all", { q: "_" })).toEqual([c.b.id]);
  });

  it("counts every queue with the same filters as the lists", async () => {
    const filterSets: Record<string, string>[] = [{}, { label: "refund" }, { q: "amara" }, { language: "nl" }, { teamId }];
    for (const raw of filterSets) {
      for (const user of [ana, ben]) {
        const counts = await countConversationQueues(db(), { filters: filtersOf(raw), userId: user.id });
        for (const queue of CONVERSATION_QUEUES) {
          expect(counts[queue], `${queue} ${JSON.stringify(raw)} ${user.name}`).toBe((await list(queue, user, raw)).length);
        }
      }
    }
    expect(await countConversationQueues(db(), { filters: filtersOf(), userId: ana.id })).toEqual({
      needs_human: 2,
      mine: 2,
      unassigned: 1,
      bot: 1,
      snoozed: 1,
      resolved: 1,
      all: 5,
    });
  });

  it("honours the limit", async () => {
    expect(await listConversations(db(), { queue: "all", filters: filtersOf(), limit: 2, userId: ana.id })).toHaveLength(2);
  });
});
