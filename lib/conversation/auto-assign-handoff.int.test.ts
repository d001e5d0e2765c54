import { and, eq, inArray } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { createBuiltinConnectors } from "@/lib/agent/connectors/builtin/create-builtin-connectors";
import { loadAgentPolicy } from "@/lib/agent/load-agent-policy";
import { createAgentResponder } from "@/lib/agent/run-agent-turn";
import { OUT_OF_SCOPE_THRESHOLD } from "@/lib/ai/offline/nlu/classifier";
import { resolveLanguageModel } from "@/lib/ai/providers";
import { conversations, handoffs, messages, settings, type Team, users } from "@/lib/db/schema";
import { createJobRunner, startJobRunner, stopJobRunner } from "@/lib/jobs/job-runner";
import { createConversation, createHandoffRow, createPerson, createTeam, useConsoleWorld } from "@/lib/testing/console-write-fixtures";
import { connectionUrl, testDatabaseKinds } from "@/lib/testing/databases";
import { ASSIGNMENT_POLICY_SETTING } from "@/lib/validation/assignment";
import { autoAssignHandoff } from "./auto-assign-handoff";
import { processConversationTurn } from "./process-turn";

describe.each(testDatabaseKinds())("round-robin assignment on %s", (kind) => {
  const world = useConsoleWorld(kind, { global: true, people: false });
  const { db, events } = world;

  // A team with two online agents (Ana assigned longest ago), one away and one offline.
  const staffedTeam = async () => {
    const team = await createTeam(db());
    const ana = await createPerson(db(), { name: "Ana Costa", presence: "online", teams: [team], lastAssignedAt: new Date("2026-01-01T00:00:00Z") });
    const ben = await createPerson(db(), { name: "Ben Ortiz", presence: "online", teams: [team], lastAssignedAt: new Date("2026-01-02T00:00:00Z") });
    const away = await createPerson(db(), { name: "Ava Away", presence: "away", teams: [team] });
    const offline = await createPerson(db(), { name: "Otto Offline", presence: "offline", teams: [team] });
    return { team, ana, ben, away, offline };
  };
  const handoffFor = async (team: Team | null) => {
    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human", teamId: team?.id ?? null });
    return createHandoffRow(db(), { conversation, teamId: team?.id ?? null });
  };
  const assigneeOf = async (conversationId: string) => (await db().select({ id: conversations.assigneeId }).from(conversations).where(eq(conversations.id, conversationId)))[0]!.id;

  beforeEach(async () => {
    // Everyone from earlier tests goes offline so each test sees only its own people.
    await db().update(users).set({ presence: "offline" });
    await db().delete(settings).where(eq(settings.key, ASSIGNMENT_POLICY_SETTING));
  });

  it("deals handoffs out in turn to online team members, skipping away and offline ones", async () => {
    const { team, ana, ben } = await staffedTeam();
    const assigned: (string | null)[] = [];
    for (let i = 0; i < 4; i += 1) {
      const handoff = await handoffFor(team);
      assigned.push((await autoAssignHandoff(db(), { handoffId: handoff.id }))?.assigneeId ?? null);
      expect(await assigneeOf(handoff.conversationId)).toBe(assigned.at(-1));
      // Assignment is not an answer: the handoff still waits for someone to take over or reply.
      expect((await db().select().from(handoffs).where(eq(handoffs.id, handoff.id)))[0]!.status).toBe("waiting");
    }
    expect(assigned).toEqual([ana.id, ben.id, ana.id, ben.id]);
    const updates = events.filter((event) => event.type === "conversation.updated");
    expect(updates).toHaveLength(4);
    expect(updates[0]).toMatchObject({ changes: { assigneeId: ana.id } });
  });

  it("skips people at their limit, and leaves the handoff waiting when everyone is full", async () => {
    await db().insert(settings).values({ key: ASSIGNMENT_POLICY_SETTING, value: { maxOpenPerAgent: 1 } });
    const { team, ana, ben } = await staffedTeam();
    await createConversation(db(), { inbox: world.inbox, owner: "human", assigneeId: ana.id });
    // Bot-owned, snoozed and resolved conversations do not count against the limit.
    await createConversation(db(), { inbox: world.inbox, owner: "bot", assigneeId: ben.id });
    await createConversation(db(), { inbox: world.inbox, owner: "human", assigneeId: ben.id, status: "resolved", resolvedAt: new Date() });

    const first = await handoffFor(team);
    expect(await autoAssignHandoff(db(), { handoffId: first.id })).toEqual({ assigneeId: ben.id });
    const second = await handoffFor(team);
    expect(await autoAssignHandoff(db(), { handoffId: second.id })).toBeNull();
    expect(await assigneeOf(second.conversationId)).toBeNull();
  });

  it("sends a handoff without a team to any online agent or supervisor, never to an admin", async () => {
    const admin = await createPerson(db(), { name: "Noor Admin", role: "admin", presence: "online" });
    const supervisor = await createPerson(db(), { name: "Sam Supervisor", role: "supervisor", presence: "online", lastAssignedAt: new Date("2026-01-01T00:00:00Z") });
    const handoff = await handoffFor(null);
    expect(await autoAssignHandoff(db(), { handoffId: handoff.id })).toEqual({ assigneeId: supervisor.id });
    expect(await assigneeOf(handoff.conversationId)).not.toBe(admin.id);
  });

  it("does nothing when switched off, already assigned, or no longer waiting", async () => {
    const { team, ben } = await staffedTeam();
    await db().insert(settings).values({ key: ASSIGNMENT_POLICY_SETTING, value: { autoAssign: false } });
    expect(await autoAssignHandoff(db(), { handoffId: (await handoffFor(team)).id })).toBeNull();
    await db().delete(settings).where(eq(settings.key, ASSIGNMENT_POLICY_SETTING));

    const conversation = await createConversation(db(), { inbox: world.inbox, owner: "human", assigneeId: ben.id });
    const taken = await createHandoffRow(db(), { conversation, teamId: team.id });
    expect(await autoAssignHandoff(db(), { handoffId: taken.id })).toBeNull();
    const accepted = await createHandoffRow(db(), { conversation: await createConversation(db(), { inbox: world.inbox, owner: "human" }), teamId: team.id, status: "accepted" });
    expect(await autoAssignHandoff(db(), { handoffId: accepted.id })).toBeNull();
    expect(events).toEqual([]);
  });

  it("gives two simultaneous handoffs to two different people", async () => {
    const { team, ana, ben } = await staffedTeam();
    const [one, two] = [await handoffFor(team), await handoffFor(team)];
    const results = await Promise.all([autoAssignHandoff(db(), { handoffId: one.id }), autoAssignHandoff(db(), { handoffId: two.id })]);
    expect(results.map((result) => result?.assigneeId).sort()).toEqual([ana.id, ben.id].sort());
  });

  it("assigns the handoff an agent turn creates", async () => {
    await startJobRunner(createJobRunner(world.database.handle, { connectionString: connectionUrl(world.database) }), null);
    try {
      const ana = await createPerson(db(), { name: "Ana Costa", presence: "online" });
      const conversation = await createConversation(db(), { inbox: world.inbox, owner: "bot", contactLanguage: "en" });
      await db().insert(messages).values({ conversationId: conversation.id, direction: "inbound", sender: "customer", type: "text", body: "I want to talk to a human agent please", status: "received", createdAt: new Date(Date.now() - 10_000) });
      const responder = createAgentResponder({
        model: resolveLanguageModel({ AI_MODEL: "offline", AI_BASE_URL: undefined, AI_API_KEY: undefined }),
        connectors: createBuiltinConnectors(db()),
        policy: () => loadAgentPolicy(db()),
        confidenceThreshold: OUT_OF_SCOPE_THRESHOLD,
      });
      await processConversationTurn(db(), conversation.id, { burstWindowMs: 0, responder });
      const [handoff] = await db().select().from(handoffs).where(eq(handoffs.conversationId, conversation.id));
      expect(handoff).toMatchObject({ status: "waiting" });
      expect(await assigneeOf(conversation.id)).toBe(ana.id);
      // The customer was still told a colleague will help.
      const bot = await db().select().from(messages).where(and(eq(messages.conversationId, conversation.id), inArray(messages.sender, ["bot"])));
      expect(bot.length).toBeGreaterThan(0);
    } finally {
      await stopJobRunner();
    }
  });
});
