import { createHash } from "node:crypto";
import { generateText, isStepCount, type ModelMessage, type ToolApprovalStatus } from "ai";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { OFFLINE_PROVIDER_KEY } from "@/lib/ai/models/offline-language-model";
import { intentClassifier } from "@/lib/ai/offline/offline-nlu";
import { detectConfirmation } from "@/lib/ai/offline/nlu/affirm";
import { maskSensitive } from "@/lib/ai/offline/nlu/masking";
import { confirmationPrompt, disclosureLine } from "@/lib/ai/offline/policy/plan-step";
import type { ConfiguredModel } from "@/lib/ai/providers";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { redactAuditData } from "@/lib/audit/redact-audit-data";
import type { OutboundContent } from "@/lib/channel/outbound/outbound-content";
import type { ConversationChanges } from "@/lib/channel/outbound/queue-outbound-message";
import { scheduleOutboxSend } from "@/lib/channel/schedule-follow-up-jobs";
import { botStillOwns } from "@/lib/conversation/bot-still-owns";
import { type BotReplyGuard, queueBotReply } from "@/lib/conversation/queue-bot-reply";
import type { TurnContact, TurnInput, TurnRecord, TurnResponder } from "@/lib/conversation/turn-responder";
import type { Db } from "@/lib/db/client";
import { agentTurns, contacts, conversations, escalationRules, inboxes, messages, type Language, type ToolCallRecord } from "@/lib/db/schema";
import { childLogger } from "@/lib/logger";
import { publish } from "@/lib/realtime/publish";
import { readAgentState, type AgentState } from "./agent-state";
import { buildAgentTools, isApprovedCall, type ToolRun } from "./build-agent-tools";
import type { Connectors } from "./connectors/types";
import { computeTurnSignals } from "./escalation/compute-turn-signals";
import { evaluateEscalationRules, type EscalationDecision } from "./escalation/evaluate-rules";
import type { ContactTier, TurnSignals } from "./escalation/turn-signals";
import { handOver } from "./hand-over";
import { buildInstructions } from "./instructions";
import { CHANGE_TOOLS, TOOL_RISK, type ToolName } from "./tool-catalogue";
import type { AgentPolicy, CustomerScope } from "./tools/tool-context";

const log = childLogger("agent");
const TIER_RANK: Record<ContactTier, number> = { standard: 0, plus: 1, vip: 2 };
const MAX_STEPS = 8;
const HISTORY_MESSAGES = 20;
const SUPERSEDED = "superseded_by_person";

// What admins set on the assistant settings page, read at the start of each turn; anything left out
// keeps the built-in behaviour.
export type AgentSettings = {
  shopName?: string;
  persona?: string;
  tone?: string;
  disclosure?: Partial<Record<Language, string>>;
  handoff?: Partial<Record<Language, string>>;
  model?: ConfiguredModel;
};

export type AgentDeps = {
  model: ConfiguredModel;
  connectors: Connectors;
  policy: () => Promise<AgentPolicy>;
  settings?: () => Promise<AgentSettings>;
  confidenceThreshold: number;
  now?: () => Date;
};

