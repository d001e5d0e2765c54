import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OUT_OF_SCOPE_THRESHOLD } from "@/lib/ai/offline/nlu/classifier";
import { resolveLanguageModel } from "@/lib/ai/providers";
import { receiveWebhook } from "@/lib/channel/receive-webhook";
import { processConversationTurn } from "@/lib/conversation/process-turn";
import { setDatabase } from "@/lib/db/client";
import {
  agentTurns,
  contacts,
  conversations,
  handoffs,
  messages,
  orders,
  shopCustomers,
  type Language,
} from "@/lib/db/schema";
import { seedDemoData } from "@/lib/db/seed";
import { createJobRunner, startJobRunner, stopJobRunner } from "@/lib/jobs/job-runner";
import { signed, TEST_BUSINESS, wamid } from "@/lib/testing/channel-fixtures";
import { connectionUrl, createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { buildInboundMessagePayload, buildInteractiveMessage, buildTextMessage } from "@/lib/whatsapp/webhook/build-payload";
import { ConnectorError } from "./connectors/connector-error";
import { createBuiltinConnectors } from "./connectors/builtin/create-builtin-connectors";
import type { Connectors } from "./connectors/types";
import { loadAgentPolicy } from "./load-agent-policy";
import { createAgentResponder } from "./run-agent-turn";
import { ESCALATION_SCENARIOS } from "./scenarios/escalation";
import { INFORMATION_SCENARIOS } from "./scenarios/information";
import { ORDER_SCENARIOS } from "./scenarios/orders";
import { RETURN_AND_REFUND_SCENARIOS } from "./scenarios/returns-and-refunds";
import { customerRecordsFor } from "@/lib/evals/resolve-persona";
import type { CustomerPick, Scenario, ScenarioTurn, Tap } from "./scenarios/scenario";
import { SERVICE_SCENARIOS } from "./scenarios/services";
import { CHANGE_TOOLS, type ToolName } from "./tool-catalogue";

// Evidence that the built-in offline agent handles every intent in several languages, messy wording,
// every escalation trigger, an integration outage and a burst, through the real path: a signed
// webhook → ingest → one turn → offline model and tools → outbox rows. Every scenario uses its own
// seeded customer, so scenarios cannot see each other's state.
const SCENARIOS: readonly Scenario[] = [...ORDER_SCENARIOS, ...RETURN_AND_REFUND_SCENARIOS, ...INFORMATION_SCENARIOS, ...SERVICE_SCENARIOS, ...ESCALATION_SCENARIOS];

// A fixed Wednesday: the seeded dates follow it, and the turns run at 11:00 Amsterdam time, when the
// team is in; the after-hours scenarios run on the Sunday after.
const SEED_NOW = new Date("2026-11-18T00:00:00Z");
const TURN_NOW = new Date("2026-11-18T10:00:00Z");
const SUNDAY = new Date("2026-11-22T10:00:00Z");

type Picked = { phone: string; customerId: string; language: Language; email: string; postcode: string; order?: string; booking?: string; subscription?: string };
type Bot = typeof messages.$inferSelect;
type Interactive = { type: "buttons"; buttons: { id: string; title: string }[] } | { type: "list"; sections: { rows: { id: string; title: string; description?: string }[] }[] };

describe.each(testDatabaseKinds())("agent scenarios (offline model) on %s", (kind) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  const used = new Set<string>();

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    setDatabase(database.handle);
    await seedDemoData(db(), { now: SEED_NOW });
    await startJobRunner(createJobRunner(database.handle, { connectionString: connectionUrl(database) }), null);
    for (const contact of await db().select({ waId: contacts.waId }).from(contacts)) used.add(contact.waId);
  }, 120_000);
  afterAll(async () => {
    await stopJobRunner();
    setDatabase(undefined);
    await database.dispose();
  });

  it("covers every intent of the offline model in at least four languages, with messy cases", () => {
    const tasks = [
      "order_status", "cancel_order", "change_address", "return_or_exchange", "refund_policy", "refund_status", "refund_request", "missing_or_damaged",
      "invoice_copy", "shipping_options", "promo_code", "reschedule_appointment", "subscription_change", "account_help", "opening_hours_contact", "complaint", "human_request",
    ];
    for (const intent of tasks) {
      const cases = SCENARIOS.filter((scenario) => scenario.covers === intent);
      expect(cases.length, intent).toBeGreaterThanOrEqual(3);
      expect(cases.some((scenario) => scenario.expect.messy), `${intent} has a messy case`).toBe(true);
      expect(cases.some((scenario) => !scenario.expect.messy), `${intent} has a normal case`).toBe(true);
    }
    expect(new Set(SCENARIOS.map((scenario) => scenario.language)).size).toBe(6);
    const triggers = ["vip_customer", "high_risk_topic", "negative_sentiment", "low_confidence", "failed_lookups", "integration_error", "outside_business_hours", "burst"];
    for (const trigger of triggers) expect(SCENARIOS.some((scenario) => scenario.covers === trigger), trigger).toBe(true);
    expect(new Set(SCENARIOS.map((scenario) => `${scenario.covers} ${scenario.language} ${scenario.name}`)).size).toBe(SCENARIOS.length);
  });

  for (const scenario of SCENARIOS) {
    const test = scenario.knownFailure ? it.fails : it;
    test(`${scenario.covers} [${scenario.language}] ${scenario.name}`, async () => {
      const transcript: string[] = [];
      try {
        await runScenario(scenario, transcript);
      } catch (error) {
        // The conversation as it went, so a failure can be read without re-running it.
        if (error instanceof Error) error.message = `${error.message}\n--- transcript ---\n${transcript.join("\n")}`;
        throw error;
      }
    });
  }

  async function runScenario(scenario: Scenario, transcript: string[]) {
    const customer = await pick(scenario.language, scenario.customer);
    if (scenario.setup?.contactTier) await db().insert(contacts).values({ waId: customer.phone, profileName: "Customer", tier: scenario.setup.contactTier });
    const responder = createAgentResponder({
      model: resolveLanguageModel({ AI_MODEL: "offline", AI_BASE_URL: undefined, AI_API_KEY: undefined }),
      connectors: connectorsFor(scenario),
      policy: () => loadAgentPolicy(db()),
      confidenceThreshold: OUT_OF_SCOPE_THRESHOLD,
      now: () => (scenario.setup?.afterHours ? SUNDAY : TURN_NOW),
    });

    let conversationId: string | null = null;
    const replies: Bot[] = [];
    for (const [index, turn] of scenario.turns.entries()) {
      const inbound = inboundFor(turn, customer, replies.at(-1));
      transcript.push(...inbound.map((message) => `customer: ${message.type === "text" ? message.text.body : JSON.stringify(message.interactive)}`));
      for (const message of inbound) {
        const { body, signature } = signed(buildInboundMessagePayload(TEST_BUSINESS, { waId: customer.phone, profileName: "Customer" }, [message]));
        expect((await receiveWebhook(body, signature)).status).toBe(200);
      }
      conversationId ??= await conversationOf(customer.phone);
      const before = await botMessages(conversationId);
      const result = await processConversationTurn(db(), conversationId, { burstWindowMs: 0, responder });
      const after = await botMessages(conversationId);
      const [record] = await db().select().from(agentTurns).where(eq(agentTurns.conversationId, conversationId)).orderBy(desc(agentTurns.startedAt)).limit(1);
      transcript.push(`  [turn ${result.kind} intent=${record?.intent} lang=${record?.language} outcome=${record?.outcome} tools=${record?.toolCalls.map((call) => `${call.toolName}:${call.status}`).join(",")}]`);
      // SCENARIO_DEBUG=1 adds the stored agent state after each turn to a failure's transcript.
      if (process.env.SCENARIO_DEBUG) {
        const [state] = await db().select({ agentState: conversations.agentState }).from(conversations).where(eq(conversations.id, conversationId));
        transcript.push(`  [state ${JSON.stringify(state?.agentState, (key, value: unknown) => (key === "pendingApproval" && value ? "…" : value))}]`);
      }
      for (const reply of after.slice(before.length)) transcript.push(`bot: ${[reply.body ?? "", ...titlesOf(reply).map((title) => `[${title}]`)].join(" ")}`);
      // A turn after a handoff is recorded as skipped and the bot stays silent; every other turn is
      // answered once (plus, on the first reply of a closed day, the after-hours notice), as one
      // turn covering all the messages delivered for it.
      if (result.kind === "skipped") {
        const [conversation] = await db().select({ owner: conversations.owner }).from(conversations).where(eq(conversations.id, conversationId));
        expect(conversation!.owner, `turn ${index + 1} skipped only after a handoff`).toBe("human");
        expect((await handoffsOf(conversationId)).length).toBeGreaterThan(0);
        expect(after.length - before.length, `turn ${index + 1} after the handoff`).toBe(0);
        continue;
      }
      expect(result, `turn ${index + 1}`).toMatchObject({ kind: "answered", inboundCount: inbound.length });
      // A change runs only in the turn that answers a confirmation prompt, and only one.
      const changes = (record?.toolCalls ?? []).filter((call) => CHANGE_TOOLS.includes(call.toolName as ToolName) && call.status === "executed");
      if (changes.length > 0) {
        expect(isConfirmationPrompt(replies.at(-1)), `turn ${index + 1} changed data without being asked to confirm`).toBe(true);
        expect(changes, `turn ${index + 1} changes`).toHaveLength(1);
      }
      const notice = scenario.setup?.afterHours && replies.length === 0 ? 1 : 0;
      expect(after.length - before.length, `replies to turn ${index + 1}`).toBe(1 + notice);
      replies.push(...after.slice(before.length));
    }
    if (!conversationId) throw new Error("the scenario has no turns");

    const turns = await db().select().from(agentTurns).where(eq(agentTurns.conversationId, conversationId)).orderBy(asc(agentTurns.startedAt));
    expect(turns, "one turn per delivered message or burst").toHaveLength(scenario.turns.length);
    const answered = turns.filter((turn) => turn.status !== "skipped");
    for (const turn of answered) {
      expect(turn.status, `turn ${turn.id} (${turn.error ?? ""})`).toBe("completed");
      expect(turn.language, "every turn is answered in the customer's language").toBe(scenario.language);
    }
    const expected = scenario.expect;
    if (expected.intent) expect(turns[0]!.intent).toBe(expected.intent);

    const calls = turns.flatMap((turn) => turn.toolCalls);
    const called = new Set(calls.map((call) => call.toolName));
    for (const tool of expected.tools ?? []) expect([...called], `tool ${tool} called`).toContain(tool);
    for (const tool of expected.neverTools ?? []) expect([...called], `tool ${tool} never called`).not.toContain(tool);

    const handoffRows = await handoffsOf(conversationId);
    if (expected.handoff) {
      expect(handoffRows.map((row) => row.reason)).toEqual([expected.handoff]);
      expect(handoffRows[0]!.packet.summary.length).toBeGreaterThan(10);
      const [conversation] = await db().select().from(conversations).where(eq(conversations.id, conversationId));
      expect(conversation!.owner).toBe("human");
    } else {
      expect(handoffRows.map((row) => row.reason), "no handoff").toEqual([]);
    }

    const said = replies.map((reply) => [reply.body ?? "", ...titlesOf(reply)].join("\n")).join("\n---\n");
    for (const pattern of expected.replyMatches ?? []) expect(said).toMatch(fill(pattern, customer));
    for (const pattern of expected.replyNeverMatches ?? []) expect(said).not.toMatch(fill(pattern, customer));
    if (expected.orderStateAfter) {
      const [order] = await db().select({ state: orders.state }).from(orders).where(eq(orders.number, customer.order!));
      expect(order!.state).toBe(expected.orderStateAfter);
    }
  }

  function connectorsFor(scenario: Scenario): Connectors {
    const builtin = createBuiltinConnectors(db(), { now: () => (scenario.setup?.afterHours ? SUNDAY : TURN_NOW) });
    if (!scenario.setup?.ordersDown) return builtin;
    return {
      ...builtin,
      orders: {
        ...builtin.orders,
        getOrder: async () => {
          throw new ConnectorError("connector:unavailable", "orders.getOrder", "the order system answered 503");
        },
      },
    };
  }

  function inboundFor(turn: ScenarioTurn, customer: Picked, last: Bot | undefined) {
    const head = () => ({ id: wamid(), from: customer.phone, timestamp: new Date() });
    if (typeof turn === "string") return [buildTextMessage(head(), fillText(turn, customer))];
    if ("burst" in turn) return turn.burst.map((text) => buildTextMessage(head(), fillText(text, customer)));
    const choice = tapOn(turn.tap, last, customer);
    return [buildInteractiveMessage(head(), choice)];
  }

  function tapOn(tap: Tap, last: Bot | undefined, customer: Picked) {
    const content = (last?.payload as { content?: Interactive } | undefined)?.content;
    if (!content) throw new Error(`nothing to tap: the last reply was ${JSON.stringify(last?.body)}`);
    if (content.type === "buttons") {
      const button = content.buttons.find((candidate) =>
        tap === "confirm" ? candidate.id.startsWith("confirm:") : tap === "decline" ? candidate.id.startsWith("decline:") : "buttonTitle" in tap && tap.buttonTitle.test(candidate.title),
      );
      if (!button) throw new Error(`no button for ${String(tap)} in ${JSON.stringify(content.buttons)} (${last?.body})`);
      return { kind: "button_reply" as const, id: button.id, title: button.title };
    }
    const rows = content.sections.flatMap((section) => section.rows);
    const row = typeof tap === "object" && "listRow" in tap ? rows[tap.listRow - 1] : typeof tap === "object" && "listRowTitle" in tap ? rows.find((r) => r.title === fillText(tap.listRowTitle, customer)) : undefined;
    if (!row) throw new Error(`no list row for ${JSON.stringify(tap)} in ${JSON.stringify(rows)} (${last?.body})`);
    return { kind: "list_reply" as const, id: row.id, title: row.title, ...(row.description ? { description: row.description } : {}) };
  }

  async function pick(language: Language, criteria: CustomerPick): Promise<Picked> {
    const candidates = await db()
      .select({ id: shopCustomers.id, phone: shopCustomers.phone, email: shopCustomers.email, postcode: shopCustomers.postcode, tier: shopCustomers.tier })
      .from(shopCustomers)
      .where(and(eq(shopCustomers.language, language), criteria.pick === "vip" ? eq(shopCustomers.tier, "vip") : ne(shopCustomers.tier, "vip")))
      .orderBy(asc(shopCustomers.phone));
    for (const candidate of candidates) {
      if (used.has(candidate.phone)) continue;
      const found = await detailsFor(candidate.id, criteria);
      if (!found) continue;
      used.add(candidate.phone);
      return { phone: candidate.phone, customerId: candidate.id, language, email: candidate.email, postcode: candidate.postcode, ...found };
    }
    throw new Error(`no unused ${language} customer for ${JSON.stringify(criteria)}`);
  }

  async function detailsFor(customerId: string, criteria: CustomerPick): Promise<Partial<Picked> | null> {
    // Delivered orders are picked within the 30-day return window, so return flows can succeed.
    return customerRecordsFor(db(), customerId, criteria, TURN_NOW);
  }

  async function conversationOf(waId: string): Promise<string> {
    const [row] = await db()
      .select({ id: conversations.id })
      .from(conversations)
      .innerJoin(contacts, eq(contacts.id, conversations.contactId))
      .where(eq(contacts.waId, waId))
      .orderBy(asc(conversations.createdAt));
    if (!row) throw new Error(`no conversation for ${waId}`);
    return row.id;
  }

  async function botMessages(conversationId: string) {
    return db()
      .select()
      .from(messages)
      .where(and(eq(messages.conversationId, conversationId), eq(messages.direction, "outbound")))
      .orderBy(asc(messages.createdAt), asc(sql`${messages.id}`));
  }

  async function handoffsOf(conversationId: string) {
    return db().select().from(handoffs).where(eq(handoffs.conversationId, conversationId));
  }
});

function fillText(text: string, customer: Picked): string {
  return text.replace(/\{(order|booking|subscription|email|postcode)\}/g, (_, key: keyof Picked) => {
    const value = customer[key];
    if (typeof value !== "string") throw new Error(`the scenario uses {${key}}, which the picked customer does not have`);
    return value;
  });
}

function fill(pattern: RegExp, customer: Picked): RegExp {
  const source = pattern.source.replace(/\{(order|booking|subscription|email|postcode)\}/g, (placeholder) => fillText(placeholder, customer).replace(/[.*+?^${}()|[\]\\-]/g, "\\$&"));
  return new RegExp(source, pattern.flags);
}

function isConfirmationPrompt(reply: Bot | undefined): boolean {
  const content = (reply?.payload as { content?: Interactive } | undefined)?.content;
  return content?.type === "buttons" && content.buttons.some((button) => button.id.startsWith("confirm:"));
}

function titlesOf(reply: Bot): string[] {
  const content = (reply.payload as { content?: Interactive }).content;
  if (content?.type === "buttons") return content.buttons.map((button) => button.title);
  if (content?.type === "list") return content.sections.flatMap((section) => section.rows.map((row) => row.title));
  return [];
}
