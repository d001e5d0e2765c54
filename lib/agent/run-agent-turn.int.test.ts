import { and, asc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OUT_OF_SCOPE_THRESHOLD } from "@/lib/ai/offline/nlu/classifier";
import { resolveLanguageModel } from "@/lib/ai/providers";
import { receiveWebhook } from "@/lib/channel/receive-webhook";
import { processConversationTurn } from "@/lib/conversation/process-turn";
import { setDatabase } from "@/lib/db/client";
import { agentTurns, auditEvents, contacts, conversations, handoffs, messages, orders, shopCustomers, users } from "@/lib/db/schema";
import { handBackToBot } from "@/lib/conversation/hand-back-to-bot";
import { seedDemoData } from "@/lib/db/seed";
import { createJobRunner, startJobRunner, stopJobRunner } from "@/lib/jobs/job-runner";
import { signed, TEST_BUSINESS, wamid } from "@/lib/testing/channel-fixtures";
import { connectionUrl, createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { buildInboundMessagePayload, buildInteractiveMessage, buildTextMessage } from "@/lib/whatsapp/webhook/build-payload";
import { createBuiltinConnectors } from "./connectors/builtin/create-builtin-connectors";
import { loadAgentPolicy } from "./load-agent-policy";
import { createAgentResponder } from "./run-agent-turn";

// The agent through the real path: signed webhook → ingest → turn → offline model and tools →
// outbox rows. Each scenario uses a different seeded customer, so they do not interfere.
describe.each(testDatabaseKinds())("the AI agent (offline model) on %s", (kind) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  let responder: ReturnType<typeof createAgentResponder>;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    setDatabase(database.handle);
    await seedDemoData(db());
    await startJobRunner(createJobRunner(database.handle, { connectionString: connectionUrl(database) }), null);
    responder = createAgentResponder({
      model: resolveLanguageModel({ AI_MODEL: "offline", AI_BASE_URL: undefined, AI_API_KEY: undefined }),
      connectors: createBuiltinConnectors(db()),
      policy: () => loadAgentPolicy(db()),
      confidenceThreshold: OUT_OF_SCOPE_THRESHOLD,
    });
  }, 120_000);
  afterAll(async () => {
    await stopJobRunner();
    setDatabase(undefined);
    await database.dispose();
  });

  async function customerWith(state: string, language: string) {
    const rows = await db()
      .select({ phone: shopCustomers.phone, customerId: shopCustomers.id, number: orders.number, language: shopCustomers.language })
      .from(orders)
      .innerJoin(shopCustomers, eq(shopCustomers.id, orders.customerId))
      .where(and(eq(orders.state, state as "paid"), eq(shopCustomers.language, language as "en")))
      .orderBy(asc(orders.number));
    const used = new Set((await db().select({ waId: contacts.waId }).from(contacts)).map((c) => c.waId));
    const row = rows.find((r) => !used.has(r.phone));
    if (!row) throw new Error(`no unused ${language} customer with a ${state} order`);
    return row;
  }

  async function say(waId: string, payloadMessage: Parameters<typeof buildInboundMessagePayload>[2][number]) {
    const { body, signature } = signed(buildInboundMessagePayload(TEST_BUSINESS, { waId, profileName: "Customer" }, [payloadMessage]));
    expect((await receiveWebhook(body, signature)).status).toBe(200);
    const [conversation] = await db()
      .select()
      .from(conversations)
      .innerJoin(contacts, eq(contacts.id, conversations.contactId))
      .where(eq(contacts.waId, waId))
      .orderBy(asc(conversations.createdAt));
    const before = await botMessages(conversation!.conversations.id);
    const result = await processConversationTurn(db(), conversation!.conversations.id, { burstWindowMs: 0, responder });
    const after = await botMessages(conversation!.conversations.id);
    return { conversationId: conversation!.conversations.id, result, replies: after.slice(before.length) };
  }
  const text = (waId: string, body: string) => say(waId, buildTextMessage({ id: wamid(), from: waId, timestamp: new Date() }, body));
  const tap = (waId: string, id: string, title: string) => say(waId, buildInteractiveMessage({ id: wamid(), from: waId, timestamp: new Date() }, { kind: "button_reply", id, title }));

  async function botMessages(conversationId: string) {
    return db().select().from(messages).where(and(eq(messages.conversationId, conversationId), eq(messages.direction, "outbound"))).orderBy(asc(messages.createdAt));
  }

  it("answers an order-status question for the customer's own order, disclosing that it is automated", async () => {
    const customer = await customerWith("shipped", "en");
    const { result, replies, conversationId } = await text(customer.phone, `Hi, where is my order ${customer.number}?`);
    expect(result.kind).toBe("answered");
    expect(replies.length).toBeGreaterThanOrEqual(1);
    const all = replies.map((r) => r.body).join("\n");
    expect(all).toMatch(/automated assistant/i);
    expect(all).toContain(customer.number);
    const [turn] = await db().select().from(agentTurns).where(eq(agentTurns.conversationId, conversationId)).orderBy(asc(agentTurns.startedAt));
    expect(turn).toMatchObject({ status: "completed", intent: "order_status", language: "en" });
    expect(turn!.toolCalls.map((call) => call.toolName)).toContain("get_order");
    const audited = await db().select().from(auditEvents).where(eq(auditEvents.action, "agent.tool.get_order"));
    expect(audited.length).toBeGreaterThanOrEqual(1);
  });

  it("never reveals another customer's order", async () => {
    const owner = await customerWith("delivered", "en");
    const stranger = await customerWith("shipped", "en");
    const { replies } = await text(stranger.phone, `what's the status of order ${owner.number}`);
    const all = replies.map((r) => r.body).join("\n");
    expect(all).not.toMatch(/delivered/i);
    const [ownerCustomer] = await db().select().from(shopCustomers).where(eq(shopCustomers.id, owner.customerId));
    expect(all).not.toContain(ownerCustomer!.city);
  });

  it("hands over at once when the customer asks for a person, then stays silent", async () => {
    const customer = await customerWith("delivered", "fr");
    const { result, replies, conversationId } = await text(customer.phone, "je veux parler à un conseiller humain s'il vous plaît");
    expect(result.kind).toBe("answered");
    const [handoff] = await db().select().from(handoffs).where(eq(handoffs.conversationId, conversationId));
    expect(handoff).toMatchObject({ status: "waiting", reason: "customer_requested_human" });
    expect(handoff!.packet.summary.length).toBeGreaterThan(10);
    expect(replies.at(-1)?.body).toMatch(/collègue/);
    const [conversation] = await db().select().from(conversations).where(eq(conversations.id, conversationId));
    expect(conversation!.owner).toBe("human");
    const next = await text(customer.phone, "allo ?");
    expect(next.result.kind).toBe("skipped");
    expect(next.replies).toHaveLength(0);

    // A person hands back: the bot answers again, in a fresh episode, still in French.
    const [user] = await db().select({ id: users.id }).from(users).limit(1);
    const userId = user!.id;
    await handBackToBot(db(), { conversationId, userId });
    expect((await db().select().from(handoffs).where(eq(handoffs.conversationId, conversationId)))[0]!.status).toBe("closed");
    await expect(handBackToBot(db(), { conversationId, userId, expectedVersion: 1 })).rejects.toMatchObject({ code: "conflict:api" });
    const after = await text(customer.phone, "merci, où en est ma commande ?");
    expect(after.result.kind).toBe("answered");
    expect(after.replies.length).toBeGreaterThan(0);
    const [state] = await db().select({ agentState: conversations.agentState }).from(conversations).where(eq(conversations.id, conversationId));
    expect(state!.agentState).toMatchObject({ episode: 2, language: "fr" });
  });

  it("cancels an order only after the customer confirms, and only once", async () => {
    const customer = await customerWith("paid", "en");
    const ask = await text(customer.phone, `please cancel my order ${customer.number}`);
    const question = ask.replies.at(-1)!;
    expect(question.type).toBe("interactive");
    const content = (question.payload as { content: { type: string; buttons: { id: string; title: string }[] } }).content;
    expect(content.type).toBe("buttons");
    const confirm = content.buttons.find((button) => button.id.startsWith("confirm:"))!;
    expect(confirm).toBeDefined();
    const [before] = await db().select().from(orders).where(eq(orders.number, customer.number));
    expect(before!.state).toBe("paid");

    const confirmed = await tap(customer.phone, confirm.id, confirm.title);
    const [after] = await db().select().from(orders).where(eq(orders.number, customer.number));
    expect(after!.state).toBe("cancelled");
    expect(confirmed.replies.map((r) => r.body).join("\n")).toContain(customer.number);

    // The same confirmation delivered again changes nothing more.
    const again = await tap(customer.phone, confirm.id, confirm.title);
    expect(again.result.kind).toBe("answered");
    const turns = await db().select().from(agentTurns).where(eq(agentTurns.conversationId, ask.conversationId));
    const cancels = turns.flatMap((turn) => turn.toolCalls).filter((call) => call.toolName === "cancel_order" && call.status === "executed");
    expect(cancels).toHaveLength(1);
  });

  it("never cancels when the customer declines", async () => {
    const customer = await customerWith("paid", "en");
    const ask = await text(customer.phone, `cancel order ${customer.number}`);
    const content = (ask.replies.at(-1)!.payload as { content: { buttons: { id: string; title: string }[] } }).content;
    const decline = content.buttons.find((button) => button.id.startsWith("decline:"))!;
    await tap(customer.phone, decline.id, decline.title);
    const [order] = await db().select().from(orders).where(eq(orders.number, customer.number));
    expect(order!.state).toBe("paid");
  });

  it("answers policy questions from the knowledge base with the article", async () => {
    const customer = await customerWith("delivered", "en");
    const { replies, conversationId } = await text(customer.phone, "what is your refund policy? how long do refunds take?");
    const answer = replies.map((r) => r.body).join("\n");
    expect(answer).toMatch(/refund/i);
    expect(answer).toMatch(/\d+ (business |working )?days/i);
    const [turn] = await db().select().from(agentTurns).where(eq(agentTurns.conversationId, conversationId));
    expect(turn!.intent).toBe("refund_policy");
    const [conversation] = await db().select().from(conversations).where(eq(conversations.id, conversationId));
    expect(conversation!.intent).toBeTruthy();
  });

  it("does not lose track: all replies are queued in the outbox", async () => {
    const queued = await db().select().from(messages).where(and(eq(messages.direction, "outbound"), inArray(messages.status, ["queued"])));
    expect(queued.length).toBeGreaterThan(0);
  });
});
