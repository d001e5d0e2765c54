import { asc, desc, eq, inArray } from "drizzle-orm";
import { ConnectorError } from "@/lib/agent/connectors/connector-error";
import { createBuiltinConnectors } from "@/lib/agent/connectors/builtin/create-builtin-connectors";
import type { Connectors } from "@/lib/agent/connectors/types";
import { loadAgentPolicy } from "@/lib/agent/load-agent-policy";
import { createAgentResponder } from "@/lib/agent/run-agent-turn";
import { OUT_OF_SCOPE_THRESHOLD } from "@/lib/ai/offline/nlu/classifier";
import type { ConfiguredModel } from "@/lib/ai/providers";
import { createGraphApiClient } from "@/lib/channel/graph-api-client";
import { graphSendTransport } from "@/lib/channel/outbound/graph-transport";
import { DEFAULT_PAIR_LIMIT, SendRateLimiter } from "@/lib/channel/outbound/rate-limiter";
import { sendConversationOutbox } from "@/lib/channel/outbound/send-conversation-outbox";
import { processConversationTurn } from "@/lib/conversation/process-turn";
import type { DatabaseHandle, Db } from "@/lib/db/client";
import { agentTurns, bookings, contacts, conversations, handoffs, knowledgeArticles, messages, orders, promoCodes, subscriptions, type Language } from "@/lib/db/schema";
import type { OutboundChatEntry } from "@/lib/whatsapp/emulator/chat-store";
import type { EmulatorControl } from "@/lib/whatsapp/emulator/emulator-control";
import { TEST_ACCESS_TOKEN } from "@/lib/whatsapp/emulator/testing/emulator-test-fixtures";
import { GRAPH_API_VERSION, SUNDAY_NOW, WEEKDAY_NOW, type EvalEnvironment } from "./eval-environment";
import type { ObservedReply, ScenarioObservation } from "./observation";
import { fillPlaceholders, resolvePersona, type ResolvedPersona } from "./resolve-persona";
import type { EvalScenario, ScenarioTurn, Tap } from "./scenario-schema";

const POLL_TIMEOUT_MS = 15_000;
const YES_NO: Record<Language, { yes: string; no: string }> = {
  en: { yes: "yes", no: "no" },
  fr: { yes: "oui", no: "non" },
  de: { yes: "ja", no: "nein" },
  nl: { yes: "ja", no: "nee" },
  es: { yes: "sí", no: "no" },
  pt: { yes: "sim", no: "não" },
};