// One agent turn. The order is the product's safety argument: rules are evaluated on the customer's
// words before any model runs (a request for a person is honoured whatever the model would say);
// the model only acts through tools whose boundaries are code (identity scope, confirmation through
// the AI SDK's tool approval, thresholds); anything the tools cannot do ends in a handoff with a
// packet, never in an improvised answer.
export function createAgentResponder(deps: AgentDeps): TurnResponder {
  return async (turn) => {
    const now = deps.now?.() ?? new Date();
    const state = readAgentState(turn.conversation.agentState);
    const texts = turn.inbound.map(customerText).filter((text) => text.length > 0);
    // Reads that do not depend on each other start together (on PostgreSQL each runs on its own
    // pooled connection): the policy is needed once the rules let the model run, the history unless
    // a confirmation resumes a paused exchange.
    const policyRead = startEarly(deps.policy());
    const historyRead = state.pendingApproval ? null : startEarly(historyMessages(turn.db, turn.conversation.id, texts));
    // Before the customer's words are read: the settings may bring new intent examples.
    const [loadedSettings, context] = await Promise.all([deps.settings?.(), loadContext(turn, deps.connectors)]);
    const settings: AgentSettings = loadedSettings ?? {};
    const model = settings.model ?? deps.model;
    // The higher of the contact's tier and the shop's: a VIP in the shop is a VIP on WhatsApp too.
    if (context.phoneMatch && TIER_RANK[context.phoneMatch.tier] > TIER_RANK[context.tier]) context.tier = context.phoneMatch.tier;
    const signals = computeTurnSignals(texts, {
      classifier: intentClassifier(),
      languageHints: { previous: state.language ?? undefined, phoneNumber: context.waId },
      now,
      timeZone: context.timeZone,
    });
    const language: Language = state.language ?? signals.language;
    // Tapping one of the bot's own buttons ("It's damaged") says nothing about the customer's mood.
    const tapsOnly = turn.inbound.every((message) => interactiveReplyId(message.payload) !== null);
    if (tapsOnly) signals.sentiment = { ...signals.sentiment, label: "neutral" };
    const negativeStreak = tapsOnly ? state.negativeStreak : signals.sentiment.label === "negative" ? state.negativeStreak + 1 : 0;
    const scope: CustomerScope = {
      waId: context.waId,
      verifiedCustomerId: state.verified?.customerId ?? context.phoneMatch?.id ?? null,
      verifiedBy: state.verified?.by ?? (context.phoneMatch ? "phone" : null),
      country: context.phoneMatch?.country ?? null,
      language,
      tier: context.tier,
    };
    const working: AgentState = {
      ...state,
      language,
      negativeStreak,
      verified: state.verified ?? (context.phoneMatch ? { customerId: context.phoneMatch.id, by: "phone", name: context.phoneMatch.name } : null),
    };

    // 1. A change waiting for confirmation: this turn's answer decides it.
    const confirmation = working.pendingApproval ? readConfirmation(turn, working.pendingApproval.approvalId, signals.text, language) : null;

    // 2. Rules, before any model.
    const evaluation = evaluateEscalationRules(context.rules, signals, {
      tier: context.tier,
      now,
      businessHours: context.businessHours,
      clarificationsAsked: working.clarificationsAsked,
      failedLookups: working.failedLookups,
      negativeStreak,
      integrationError: false,
      confidenceThreshold: deps.confidenceThreshold,
    });
    if (evaluation.decision?.handover && confirmation !== "yes") {
      return handOverTurn(turn, { deps, settings, signals, state: { ...working, pendingApproval: null }, decision: evaluation.decision, runs: [], language, context });
    }

    // 3. The model loop.
    const policy = await policyRead();
    const runs: ToolRun[] = [];
    const resume = working.pendingApproval && (confirmation === "yes" || confirmation === "no") ? working.pendingApproval : null;
    const idempotencyKey = resume && confirmation === "yes" ? resume.idempotencyKey : null;
    const approved = idempotencyKey && resume ? { idempotencyKey, toolCallId: resume.toolCallId, toolName: resume.toolName, input: resume.input } : null;
    const tools = buildAgentTools({ db: turn.db, connectors: deps.connectors, scope, policy, now, approved, runs });
    const [knowledge, baseMessages] = await Promise.all([
      tools.searchForContext(signals, language),
      resume ? (resume.promptMessages as ModelMessage[]) : historyRead ? historyRead() : historyMessages(turn.db, turn.conversation.id, texts),
    ]);
    const messagesForModel: ModelMessage[] = resume
      ? [...baseMessages, ...(resume.responseMessages as ModelMessage[]), { role: "tool", content: [{ type: "tool-approval-response", approvalId: resume.approvalId, approved: confirmation === "yes" }] }]
      : baseMessages;

    const started = Date.now();
    let result;
    try {
      result = await generateText({
        model: model.model,
        instructions: buildInstructions({
          language,
          scope,
          state: working,
          knowledge,
          outsideHoursNotice: evaluation.decision?.handover ? undefined : evaluation.decision?.customerMessage,
          persona: settings.persona,
          tone: settings.tone,
        }),
        messages: messagesForModel,
        tools: tools.definitions,
        // Every data-changing call needs the customer's yes, except the one exact call they confirmed.
        toolApproval: ({ toolCall }): ToolApprovalStatus =>
          CHANGE_TOOLS.includes(toolCall.toolName as ToolName) && !isApprovedCall(approved, toolCall.toolCallId, toolCall.toolName, toolCall.input) ? "user-approval" : undefined,
        stopWhen: isStepCount(MAX_STEPS),
        providerOptions: {
          [OFFLINE_PROVIDER_KEY]: {
            // Taps carry the button's id next to its title, so the flows read a choice exactly.
            customerText: turn.inbound.map((message) => [customerText(message), interactiveReplyId(message.payload)].filter(Boolean).join(" ")).join("\n"),
            language,
            nlu: { intent: signals.intent, confidence: signals.confidence, ranking: signals.ranking.slice(0, 5) },
            entities: JSON.parse(JSON.stringify(signals.entities)),
            state: JSON.parse(JSON.stringify(offlineState(working, scope))),
            knowledge: knowledge.map((hit) => ({ articleId: hit.articleId, title: hit.title, snippet: hit.snippet, score: hit.score })),
            now: now.toISOString(),
            outOfScopeThreshold: deps.confidenceThreshold,
          },
        },
      });
    } catch (error) {
      log.error({ err: error, conversationId: turn.conversation.id }, "model call failed");
      return handOverTurn(turn, { deps, settings, signals, state: working, decision: integrationDecision(), runs, language, context, honestMessage: true });
    }
    const modelMs = Date.now() - started;
    // Stored with the turn's outcome at its end; tool calls also right away, with their audit
    // events, so what a tool did is on record even if the turn fails afterwards.
    const modelRun: ModelRun = { toolCalls: toolCallRecords(runs), usage: { inputTokens: result.usage.inputTokens ?? 0, outputTokens: result.usage.outputTokens ?? 0, model: model.id, modelMs } };
    if (runs.length > 0) await saveToolRuns(turn, runs, modelRun);

    // 4. What the loop produced.
    // The offline model's state update rides on the step that decided; a reply sent through a
    // presentation tool ends with an empty follow-up step, so look back for it.
    const metadata = offlineMetadata(result.steps.findLast((step) => step.providerMetadata?.[OFFLINE_PROVIDER_KEY])?.providerMetadata ?? result.providerMetadata);
    const next: AgentState = {
      ...working,
      ...metadata.statePatch,
      pendingApproval: null,
      failedLookups: working.failedLookups + runs.filter((run) => run.outcome?.ok === false && run.outcome.reason === "not_found").length,
      verified: tools.verifiedCustomer() ?? working.verified,
    };
    const escalation = runs.find((run) => run.toolName === "escalate_to_human");
    const blocked = runs.find((run) => run.outcome?.ok === false && (run.outcome.reason === "needs_human" || run.outcome.reason === "integration_error"));
    if (escalation || blocked) {
      const reason = blocked?.outcome?.ok === false && blocked.outcome.reason === "integration_error" ? integrationDecision() : escalationDecisionFrom(escalation, blocked);
      const integration = blocked?.outcome?.ok === false && blocked.outcome.reason === "integration_error";
      return handOverTurn(turn, { deps, settings, signals, state: next, decision: reason, runs, language, context, honestMessage: integration, modelRun });
    }
    // Only failed lookups are new information here; the clarifying question this turn may just have
    // asked must not count against the customer yet.
    const postEvaluation = evaluateEscalationRules(context.rules, signals, {
      tier: context.tier,
      now,
      businessHours: context.businessHours,
      clarificationsAsked: working.clarificationsAsked,
      failedLookups: next.failedLookups,
      negativeStreak,
      integrationError: false,
      confidenceThreshold: deps.confidenceThreshold,
    });
    if (postEvaluation.decision?.handover) {
      return handOverTurn(turn, { deps, settings, signals, state: next, decision: postEvaluation.decision, runs, language, context, modelRun });
    }

    const outbound: OutboundContent[] = [];
    const approval = result.content.find((part) => part.type === "tool-approval-request");
    if (approval && approval.type === "tool-approval-request") {
      const call = approval.toolCall;
      const prompt = confirmationPrompt(call.toolName as ToolName, call.input as Record<string, unknown>, language);
      next.pendingApproval = {
        approvalId: approval.approvalId,
        toolCallId: call.toolCallId,
        toolName: call.toolName,
        input: call.input as Record<string, unknown>,
        idempotencyKey: idempotencyKeyFor(turn.conversation.id, call.toolCallId, call.input),
        responseMessages: JSON.parse(JSON.stringify(result.responseMessages)),
        promptMessages: JSON.parse(JSON.stringify(messagesForModel)),
        askedAt: now.toISOString(),
      };
      outbound.push({
        type: "buttons",
        body: prompt.text,
        buttons: [
          { id: `confirm:${approval.approvalId}`, title: prompt.confirmTitle },
          { id: `decline:${approval.approvalId}`, title: prompt.cancelTitle },
        ],
      });
    } else {
      const presented = tools.presentedReply();
      if (presented) outbound.push(presented);
      else if (result.text.trim()) outbound.push({ type: "text", body: result.text.trim() });
    }
    const today = now.toISOString().slice(0, 10);
    if (evaluation.decision?.customerMessage && !evaluation.decision.handover && working.afterHoursNoticeOn !== today) {
      outbound.unshift({ type: "text", body: evaluation.decision.customerMessage });
      next.afterHoursNoticeOn = today;
    }

    // A person who took over while the model was thinking has the last word: nothing more is said.
    // Otherwise the state and the turn's record are written with the last reply.
    const outcome = record(signals, language, approval ? "awaiting_confirmation" : "answered", metadata.intent, modelRun);
    const sent = await deliver(turn, outbound, next, disclosureFor(settings, language), { kind: "bot_owns", episode: state.episode }, { state: () => stateChanges(next, language, signals.intent), record: outcome });
    if (!sent.delivered) return record(signals, language, SUPERSEDED, metadata.intent, modelRun);
    if (!sent.finished) await saveState(turn.db, turn.conversation.id, next, language, signals.intent);
    return { ...outcome, stored: sent.finished && turn.storeRecord !== undefined };
  };
}

