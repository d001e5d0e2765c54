import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conversations, conversationTallies, handoffs, teams, users, type Conversation, type User } from "@/lib/db/schema";
import { queryRows } from "@/lib/db/sql-rows";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { insertContact, insertConversation, insertHandoff, insertInbox, insertMessage, insertPerson, insertTeam, minutesAgo } from "@/lib/testing/console-read-fixtures";
import { CONVERSATION_QUEUES, listConversationsQuerySchema, type ConversationQueue } from "@/lib/validation/conversations";
import { assignConversation } from "./assign-conversation";
import { countConversationQueues } from "./count-conversation-queues";
import { handBackToBot } from "./hand-back-to-bot";
import { listConversations } from "./list-conversations";
import { loadInbox } from "./load-inbox";
import { reopenConversation } from "./reopen-conversation";
import { snoozeConversation } from "./snooze-conversation";

const NOW = new Date();
const STATUSES = ["open", "open", "open", "snoozed", "resolved"] as const;
const OWNERS = ["bot", "human"] as const;
const LANGUAGES = ["en", "nl", "de"] as const;
const PRIORITIES = ["low", "normal", "high", "urgent"] as const;
const INTENTS = ["refund", "order_status", null] as const;
const WORDS = ["parcel damaged", "where is my order", "refund please", "damaged box again"] as const;

function filtersOf(raw: Record<string, string> = {}) {
  const { queue: _queue, limit: _limit, ...filters } = listConversationsQuerySchema.parse(raw);
  return filters;
}