// One scenario, once, on a fresh copy of the seeded database, through the real path: the emulator
// delivers the customer's signed webhook to our route (verify, store, ingest), the turn runs as the
// conversation.turn job runs it (agent, tools, outbox rows), and the outbox is sent to the emulator
// as the outbox.send job sends it. What the customer taps is what the emulator received.
export async function runScenario(env: EvalEnvironment, scenario: EvalScenario, model: ConfiguredModel): Promise<ScenarioObservation> {
  const started = Date.now();
  const database = await env.freshDatabase();
  const control = env.emulator.emulator.control;
  control.reset();
  const db = database.handle.db;
  const now = scenario.setup?.clock === "sunday" ? SUNDAY_NOW : WEEKDAY_NOW;
  const observation: ScenarioObservation = {
    harnessError: null,
    waId: "",
    values: {},
    turns: [],
    handoffs: [],
    ownerAtEnd: null,
    changedTables: [],
    finalState: { order: null, booking: null, subscription: null },
    articleTitle: null,
    durationMs: 0,
  };
  try {
    const persona = await resolvePersona(db, scenario.persona, scenario.language, { now, exclude: env.seededContacts });
    observation.waId = persona.waId;
    observation.values = { ...persona.values };
    await applySetup(db, scenario, persona);
    const initialBooking = persona.values.booking ? await bookingState(db, persona.values.booking) : null;
    const startFingerprint = await shopFingerprint(database.handle);
    control.upsertCustomer({ waId: persona.waId, profileName: persona.name });

    const responder = createAgentResponder({
      model,
      connectors: connectorsFor(db, scenario, now),
      policy: () => loadAgentPolicy(db),
      confidenceThreshold: OUT_OF_SCOPE_THRESHOLD,
      now: () => now,
    });
    const limiter = new SendRateLimiter({ perNumberPerSecond: 80, ...DEFAULT_PAIR_LIMIT });
    const transport = graphSendTransport(createGraphApiClient({ graphBaseUrl: env.emulator.emulator.graphBaseUrl, apiVersion: GRAPH_API_VERSION, accessToken: TEST_ACCESS_TOKEN }));

    let conversationId: string | null = null;
    for (const turn of scenario.turns) {
      const turnStarted = Date.now();
      const before = await shopFingerprint(database.handle);
      const lastBot = outboundEntries(control, persona.waId).at(-1);
      const sent = deliverTurn(control, turn, persona, scenario.language, lastBot);
      await waitFor(async () => (await db.select({ id: messages.id }).from(messages).where(inArray(messages.waMessageId, sent.wamids))).length === sent.wamids.length, "the customer's message to be stored");
      conversationId ??= await conversationOf(db, persona.waId);
      const sentBefore = outboundEntries(control, persona.waId).length;
      const result = await processConversationTurn(db, conversationId, { burstWindowMs: 0, responder });
      await sendConversationOutbox(conversationId, {
        db,
        transport,
        limiter,
        scheduleRetry: async (_, at) => {
          throw new Error(`a reply could not be sent and would be retried at ${at.toISOString()}`);
        },
        onStatus: () => {},
      });
      const replies = outboundEntries(control, persona.waId).slice(sentBefore).map(observeReply);
      const latencyMs = Date.now() - turnStarted;
      const [record] = await db.select().from(agentTurns).where(eq(agentTurns.conversationId, conversationId)).orderBy(desc(agentTurns.startedAt)).limit(1);
      const after = await shopFingerprint(database.handle);
      const prompt = lastBot ? observeReply(lastBot).confirmationPrompt : false;
      observation.turns.push({
        customer: sent.described,
        answeredPrompt: prompt ? sent.answer : null,
        result: result.kind,
        intent: record?.intent ?? null,
        language: record?.language ?? null,
        outcome: record?.outcome ?? null,
        toolCalls: record?.toolCalls ?? [],
        usage: record?.usage ? { inputTokens: record.usage.inputTokens, outputTokens: record.usage.outputTokens, modelMs: record.usage.modelMs } : null,
        replies,
        changedTables: changedTables(before, after),
        latencyMs,
      });
    }
    if (conversationId) {
      observation.handoffs = (await db.select().from(handoffs).where(eq(handoffs.conversationId, conversationId)).orderBy(asc(handoffs.createdAt))).map((row) => ({
        reason: row.reason,
        summaryLength: row.packet.summary.length,
      }));
      const [conversation] = await db.select({ owner: conversations.owner }).from(conversations).where(eq(conversations.id, conversationId));
      observation.ownerAtEnd = conversation?.owner ?? null;
    }
    observation.changedTables = changedTables(startFingerprint, await shopFingerprint(database.handle));
    if (persona.values.order) {
      const [order] = await db.select({ state: orders.state }).from(orders).where(eq(orders.number, persona.values.order));
      observation.finalState.order = order?.state ?? null;
    }
    if (persona.values.booking && initialBooking) {
      const booking = await bookingState(db, persona.values.booking);
      observation.finalState.booking = booking ? { moved: booking.slotId !== initialBooking.slotId, status: booking.status } : null;
    }
    if (persona.values.subscription) {
      const [subscription] = await db.select({ status: subscriptions.status, plan: subscriptions.plan }).from(subscriptions).where(eq(subscriptions.reference, persona.values.subscription));
      observation.finalState.subscription = subscription ?? null;
    }
    if (scenario.expect.groundedIn) {
      const [article] = await db.select({ title: knowledgeArticles.title }).from(knowledgeArticles).where(eq(knowledgeArticles.slug, scenario.expect.groundedIn));
      observation.articleTitle = article?.title ?? null;
    }
  } catch (error) {
    observation.harnessError = error instanceof Error ? error.message : String(error);
  } finally {
    observation.durationMs = Date.now() - started;
    await database.dispose();
  }
  return observation;
}

async function applySetup(db: Db, scenario: EvalScenario, persona: ResolvedPersona): Promise<void> {
  const setup = scenario.setup;
  if (!setup) return;
  if (setup.contactTier) await db.insert(contacts).values({ waId: persona.waId, profileName: persona.name, tier: setup.contactTier });
  if (setup.orderState) {
    if (!persona.values.order) throw new Error("setup.orderState needs a persona with an {order}");
    await db.update(orders).set({ state: setup.orderState }).where(eq(orders.number, persona.values.order));
  }
  if (setup.deactivatePromoCodes?.length) await db.update(promoCodes).set({ active: false }).where(inArray(promoCodes.code, setup.deactivatePromoCodes));
}