type TurnContext = Awaited<ReturnType<typeof loadContext>>;

// A customer writing from the number on their account is identified by it; a lookup failure only
// means they are asked to identify themselves.
async function matchByPhone(connectors: Connectors, waId: string): Promise<{ id: string; name: string; country: string; tier: ContactTier } | null> {
  try {
    const customer = await connectors.customers.findCustomerByPhone(waId);
    return customer ? { id: customer.customerId, name: customer.name, country: customer.country ?? "", tier: customer.tier } : null;
  } catch (error) {
    log.warn({ err: error }, "customer lookup by phone failed");
    return null;
  }
}

async function loadContext(turn: TurnInput, connectors: Connectors) {
  const contactRead = turn.contact ? Promise.resolve(turn.contact) : readContact(turn);
  const matchRead = contactRead.then((contact) => matchByPhone(connectors, contact?.waId ?? ""));
  const [row, rules, phoneMatch] = await Promise.all([
    contactRead,
    turn.db.select().from(escalationRules).where(eq(escalationRules.enabled, true)).orderBy(asc(escalationRules.position)),
    matchRead,
  ]);
  return {
    waId: row?.waId ?? "",
    tier: (row?.tier ?? "standard") as ContactTier,
    customerName: row?.name ?? row?.profileName ?? undefined,
    businessHours: row?.businessHours ?? null,
    timeZone: row?.businessHours?.timezone,
    rules,
    phoneMatch,
  };
}

