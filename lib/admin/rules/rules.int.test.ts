import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAgentSettings } from "@/lib/admin/settings/load-agent-settings";
import { createBuiltinConnectors } from "@/lib/agent/connectors/builtin/create-builtin-connectors";
import { loadAgentPolicy } from "@/lib/agent/load-agent-policy";
import { createAgentResponder } from "@/lib/agent/run-agent-turn";
import { OUT_OF_SCOPE_THRESHOLD } from "@/lib/ai/offline/nlu/classifier";
import { resolveLanguageModel } from "@/lib/ai/providers";
import type { AppError } from "@/lib/errors";
import { receiveWebhook } from "@/lib/channel/receive-webhook";
import { processConversationTurn } from "@/lib/conversation/process-turn";
import { setDatabase } from "@/lib/db/client";
import { auditEvents, contacts, conversations, escalationRules, handoffs, messages, teams, users } from "@/lib/db/schema";
import { seedDemoData } from "@/lib/db/seed";
import { createJobRunner, startJobRunner, stopJobRunner } from "@/lib/jobs/job-runner";
import { signed, TEST_BUSINESS, wamid } from "@/lib/testing/channel-fixtures";
import { connectionUrl, createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { buildInboundMessagePayload, buildTextMessage } from "@/lib/whatsapp/webhook/build-payload";
import { createRule } from "./create-rule";
import { deleteRule } from "./delete-rule";
import { dryRunRules } from "./dry-run-rules";
import { listDryRunConversations } from "./list-dry-run-conversations";
import { listRuleHistory } from "./list-rule-history";
import { listRules } from "./list-rules";
import { moveRule } from "./move-rule";
import { revertRuleChange } from "./revert-rule-change";
import { setRuleEnabled } from "./set-rule-enabled";
import { updateRule } from "./update-rule";

const PINEAPPLE_RULE = {
  name: "Pineapple questions go to Legal",
  condition: { kind: "keyword", keywords: ["pineapple"] },
  action: { handToTeam: "legal", setPriority: "high", addLabels: ["pineapple"], messageToCustomer: { en: "A colleague from Legal will reply here shortly." }, handover: true },
};

// The escalation rules editor's domain on the demo data: validation, CRUD, order, switches, the
// audited history with revert, the dry run, and the agent honouring a new rule on the next message.
describe.each(testDatabaseKinds())("escalation rules administration on %s", (kind) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  let admin: { id: string };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    setDatabase(database.handle);
    await seedDemoData(db());
    await startJobRunner(createJobRunner(database.handle, { connectionString: connectionUrl(database) }), null);
    [admin] = (await db().select({ id: users.id }).from(users).where(eq(users.role, "admin"))) as [{ id: string }];
  }, 120_000);
  afterAll(async () => {
    await stopJobRunner();
    setDatabase(undefined);
    await database.dispose();
  });

  const order = async () => (await listRules(db())).rules.map((rule) => rule.name);

  it("refuses an invalid rule with an error per field, and an unknown team by name", async () => {
    const invalid = await createRule(db(), { body: { name: "x", condition: { kind: "confidence_below", threshold: 3 }, action: { handover: false, handToTeam: "legal" } }, user: admin }).catch((error: AppError) => error);
    expect(invalid).toMatchObject({ code: "bad_request:admin" });
    const fields = (invalid as AppError).details as { field: string; message: string }[];
    expect(fields.map((error) => error.field).sort()).toEqual(["action.handToTeam", "condition.threshold", "name"]);
    const unknownTeam = await createRule(db(), { body: { ...PINEAPPLE_RULE, action: { ...PINEAPPLE_RULE.action, handToTeam: "lawyers" } }, user: admin }).catch((error: AppError) => error);
    expect((unknownTeam as AppError).details).toEqual([{ field: "action.handToTeam", message: expect.stringContaining('there is no team "lawyers"') }]);
    expect(await db().select().from(escalationRules).where(eq(escalationRules.name, PINEAPPLE_RULE.name))).toHaveLength(0);
  });

  it("creates at the end, moves, switches, edits and deletes a rule, auditing each change; every change can be reverted", async () => {
    const before = await order();
    const rule = await createRule(db(), { body: PINEAPPLE_RULE, user: admin });
    expect(await order()).toEqual([...before, PINEAPPLE_RULE.name]);

    await moveRule(db(), { ruleId: rule.id, direction: "up", user: admin });
    expect((await order()).at(-2)).toBe(PINEAPPLE_RULE.name);
    await expect(moveRule(db(), { ruleId: (await listRules(db())).rules[0]!.id, direction: "up", user: admin })).rejects.toMatchObject({ code: "bad_request:admin" });

    await setRuleEnabled(db(), { ruleId: rule.id, enabled: false, user: admin });
    await updateRule(db(), { ruleId: rule.id, body: { ...PINEAPPLE_RULE, name: "Pineapples to Legal", enabled: false }, user: admin });
    const history = await listRuleHistory(db(), { ruleId: rule.id });
    expect(history.map((entry) => entry.action)).toEqual(["rule.updated", "rule.disabled", "rule.moved", "rule.created"]);
    expect(history[0]).toMatchObject({ actor: { id: admin.id }, before: { name: PINEAPPLE_RULE.name }, after: { name: "Pineapples to Legal" } });

    // Revert the edit: the old name is back, and the revert is itself in the history.
    await revertRuleChange(db(), { eventId: history[0]!.eventId, user: admin });
    expect((await listRules(db())).rules.find((row) => row.id === rule.id)).toMatchObject({ name: PINEAPPLE_RULE.name, enabled: false });
    // Revert the move: back to the end.
    await revertRuleChange(db(), { eventId: history[2]!.eventId, user: admin });
    expect((await order()).at(-1)).toBe(PINEAPPLE_RULE.name);

    // Delete, then revert the deletion: the same rule returns in its place.
    await moveRule(db(), { ruleId: rule.id, direction: "up", user: admin });
    const placed = await order();
    await deleteRule(db(), { ruleId: rule.id, user: admin });
    expect(await order()).not.toContain(PINEAPPLE_RULE.name);
    const [deletion] = await listRuleHistory(db(), { ruleId: rule.id });
    expect(deletion).toMatchObject({ action: "rule.deleted", after: null });
    await revertRuleChange(db(), { eventId: deletion!.eventId, user: admin });
    expect(await order()).toEqual(placed);
    const positions = (await listRules(db())).rules.map((row) => row.position);
    expect(positions).toEqual(positions.map((_, index) => index + 1));

    const audits = await db().select().from(auditEvents).where(and(eq(auditEvents.targetType, "escalation_rule"), eq(auditEvents.targetId, rule.id)));
    expect(audits.every((event) => event.actorId === admin.id)).toBe(true);
    await setRuleEnabled(db(), { ruleId: rule.id, enabled: true, user: admin });
  });

  it("hands the next matching customer message to the rule's team, and the dry run shows the rule matching that turn", async () => {
    const [legal] = await db().select().from(teams).where(eq(teams.slug, "legal"));
    const responder = createAgentResponder({
      model: resolveLanguageModel({ AI_MODEL: "offline", AI_BASE_URL: undefined, AI_API_KEY: undefined }),
      connectors: createBuiltinConnectors(db()),
      policy: () => loadAgentPolicy(db()),
      settings: () => loadAgentSettings(db(), { AI_MODEL: "offline", AI_BASE_URL: undefined, AI_API_KEY: undefined }),
      confidenceThreshold: OUT_OF_SCOPE_THRESHOLD,
    });
    // Put the (enabled) pineapple rule first so it decides.
    let rules = (await listRules(db())).rules;
    const pineapple = rules.find((rule) => rule.name === PINEAPPLE_RULE.name)!;
    while (rules[0]!.id !== pineapple.id) {
      await moveRule(db(), { ruleId: pineapple.id, direction: "up", user: admin });
      rules = (await listRules(db())).rules;
    }

    const waId = "351998877001";
    const say = async (text: string) => {
      const { body, signature } = signed(buildInboundMessagePayload(TEST_BUSINESS, { waId, profileName: "Pia" }, [buildTextMessage({ id: wamid(), from: waId, timestamp: new Date() }, text)]));
      expect((await receiveWebhook(body, signature)).status).toBe(200);
      const [row] = await db().select({ id: conversations.id }).from(conversations).innerJoin(contacts, eq(contacts.id, conversations.contactId)).where(eq(contacts.waId, waId));
      await processConversationTurn(db(), row!.id, { burstWindowMs: 0, responder });
      return row!.id;
    };
    await say("Hello, what are your opening hours?");
    const conversationId = await say("I have a question about a pineapple");
    const [handoff] = await db().select().from(handoffs).where(eq(handoffs.conversationId, conversationId));
    expect(handoff).toMatchObject({ teamId: legal!.id, status: "waiting" });
    const [conversation] = await db().select().from(conversations).where(eq(conversations.id, conversationId));
    expect(conversation).toMatchObject({ owner: "human", priority: "high" });
    expect(conversation!.labels).toContain("pineapple");
    const replies = await db().select({ body: messages.body }).from(messages).where(and(eq(messages.conversationId, conversationId), eq(messages.direction, "outbound"))).orderBy(asc(messages.createdAt));
    expect(replies.at(-1)?.body).toContain("A colleague from Legal will reply here shortly.");

    // The dry run replays both turns without side effects.
    const auditCount = (await db().select().from(auditEvents)).length;
    const options = await listDryRunConversations(db(), { search: "Pia" });
    expect(options.map((option) => option.id)).toContain(conversationId);
    const run = await dryRunRules(db(), { conversationId });
    expect(run.turns).toHaveLength(2);
    expect(run.turns[0]!.decision?.handover ?? false).toBe(false);
    expect(run.turns[1]!.matches.map((match) => match.ruleName)).toContain(PINEAPPLE_RULE.name);
    expect(run.turns[1]!.decision).toMatchObject({ ruleName: PINEAPPLE_RULE.name, handover: true, teamSlug: "legal", priority: "high" });
    expect(run.turns[1]!.actualOutcome).toMatch(/^handoff:/);
    expect((await db().select().from(auditEvents)).length).toBe(auditCount);
    expect(await db().select().from(handoffs).where(eq(handoffs.conversationId, conversationId))).toHaveLength(1);
  });
});