function connectorsFor(db: Db, scenario: EvalScenario, now: Date): Connectors {
  const builtin = createBuiltinConnectors(db, { now: () => now });
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

// Sends what the customer does in this turn through the emulator; returns the inbound message ids.
function deliverTurn(
  control: EmulatorControl,
  turn: ScenarioTurn,
  persona: ResolvedPersona,
  language: Language,
  lastBot: OutboundChatEntry | undefined,
): { wamids: string[]; described: string[]; answer: "yes" | "no" | "other" } {
  if ("text" in turn) {
    const text = fillPlaceholders(turn.text, persona.values);
    return { wamids: [control.sendText(persona.waId, text).wamid], described: [text], answer: turn.means ?? "other" };
  }
  if ("burst" in turn) {
    const texts = turn.burst.map((text) => fillPlaceholders(text, persona.values));
    return { wamids: texts.map((text) => control.sendText(persona.waId, text).wamid), described: texts, answer: "other" };
  }
  if ("say" in turn) {
    const text = YES_NO[language][turn.say];
    return { wamids: [control.sendText(persona.waId, text).wamid], described: [text], answer: turn.say };
  }
  if (!lastBot) throw new Error(`nothing to tap (${JSON.stringify(turn.tap)}): the bot has not written yet`);
  const reply = observeReply(lastBot);
  const option = chooseOption(turn.tap, reply, persona);
  if (!option) throw new Error(`no option for tap ${JSON.stringify(turn.tap)} in the bot's last message "${reply.text}" ${JSON.stringify(reply.options)}`);
  const wamid = reply.kind === "list" ? control.pickListRow(persona.waId, lastBot.wamid, option.id).wamid : control.tapButton(persona.waId, lastBot.wamid, option.id).wamid;
  const answer = option.id.startsWith("confirm:") ? "yes" : option.id.startsWith("decline:") ? "no" : "other";
  return { wamids: [wamid], described: [`[tap] ${option.title}`], answer };
}

function chooseOption(tap: Tap, reply: ObservedReply, persona: ResolvedPersona): { id: string; title: string } | undefined {
  if (tap === "confirm") return reply.options.find((option) => option.id.startsWith("confirm:"));
  if (tap === "decline") return reply.options.find((option) => option.id.startsWith("decline:"));
  if ("buttonTitle" in tap) return reply.kind === "buttons" ? reply.options.find((option) => new RegExp(tap.buttonTitle, "i").test(option.title)) : undefined;
  if ("buttonId" in tap) return reply.kind === "buttons" ? reply.options.find((option) => option.id === tap.buttonId) : undefined;
  if (reply.kind !== "list") return undefined;
  if ("listRow" in tap) return reply.options[tap.listRow - 1];
  const title = fillPlaceholders(tap.listRowTitle, persona.values);
  return reply.options.find((option) => option.title === title);
}

function outboundEntries(control: EmulatorControl, waId: string): OutboundChatEntry[] {
  return control.conversation(waId).filter((entry): entry is OutboundChatEntry => entry.direction === "outbound");
}

export function observeReply(entry: OutboundChatEntry): ObservedReply {
  const request = entry.request;
  const delivery = entry.status;
  if (request.type === "interactive" && request.interactive.type === "button") {
    const options = request.interactive.action.buttons.map((button) => ({ id: button.reply.id, title: button.reply.title }));
    return { text: request.interactive.body.text, options, kind: "buttons", confirmationPrompt: options.some((option) => option.id.startsWith("confirm:")), delivery };
  }
  if (request.type === "interactive" && request.interactive.type === "list") {
    const options = request.interactive.action.sections.flatMap((section) => section.rows.map((row) => ({ id: row.id, title: row.title })));
    return { text: request.interactive.body.text, options, kind: "list", confirmationPrompt: false, delivery };
  }
  if (request.type === "text") return { text: request.text.body, options: [], kind: "text", confirmationPrompt: false, delivery };
  return { text: entry.text ?? "", options: [], kind: "other", confirmationPrompt: false, delivery };
}

async function conversationOf(db: Db, waId: string): Promise<string> {
  const [row] = await db
    .select({ id: conversations.id })
    .from(conversations)
    .innerJoin(contacts, eq(contacts.id, conversations.contactId))
    .where(eq(contacts.waId, waId))
    .orderBy(asc(conversations.createdAt));
  if (!row) throw new Error(`no conversation for ${waId}`);
  return row.id;
}

async function bookingState(db: Db, reference: string): Promise<{ slotId: string; status: string } | null> {
  const [row] = await db
    .select({ slotId: bookings.slotId, status: bookings.status })
    .from(bookings)
    .where(eq(bookings.reference, reference));
  return row ?? null;
}

// One hash per table the built-in connectors change, so "nothing changed" can be checked exactly.
const FINGERPRINTS: Record<string, string> = {
  orders: "select md5(coalesce(string_agg(id::text || state || shipping_address::text, ',' order by id), '')) as v from orders",
  refunds: "select md5(coalesce(string_agg(id::text || status || amount_cents::text, ',' order by id), '')) as v from refunds",
  returns: "select md5(coalesce(string_agg(id::text || status || kind, ',' order by id), '')) as v from returns",
  bookings: "select md5(coalesce(string_agg(id::text || slot_id::text || status, ',' order by id), '')) as v from bookings",
  subscriptions: "select md5(coalesce(string_agg(id::text || plan || status || coalesce(paused_until::text, '-'), ',' order by id), '')) as v from subscriptions",
  connector_operations: "select md5(coalesce(string_agg(idempotency_key, ',' order by idempotency_key), '')) as v from connector_operations",
};

async function shopFingerprint(handle: DatabaseHandle): Promise<Record<string, string>> {
  if (handle.kind !== "pglite") throw new Error("evals run on PGlite");
  const result: Record<string, string> = {};
  for (const [table, query] of Object.entries(FINGERPRINTS)) {
    const { rows } = await handle.pglite.query<{ v: string }>(query);
    result[table] = rows[0]?.v ?? "";
  }
  return result;
}

function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(after).filter((table) => before[table] !== after[table]);
}

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + POLL_TIMEOUT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