async function readContact(turn: TurnInput): Promise<TurnContact | undefined> {
  const [row] = await turn.db
    .select({ waId: contacts.waId, tier: contacts.tier, name: contacts.name, profileName: contacts.profileName, businessHours: inboxes.businessHours })
    .from(conversations)
    .innerJoin(contacts, eq(contacts.id, conversations.contactId))
    .innerJoin(inboxes, eq(inboxes.id, conversations.inboxId))
    .where(eq(conversations.id, turn.conversation.id));
  return row;
}

// Starts a read now and hands its result over when asked; a read never asked for (the turn went
// another way) cannot fail the turn.
function startEarly<T>(read: Promise<T>): () => Promise<T> {
  read.catch(() => {});
  return () => read;
}

// The text a person would read for each inbound message; button and list taps count by their title.
function customerText(message: TurnInput["inbound"][number]): string {
  return (message.body ?? "").trim();
}

function readConfirmation(turn: TurnInput, approvalId: string, text: string, language: Language): "yes" | "no" | null {
  for (const message of turn.inbound) {
    const reply = interactiveReplyId(message.payload);
    if (reply === `confirm:${approvalId}`) return "yes";
    if (reply === `decline:${approvalId}`) return "no";
  }
  const answer = detectConfirmation(text, language).answer;
  return answer === "unclear" ? null : answer;
}

