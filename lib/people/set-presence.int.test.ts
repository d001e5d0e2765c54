import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conversations, users } from "@/lib/db/schema";
import { createConversation, createHandoffRow, createPerson, createTeam, useConsoleWorld } from "@/lib/testing/console-write-fixtures";
import { testDatabaseKinds } from "@/lib/testing/databases";
import { setPresence } from "./set-presence";

describe.each(testDatabaseKinds())("presence on %s", (kind) => {
  const world = useConsoleWorld(kind, { people: false });
  const { db, events } = world;

  it("stores and announces a change, and stays quiet when nothing changed", async () => {
    const ana = await createPerson(db(), { name: "Ana Costa", presence: "online" });
    expect(await setPresence(db(), { userId: ana.id, presence: "away" })).toEqual({ presence: "away", changed: true });
    expect((await db().select({ presence: users.presence }).from(users).where(eq(users.id, ana.id)))[0]!.presence).toBe("away");
    expect(events).toEqual([{ type: "presence.changed", userId: ana.id, presence: "away" }]);
    await setPresence(db(), { userId: ana.id, presence: "away" });
    expect(events).toHaveLength(1);
  });

  it("deals the waiting handoffs of their teams to someone who comes online, oldest first", async () => {
    const team = await createTeam(db());
    const other = await createTeam(db());
    const ben = await createPerson(db(), { name: "Ben Ortiz", presence: "offline", teams: [team] });
    const older = await createConversation(db(), { inbox: world.inbox, owner: "human", teamId: team.id });
    await createHandoffRow(db(), { conversation: older, teamId: team.id, createdAt: new Date(Date.now() - 60_000) });
    const newer = await createConversation(db(), { inbox: world.inbox, owner: "human", teamId: team.id });
    await createHandoffRow(db(), { conversation: newer, teamId: team.id });
    const elsewhere = await createConversation(db(), { inbox: world.inbox, owner: "human", teamId: other.id });
    await createHandoffRow(db(), { conversation: elsewhere, teamId: other.id });

    await setPresence(db(), { userId: ben.id, presence: "online" });

    const assignee = async (id: string) => (await db().select({ id: conversations.assigneeId }).from(conversations).where(eq(conversations.id, id)))[0]!.id;
    expect(await assignee(older.id)).toBe(ben.id);
    expect(await assignee(newer.id)).toBe(ben.id);
    expect(await assignee(elsewhere.id)).toBeNull();
    expect(events[0]).toEqual({ type: "presence.changed", userId: ben.id, presence: "online" });
    const updates = events.filter((event) => event.type === "conversation.updated");
    expect(updates.map((event) => event.conversationId)).toEqual([older.id, newer.id]);
  });
});
