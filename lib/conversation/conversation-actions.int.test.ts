import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, conversations, handoffs } from "@/lib/db/schema";
import { createConversation, createHandoffRow, createPerson, createTeam, useConsoleWorld } from "@/lib/testing/console-write-fixtures";
import { testDatabaseKinds } from "@/lib/testing/databases";
import { applyConversationAction } from "./apply-conversation-action";

describe.each(testDatabaseKinds())("conversation actions on %s", (kind) => {
  const world = useConsoleWorld(kind);
  const { db, events } = world;

  const act = (conversationId: string, userId: string, action: Parameters<typeof applyConversationAction>[1]["action"]) => applyConversationAction(db(), { conversationId, userId, action });
  const load = async (id: string) => (await db().select().from(conversations).where(eq(conversations.id, id)))[0]!;

  it("refuses a stale version and says who changed the conversation and how", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human" });
    const { version } = await act(conversation.id, world.ben.id, { action: "assign", expectedVersion: conversation.version, assigneeId: world.ben.id });
    expect(version).toBe(conversation.version + 1);

    const stale = act(conversation.id, world.ana.id, { action: "set_priority", expectedVersion: conversation.version, priority: "high" });
    await expect(stale).rejects.toMatchObject({
      code: "conflict:api",
      message: "Ben Ortiz assigned this conversation a moment ago. The view now shows the latest state.",
      details: { version },
    });
    expect((await load(conversation.id)).priority).toBe("normal");

    await act(conversation.id, world.ben.id, { action: "set_labels", expectedVersion: version, labels: ["refund"] });
    await expect(act(conversation.id, world.ana.id, { action: "resolve", expectedVersion: version })).rejects.toThrow("Ben Ortiz changed this conversation's labels a moment ago.");
  });

  it("assigns without moving ownership, validates the person and team, and leaves a waiting handoff waiting", async () => {
    const team = await createTeam(db());
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human" });
    const handoff = await createHandoffRow(db(), { conversation });

    await expect(act(conversation.id, world.ana.id, { action: "assign", expectedVersion: 1, assigneeId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "bad_request:api" });
    const inactive = await createPerson(db(), { name: "Gone Person", active: false });
    await expect(act(conversation.id, world.ana.id, { action: "assign", expectedVersion: 1, assigneeId: inactive.id })).rejects.toMatchObject({ code: "bad_request:api" });
    await expect(act(conversation.id, world.ana.id, { action: "assign", expectedVersion: 1, assigneeId: world.ben.id, teamId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "bad_request:api" });

    const { version } = await act(conversation.id, world.ana.id, { action: "assign", expectedVersion: 1, assigneeId: world.ben.id, teamId: team.id });
    expect(await load(conversation.id)).toMatchObject({ assigneeId: world.ben.id, teamId: team.id, owner: "human", version: 2 });
    expect((await db().select().from(handoffs).where(eq(handoffs.id, handoff.id)))[0]!.status).toBe("waiting");
    expect(events).toContainEqual({ type: "conversation.updated", conversationId: conversation.id, inboxId: world.inbox.id, version, changes: { assigneeId: world.ben.id, teamId: team.id } });
    const [audit] = await db().select().from(auditEvents).where(eq(auditEvents.targetId, conversation.id)).orderBy(desc(auditEvents.id)).limit(1);
    expect(audit).toMatchObject({ action: "conversation.assigned", actorType: "user", actorId: world.ana.id });

    const bot = await createConversation(db(), { inbox: world.inbox, owner: "bot" });
    await act(bot.id, world.ana.id, { action: "assign", expectedVersion: 1, assigneeId: world.ana.id });
    expect((await load(bot.id)).owner).toBe("bot");
  });

  it("resolves (closing handoffs) and reopens", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human", assigneeId: world.ana.id });
    const waiting = await createHandoffRow(db(), { conversation, status: "accepted" });
    const resolved = await act(conversation.id, world.ana.id, { action: "resolve", expectedVersion: 1 });
    const stored = await load(conversation.id);
    expect(stored.status).toBe("resolved");
    expect(stored.resolvedAt).toBeInstanceOf(Date);
    expect((await db().select().from(handoffs).where(eq(handoffs.id, waiting.id)))[0]!.status).toBe("closed");

    await expect(act(conversation.id, world.ana.id, { action: "resolve", expectedVersion: resolved.version - 1 })).rejects.toThrow("Ana Costa resolved this conversation");
    await act(conversation.id, world.ana.id, { action: "reopen", expectedVersion: resolved.version });
    expect(await load(conversation.id)).toMatchObject({ status: "open", resolvedAt: null });
    await expect(act(conversation.id, world.ana.id, { action: "reopen", expectedVersion: resolved.version + 1 })).rejects.toMatchObject({ code: "conflict:api" });
  });

  it("refuses to reopen when the customer already has a newer live conversation", async () => {
    const old = await createConversation(db(), { inbox: world.inbox, status: "resolved", resolvedAt: new Date() });
    const live = await createConversation(db(), { inbox: world.inbox, contactId: old.contactId });
    await expect(act(old.id, world.ana.id, { action: "reopen", expectedVersion: 1 })).rejects.toMatchObject({
      code: "conflict:api",
      message: "This customer already has an open conversation on this number. Continue there instead of reopening this one.",
      details: { reason: "live_conversation_exists", liveConversationId: live.id },
    });
    expect((await load(old.id)).status).toBe("resolved");
  });

  it("snoozes, sets the priority and replaces the labels", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human" });
    const until = new Date(Date.now() + 3600_000);
    await act(conversation.id, world.ana.id, { action: "snooze", expectedVersion: 1, until });
    expect(await load(conversation.id)).toMatchObject({ status: "snoozed", snoozedUntil: until });
    expect(events.at(-1)).toMatchObject({ type: "conversation.updated", changes: { status: "snoozed", snoozedUntil: until.toISOString() } });

    await act(conversation.id, world.ana.id, { action: "set_priority", expectedVersion: 2, priority: "urgent" });
    await act(conversation.id, world.ana.id, { action: "set_labels", expectedVersion: 3, labels: ["refund", "vip", "refund"] });
    expect(await load(conversation.id)).toMatchObject({ priority: "urgent", labels: ["refund", "vip"], version: 4 });
    const actions = (await db().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.targetId, conversation.id))).map((row) => row.action);
    expect(actions).toEqual(["conversation.snoozed", "conversation.priority_set", "conversation.labels_set"]);
  });

  it("hands back to the bot through the same path", async () => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human", assigneeId: world.ana.id });
    await createHandoffRow(db(), { conversation, status: "accepted" });
    const { version } = await act(conversation.id, world.ana.id, { action: "hand_back", expectedVersion: 1 });
    expect(await load(conversation.id)).toMatchObject({ owner: "bot", assigneeId: null, version, agentState: { episode: 2 } });
    expect((await db().select().from(handoffs).where(eq(handoffs.conversationId, conversation.id)))[0]!.status).toBe("closed");
    expect(events).toContainEqual({ type: "conversation.updated", conversationId: conversation.id, inboxId: world.inbox.id, version, changes: { owner: "bot", assigneeId: null } });
  });
});