function interactiveReplyId(payload: Record<string, unknown>): string | null {
  const interactive = payload.interactive;
  if (!interactive || typeof interactive !== "object") return null;
  for (const key of ["button_reply", "list_reply"] as const) {
    const reply = (interactive as Record<string, unknown>)[key];
    if (reply && typeof reply === "object" && typeof (reply as Record<string, unknown>).id === "string") return (reply as Record<string, string>).id ?? null;
  }
  return null;
}

async function historyMessages(db: Db, conversationId: string, current: string[]): Promise<ModelMessage[]> {
  const rows = await db
    .select({ direction: messages.direction, body: messages.body })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.isPrivateNote, false)))
    .orderBy(desc(messages.sentAt))
    .limit(HISTORY_MESSAGES + current.length);
  const history = rows
    .reverse()
    .slice(0, Math.max(0, rows.length - current.length))
    .filter((row) => row.body)
    .map((row): ModelMessage => (row.direction === "inbound" ? { role: "user", content: maskSensitive(row.body ?? "").text } : { role: "assistant", content: row.body ?? "" }));
  // Personal data a step does not need stays out of prompts: card numbers, IBANs, e-mails masked.
  return [...history, { role: "user", content: maskSensitive(current.join("\n")).text }];
}

function offlineState(state: AgentState, scope: CustomerScope) {
  return {
    activeIntent: state.activeIntent,
    // A verified customer's country is known from their profile: "what does shipping cost?" is
    // answered for it unless they name another.
    slots: scope.verifiedCustomerId !== null && scope.country && !state.slots.country ? { ...state.slots, country: scope.country } : state.slots,
    verified: scope.verifiedCustomerId !== null,
    customerName: state.verified?.name,
    clarificationsAsked: state.clarificationsAsked,
    awaiting: state.awaiting,
  };
}