// The badges must agree with the lists they open: the counts come from tallies kept by triggers
// (no filter, inbox, team) or from a pass over the matching conversations (other filters, search).
describe.each(testDatabaseKinds())("queue counts on %s", (kind) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  let people: User[];
  let inboxIds: string[];
  let teamIds: string[];
  let rows: Conversation[];
  let filterSets: Record<string, string>[];

  const expectCountsMatchLists = async (sets: Record<string, string>[] = filterSets) => {
    const listed = (queue: ConversationQueue, raw: Record<string, string>, person: User) =>
      listConversations(db(), { queue, filters: filtersOf(raw), limit: 200, userId: person.id }).then((items) => items.length);
    for (const raw of sets) {
      // Only "Mine" depends on who asks.
      const shared = Object.fromEntries(await Promise.all(CONVERSATION_QUEUES.filter((queue) => queue !== "mine").map(async (queue) => [queue, await listed(queue, raw, people[0]!)])));
      for (const person of people) {
        const expected = { ...shared, mine: await listed("mine", raw, person) };
        expect(await countConversationQueues(db(), { filters: filtersOf(raw), userId: person.id }), `${JSON.stringify(raw)} for ${person.name}`).toEqual(expected);
      }
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const support = await insertTeam(db(), "support", "Support");
    const billing = await insertTeam(db(), "billing", "Billing");
    teamIds = [support.id, billing.id];
    people = [await insertPerson(db(), "Ana Costa", { teamIds: [support.id] }), await insertPerson(db(), "Ben Müller"), await insertPerson(db(), "Chen Li", { teamIds: [billing.id] })];
    inboxIds = [(await insertInbox(db(), "Main", "100000000000001")).id, (await insertInbox(db(), "Service", "100000000000002")).id];
    rows = [];
    // 48 conversations over every combination that matters, each with a customer of its own.
    for (let n = 0; n < 48; n++) {
      const contact = await insertContact(db(), { waId: `3160000${String(n).padStart(4, "0")}`, name: n % 7 === 0 ? `Damaged Goods Ltd ${n}` : `Customer ${n}` });
      const status = STATUSES[n % STATUSES.length]!;
      const owner = OWNERS[Math.floor(n / 5) % 2]!;
      const row = await insertConversation(db(), {
        inboxId: inboxIds[n % 2]!,
        contactId: contact.id,
        status,
        owner,
        assigneeId: owner === "human" && n % 3 !== 0 ? people[n % 3]!.id : null,
        teamId: n % 4 === 0 ? null : teamIds[n % 2],
        priority: PRIORITIES[n % 4],
        labels: n % 6 === 0 ? ["vip"] : [],
        language: LANGUAGES[n % 3],
        intent: INTENTS[n % 3],
        resolvedAt: status === "resolved" ? minutesAgo(NOW, 100) : null,
        snoozedUntil: status === "snoozed" ? minutesAgo(NOW, -60) : null,
        lastMessageAt: minutesAgo(NOW, n),
        createdAt: minutesAgo(NOW, 200 + n),
      });
      rows.push(row);
      await insertMessage(db(), { conversationId: row.id, direction: "inbound", sender: "customer", type: "text", body: `${WORDS[n % 4]} BN-${1000 + n}`, sentAt: minutesAgo(NOW, n + 1) });
      if (n % 5 === 1) await insertHandoff(db(), { conversationId: row.id, createdAt: minutesAgo(NOW, 30 + n) });
      if (n % 10 === 3) await insertHandoff(db(), { conversationId: row.id, status: "accepted", createdAt: minutesAgo(NOW, 60 + n) });
    }
    filterSets = [
      {},
      { inboxId: inboxIds[0]! },
      { teamId: teamIds[1]! },
      { inboxId: inboxIds[1]!, teamId: teamIds[0]! },
      { label: "vip" },
      { language: "nl" },
      { priority: "urgent", inboxId: inboxIds[0]! },
      { intent: "refund" },
      { q: "damaged" },
      { q: "damaged", inboxId: inboxIds[1]! },
      { q: "damaged", teamId: teamIds[0]!, language: "en" },
      { q: "BN-1007" },
      { q: "goods ltd" },
      { q: "nothing like this" },
    ];
  });
  afterAll(async () => {
    await database.dispose();
  });

  it("equal the lists for every queue, person and filter combination", async () => {
    await expectCountsMatchLists();
    const all = await countConversationQueues(db(), { filters: filtersOf(), userId: people[0]!.id });
    expect(all.all).toBe(48);
    expect(all.needs_human).toBe(10);
  });

  it("are what loadInbox answers, the search run once for the list and the counts", async () => {
    for (const raw of filterSets) {
      for (const queue of ["all", "needs_human", "mine"] as const) {
        const options = { queue, filters: filtersOf(raw), limit: 200, userId: people[1]!.id };
        const inbox = await loadInbox(db(), options);
        expect(inbox.conversations.map((item) => item.id), `${queue} ${JSON.stringify(raw)}`).toEqual((await listConversations(db(), options)).map((item) => item.id));
        expect(inbox.counts, `${queue} ${JSON.stringify(raw)}`).toEqual(await countConversationQueues(db(), options));
      }
    }
  });

  it("stay exact through assignments, hand-backs, snoozes, reopens, resolves, handoffs and deletions", async () => {
    const [ana, ben] = [people[0]!, people[1]!];
    const open = rows.filter((row) => row.status === "open");
    await assignConversation(db(), { conversationId: open[0]!.id, userId: ana.id, assigneeId: ben.id, teamId: teamIds[1]! });
    await assignConversation(db(), { conversationId: open[1]!.id, userId: ana.id, assigneeId: null });
    await handBackToBot(db(), { conversationId: open[2]!.id, userId: ana.id });
    await snoozeConversation(db(), { conversationId: open[3]!.id, userId: ana.id, until: minutesAgo(NOW, -120) });
    const resolved = rows.find((row) => row.status === "resolved")!;
    await reopenConversation(db(), { conversationId: resolved.id, userId: ana.id });
    await db().update(conversations).set({ status: "resolved", resolvedAt: NOW }).where(eq(conversations.id, open[4]!.id));
    await db().update(conversations).set({ owner: "human" }).where(eq(conversations.id, open[5]!.id));
    await insertHandoff(db(), { conversationId: open[5]!.id, createdAt: minutesAgo(NOW, 5) });
    await db().update(handoffs).set({ status: "accepted" }).where(eq(handoffs.conversationId, rows[1]!.id));
    // A move to another inbox, a bulk change, a deletion.
    await db().update(conversations).set({ inboxId: inboxIds[0]! }).where(eq(conversations.id, open[6]!.id));
    await db().update(conversations).set({ priority: "urgent", status: "open", snoozedUntil: null }).where(eq(conversations.status, "snoozed"));
    await db().delete(conversations).where(eq(conversations.id, open[7]!.id));
    await expectCountsMatchLists();
  });

  it("follow a person's and a team's removal (their conversations lose the assignee and team)", async () => {
    const chen = people[2]!;
    await db().delete(users).where(eq(users.id, chen.id));
    await db().delete(teams).where(eq(teams.id, teamIds[1]!));
    people = people.slice(0, 2);
    await expectCountsMatchLists([{}, { teamId: teamIds[0]! }, { inboxId: inboxIds[1]! }, { q: "damaged" }]);
  });

  it("fold many changes into one tally row per group when read", async () => {
    const ids = rows.slice(0, 40).map((row) => row.id);
    for (let round = 0; round < 8; round++) {
      await db().update(conversations).set({ assigneeId: round % 2 === 0 ? people[0]!.id : null }).where(inArray(conversations.id, ids));
    }
    const before = await tallyRows();
    expect(before).toBeGreaterThan(500);
    await countConversationQueues(db(), { filters: filtersOf(), userId: people[0]!.id });
    const [groups] = await queryRows<{ n: number | string }>(
      db(),
      sql`select count(*) as n from (select distinct inbox_id, team_id, status, owner, assignee_id from ${conversations}) g`,
    );
    expect(await tallyRows()).toBe(Number(groups?.n));
    await expectCountsMatchLists([{}, { inboxId: inboxIds[0]! }, { teamId: teamIds[0]! }]);
  });

  it("stay exact when many transactions change conversations at once (writers share no counter row, so they neither wait nor deadlock)", async () => {
    const live = await db().select({ id: conversations.id }).from(conversations).where(inArray(conversations.status, ["open", "snoozed"]));
    const pairs = Array.from({ length: Math.floor(live.length / 2) }, (_, k) => [live[2 * k]!.id, live[2 * k + 1]!.id] as const);
    expect(pairs.length).toBeGreaterThan(8);
    // Each transaction moves two conversations of its own between queues, half of them in the
    // opposite order, pausing in between so they overlap: counters updated in place would be locked
    // in opposite orders here.
    await Promise.all(
      pairs.map(([first, second], k) =>
        db().transaction(async (tx) => {
          const moves = [
            { id: first, status: "snoozed" as const, assigneeId: people[0]!.id },
            { id: second, status: "open" as const, assigneeId: null },
          ];
          for (const move of k % 2 === 0 ? moves : moves.reverse()) {
            await tx.update(conversations).set({ status: move.status, assigneeId: move.assigneeId, owner: "human" }).where(eq(conversations.id, move.id));
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
        }),
      ),
    );
    // Compactions running side by side never count a row twice.
    await Promise.all([1, 2, 3].map(() => countConversationQueues(db(), { filters: filtersOf(), userId: people[0]!.id })));
    await expectCountsMatchLists([{}, { inboxId: inboxIds[1]! }]);
  });

  it("are zero after the conversations are truncated", async () => {
    await db().execute(sql`truncate conversations cascade`);
    expect(await countConversationQueues(db(), { filters: filtersOf(), userId: people[0]!.id })).toEqual({
      needs_human: 0,
      mine: 0,
      unassigned: 0,
      bot: 0,
      snoozed: 0,
      resolved: 0,
      all: 0,
    });
  });

  async function tallyRows(): Promise<number> {
    const [row] = await queryRows<{ n: number | string }>(db(), sql`select count(*) as n from ${conversationTallies}`);
    return Number(row?.n ?? 0);
  }
});