function offlineMetadata(metadata: unknown): { statePatch: Partial<AgentState>; intent: string | null } {
  const offline = metadata && typeof metadata === "object" ? (metadata as Record<string, unknown>).offline : null;
  if (!offline || typeof offline !== "object") return { statePatch: {}, intent: null };
  const patch = (offline as Record<string, unknown>).statePatch;
  const statePatch: Partial<AgentState> = {};
  if (patch && typeof patch === "object") {
    const p = patch as Record<string, unknown>;
    if (typeof p.activeIntent === "string" || p.activeIntent === null) statePatch.activeIntent = p.activeIntent as string | null;
    if (p.slots && typeof p.slots === "object") statePatch.slots = Object.fromEntries(Object.entries(p.slots).filter(([, v]) => typeof v === "string")) as Record<string, string>;
    if (typeof p.awaiting === "string" || p.awaiting === null) statePatch.awaiting = p.awaiting as string | null;
    if (typeof p.clarificationsAsked === "number") statePatch.clarificationsAsked = p.clarificationsAsked;
  }
  const intent = (offline as Record<string, unknown>).intent;
  return { statePatch, intent: typeof intent === "string" ? intent : null };
}

function idempotencyKeyFor(conversationId: string, toolCallId: string, input: unknown): string {
  return createHash("sha256").update(`${conversationId}:${toolCallId}:${JSON.stringify(input)}`).digest("hex").slice(0, 32);
}

function integrationDecision(): EscalationDecision {
  return { ruleId: "system", ruleName: "Integration error", reason: "integration_error", handover: true, labels: ["integration-error"] };
}

function escalationDecisionFrom(escalation: ToolRun | undefined, blocked: ToolRun | undefined): EscalationDecision {
  if (blocked) return { ruleId: "system", ruleName: "Needs a person's approval", reason: "over_threshold", handover: true, labels: ["approval-needed"], priority: "high" };
  const input = escalation?.input as { reason?: EscalationDecision["reason"] } | undefined;
  return { ruleId: "system", ruleName: "Agent escalated", reason: input?.reason ?? "customer_requested_human", handover: true, labels: [] };
}

async function handOverTurn(
  turn: TurnInput,
  input: {
    deps: AgentDeps;
    settings: AgentSettings;
    signals: TurnSignals;
    state: AgentState;
    decision: EscalationDecision;
    runs: ToolRun[];
    language: Language;
    context: TurnContext;
    honestMessage?: boolean;
    modelRun?: ModelRun;
  },
): Promise<TurnRecord> {
  // Taken over (or handed back) while this turn ran: no second handoff next to the person's own.
  if (!(await botStillOwns(turn.db, turn.conversation.id, input.state.episode))) return record(input.signals, input.language, SUPERSEDED, null, input.modelRun);
  const { message, handoffId } = await handOver(turn.db, {
    conversationId: turn.conversation.id,
    decision: input.decision,
    signals: input.signals,
    runs: input.runs,
    language: input.language,
    customerName: input.context.customerName,
    state: input.state,
    honestMessage: input.honestMessage ?? false,
    handoverMessage: input.settings.handoff?.[input.language],
  });
  const guard: BotReplyGuard = { kind: "handoff_waiting", episode: input.state.episode, handoffId };
  const state: AgentState = { ...input.state, pendingApproval: null };
  const outcome = record(input.signals, input.language, `handoff:${input.decision.reason}`, null, input.modelRun);
  const sent = await deliver(turn, [{ type: "text", body: message }], state, disclosureFor(input.settings, input.language), guard, { state: () => stateChanges(state, input.language, input.signals.intent), record: outcome });
  // The state is saved even when the announcement was dropped (only into the turn's episode).
  if (!sent.finished) await saveState(turn.db, turn.conversation.id, state, input.language, input.signals.intent);
  return { ...outcome, stored: sent.finished && turn.storeRecord !== undefined };
}

function disclosureFor(settings: AgentSettings, language: Language): string {
  return settings.disclosure?.[language] ?? disclosureLine(language, settings.shopName);
}

// What a turn writes with its last reply: the bot's state on the conversation and the turn's record.
type TurnFinish = { state: () => ConversationChanges; record: TurnRecord };

// `delivered` is false when the guard stopped a message: the conversation is no longer the bot's to
// answer. `finished` says the finish was written with the last message.
async function deliver(turn: TurnInput, outbound: OutboundContent[], state: AgentState, disclosure: string, guard: BotReplyGuard, finish: TurnFinish): Promise<{ delivered: boolean; finished: boolean }> {
  let first = true;
  for (const [index, content] of outbound.entries()) {
    let body = content;
    // The first bot message of a conversation says it is an automated assistant and how to reach a person.
    if (first && !state.disclosed && (content.type === "text" || content.type === "buttons" || content.type === "list")) {
      body = { ...content, body: `${disclosure}\n\n${content.body}` };
      state.disclosed = true;
    }
    if (body.type === "text" || body.type === "buttons" || body.type === "list") body = { ...body, body: maskSensitive(body.body).text };
    const last = index === outbound.length - 1;
    const storeRecord = turn.storeRecord;
    const queued = await queueBotReply(turn.db, {
      conversationId: turn.conversation.id,
      content: body,
      guard,
      ...(last && { conversationChanges: finish.state(), alongside: storeRecord && ((tx: Db) => storeRecord(tx, finish.record)) }),
    });
    if (!queued) {
      log.info({ conversationId: turn.conversation.id, guard: guard.kind }, "the bot's reply was dropped: a person took the conversation during the turn");
      return { delivered: false, finished: false };
    }
    await scheduleOutboxSend(queued.conversationId);
    publish({ type: "message.created", conversationId: queued.conversationId, inboxId: queued.inboxId, messageId: queued.messageId, sender: "bot" });
    first = false;
  }
  return { delivered: true, finished: outbound.length > 0 };
}

function stateChanges(state: AgentState, language: Language, intent: string): ConversationChanges {
  return { agentState: JSON.parse(JSON.stringify(state)), language, intent: intent === "out_of_scope" ? undefined : intent };
}

async function saveState(db: Db, conversationId: string, state: AgentState, language: Language, intent: string): Promise<void> {
  // Only into the episode the turn ran in: a hand-back during the turn started a fresh one.
  await db
    .update(conversations)
    .set(stateChanges(state, language, intent))
    .where(and(eq(conversations.id, conversationId), sql`coalesce((${conversations.agentState}->>'episode')::int, 1) = ${state.episode}`));
}

type ModelRun = Required<Pick<TurnRecord, "toolCalls" | "usage">>;

function toolCallRecords(runs: ToolRun[]): ToolCallRecord[] {
  return runs.map((run) => ({
    toolCallId: run.toolCallId,
    toolName: run.toolName,
    input: run.input,
    output: run.outcome,
    status: run.status,
    durationMs: run.durationMs,
  }));
}

async function saveToolRuns(turn: TurnInput, runs: ToolRun[], modelRun: ModelRun): Promise<void> {
  await turn.db.update(agentTurns).set(modelRun).where(eq(agentTurns.id, turn.turnId));
  for (const run of runs) {
    await recordAuditEvent(turn.db, {
      actorType: "bot",
      action: `agent.tool.${run.toolName}`,
      targetType: "conversation",
      targetId: turn.conversation.id,
      data: { turnId: turn.turnId, toolName: run.toolName, risk: TOOL_RISK[run.toolName], input: redactAuditData(run.input), outcome: redactAuditData(run.outcome), status: run.status, durationMs: run.durationMs },
    });
  }
}

function record(signals: TurnSignals, language: Language, outcome: string, intent: string | null, modelRun?: ModelRun): TurnRecord {
  return {
    intent: intent ?? signals.intent,
    confidence: signals.confidence,
    language,
    sentiment: signals.sentiment.label,
    outcome,
    ...modelRun,
  };
}
