import { CHANGE_TOOLS, TOOL_RISK, type ToolName } from "@/lib/agent/tool-catalogue";
import type { Language } from "@/lib/db/enums";
import { ORDER_STATES, type EscalationReason, type ToolCallRecord } from "@/lib/db/schema";
import { scenarioSchema, type CustomerPick, type EvalScenario, type ScenarioTurn, type ToolExpectation } from "./scenario-schema";
import { hash, SyntheticIdentifiers, type IdentifierKind, type KnownValue } from "./synthetic-identifiers";

// "Save as test case": a real conversation from the inbox becomes an evaluation scenario. The
// customer's messages become turns (texts, button and list taps, bursts answered together), the
// persona keeps the language and tier but gets a synthetic number and name, and the expectations are
// prefilled from what happened (tools called, the handoff reason) for a person to adjust. Every
// identifier is replaced with a synthetic one, the same real value always by the same fake one.

export type TestCaseMessage = {
  direction: "inbound" | "outbound";
  sender: "customer" | "bot" | "agent" | "system";
  type: string;
  body: string | null;
  payload: Record<string, unknown>;
  turnId: string | null;
  isPrivateNote: boolean;
  sentAt: Date;
};

export type TestCaseTurn = { id: string; intent: string | null; toolCalls: ToolCallRecord[]; startedAt: Date };

export type TestCaseSource = {
  conversationId: string;
  createdAt: Date;
  language: Language | null;
  intent: string | null;
  contact: { name: string | null; profileName: string | null; waId: string; email: string | null; tier: "standard" | "plus" | "vip" };
  // The shop customer the contact is linked to, when there is one.
  shopCustomer: { name: string; email: string; phone: string; postcode: string; addressLine: string; tier: "standard" | "plus" | "vip" } | null;
  // Order numbers the shop knows, with their state (to pick a demo order in the same state).
  orderStates: Record<string, string>;
  messages: TestCaseMessage[];
  turns: TestCaseTurn[];
  handoffReasons: EscalationReason[];
};

export type TestCase = {
  scenario: EvalScenario;
  // evals/<intent>/<fileName>
  fileName: string;
  replacements: Partial<Record<IdentifierKind, number>>;
  // What the person should look at before committing the file.
  notes: string[];
};

const PRESENT_OR_ESCALATE = new Set<string>(["present", "escalate"]);

export function conversationToScenario(source: TestCaseSource): TestCase {
  const notes: string[] = [];
  const language: Language = source.language ?? "en";
  const customerTexts = source.messages.filter(isCustomerMessage).map((message) => message.body ?? "");
  const linked = source.shopCustomer !== null;
  const pick = linked ? customerPickFor(source, customerTexts) : null;

  const synthetic = new SyntheticIdentifiers({ seed: source.conversationId, known: knownValues(source, pick, customerTexts) });
  const turns = customerTurns(source, synthetic, notes);
  if (turns.length === 0) throw new Error("the conversation has no customer message a scenario can replay");

  const calls = source.turns.flatMap((turn) => turn.toolCalls);
  const tools = toolExpectations(calls);
  const changed = calls.some((call) => isToolName(call.toolName) && CHANGE_TOOLS.includes(call.toolName) && call.status === "executed");
  const firstIntent = source.turns.find((turn) => turn.intent)?.intent ?? null;
  const intent = folderFor(firstIntent ?? source.intent);
  const handoff = source.handoffReasons.at(-1) ?? null;

  const persona = pick
    ? { linked: true as const, name: synthetic.name, customer: pick }
    : { linked: false as const, name: synthetic.name, waId: syntheticWaId(source.conversationId, source.contact.waId) };
  const tier = source.contact.tier;
  const setup = tier !== "standard" && !(pick?.pick === "vip" && tier === "vip") ? { contactTier: tier } : undefined;
  const firstText = turns.map(turnText).find((text) => text.length > 0) ?? "a conversation";
  const date = isoDate(source.createdAt);

  const candidate = {
    name: `inbox ${date}: ${truncate(firstText, 60)}`,
    intent,
    language,
    messy: turns.some((turn) => "burst" in turn) ? ["burst"] : [],
    persona,
    ...(setup ? { setup } : {}),
    turns,
    expect: {
      ...(firstIntent && /^[a-z_]+$/.test(firstIntent) ? { intent: firstIntent } : {}),
      ...(tools.length > 0 ? { tools } : {}),
      handoff,
      dataChange: changed ? "confirmed" : "none",
    },
  };
  if (intent === "unclassified") notes.push("No intent was recorded for this conversation: it is filed under evals/unclassified/; move it to the right intent folder.");
  if (pick?.pick === "any") notes.push("The persona picks any demo customer with an order; set a more specific pick if the case depends on an order's state.");
  notes.push("Expectations are prefilled from what happened in this conversation: check that this is what should happen before committing the file.");
  const scenario = scenarioSchema.parse(candidate);
  return { scenario, fileName: `inbox-${date}-${source.conversationId.replace(/-/g, "").slice(0, 8)}.json`, replacements: { ...synthetic.counts }, notes };
}

// Which demo customer stands in for the real one: a VIP for a VIP; one with a booking or a
// subscription when the conversation was about those; otherwise one with an order in the state the
// conversation's first order was in.
function customerPickFor(source: TestCaseSource, texts: readonly string[]): CustomerPick {
  const tier = source.shopCustomer?.tier === "vip" || source.contact.tier === "vip";
  if (tier) return { pick: "vip" };
  const toolNames = new Set(source.turns.flatMap((turn) => turn.toolCalls.map((call) => call.toolName)));
  const joined = texts.join("\n");
  if (["list_bookings", "reschedule_appointment", "list_appointment_slots"].some((name) => toolNames.has(name)) || /\bBK-?\d{5}\b/i.test(joined)) return { pick: "booking" };
  if (["list_subscriptions", "pause_subscription", "resume_subscription", "change_subscription_plan"].some((name) => toolNames.has(name)) || /\bSUB-?\d{5}\b/i.test(joined)) {
    return { pick: "subscription" };
  }
  const order = firstOrderNumber(source, texts);
  const state = order ? source.orderStates[order] : undefined;
  if (state && isOrderState(state)) return { pick: "order_in_state", state };
  return { pick: "any" };
}

// The values the converter knows are personal, and what each becomes. For a linked persona the
// scenario's placeholders stand for the demo customer's own records: {name}, {email}, {postcode},
// and {order} / {booking} / {subscription} for the first one the customer mentioned.
function knownValues(source: TestCaseSource, pick: CustomerPick | null, texts: readonly string[]): KnownValue[] {
  const known: KnownValue[] = [];
  const syntheticName = new SyntheticIdentifiers({ seed: source.conversationId }).name;
  const [syntheticFirst] = syntheticName.split(" ");
  const names = [source.contact.name, source.contact.profileName, source.shopCustomer?.name].filter((name): name is string => Boolean(name?.trim()));
  for (const name of new Set(names)) {
    known.push({ kind: "name", value: name, replacement: pick && name.trim().includes(" ") ? "{name}" : name.trim().includes(" ") ? syntheticName : syntheticFirst });
    for (const part of name.trim().split(/\s+/)) if (part.length >= 3 && part !== name.trim()) known.push({ kind: "name", value: part, replacement: syntheticFirst });
  }
  for (const email of new Set([source.contact.email, source.shopCustomer?.email].filter((value): value is string => Boolean(value)))) {
    known.push({ kind: "email", value: email, replacement: pick ? "{email}" : undefined });
  }
  for (const phone of new Set([source.contact.waId, source.shopCustomer?.phone].filter((value): value is string => Boolean(value)))) known.push({ kind: "phone", value: phone });
  if (source.shopCustomer) {
    known.push({ kind: "postcode", value: source.shopCustomer.postcode, replacement: pick ? "{postcode}" : undefined });
    known.push({ kind: "address", value: source.shopCustomer.addressLine });
  }
  if (pick) {
    const joined = texts.join("\n");
    const firstOf = (pattern: RegExp) => pattern.exec(joined)?.[0];
    const order = pick.pick === "order_in_state" || pick.pick === "any" || pick.pick === "vip" || pick.pick === "booking" ? firstOrderNumber(source, texts) : undefined;
    if (order) known.push({ kind: "order", value: order, replacement: "{order}" });
    const booking = pick.pick === "booking" ? firstOf(/\bBK-?\d{5}\b/i) : undefined;
    if (booking) known.push({ kind: "booking", value: normaliseReference(booking), replacement: "{booking}" });
    const subscription = pick.pick === "subscription" ? firstOf(/\bSUB-?\d{5}\b/i) : undefined;
    if (subscription) known.push({ kind: "subscription", value: normaliseReference(subscription), replacement: "{subscription}" });
  }
  return known;
}

// The customer's side of the conversation, one scenario turn per agent turn: messages answered
// together become a burst; taps on the bot's buttons and lists become taps.
function customerTurns(source: TestCaseSource, synthetic: SyntheticIdentifiers, notes: string[]): ScenarioTurn[] {
  const ordered = [...source.messages].filter((message) => !message.isPrivateNote).sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
  const groups: { turnId: string | null; messages: TestCaseMessage[]; promptBefore: boolean }[] = [];
  let lastBotWasPrompt = false;
  for (const message of ordered) {
    if (!isCustomerMessage(message)) {
      if (message.direction === "outbound") lastBotWasPrompt = isConfirmationPrompt(message.payload);
      continue;
    }
    const previous = groups.at(-1);
    if (previous && message.turnId !== null && previous.turnId === message.turnId) previous.messages.push(message);
    else groups.push({ turnId: message.turnId, messages: [message], promptBefore: lastBotWasPrompt });
  }

  const turns: ScenarioTurn[] = [];
  let skipped = 0;
  for (const group of groups) {
    const parts = group.messages.map((message) => customerPart(message, synthetic)).filter((part): part is ScenarioTurn => part !== null);
    skipped += group.messages.length - parts.length;
    if (parts.length === 0) continue;
    const texts = parts.flatMap((part) => ("text" in part ? [part.text] : []));
    if (parts.length > 1 && texts.length === parts.length) {
      turns.push({ burst: texts });
      continue;
    }
    for (const part of parts) {
      if ("text" in part && group.promptBefore && parts.length === 1) {
        const means = answerFromTurn(source, group.turnId);
        turns.push(means ? { text: part.text, means } : part);
      } else turns.push(part);
    }
  }
  if (skipped > 0) notes.push(`${skipped} customer message(s) without text (media, locations, reactions) were left out: scenarios replay texts and taps only.`);
  return turns;
}

// A typed answer to a confirmation prompt: "yes" when the turn it started ran the change, "no" when
// it declined it; null when the turn shows neither.
function answerFromTurn(source: TestCaseSource, turnId: string | null): "yes" | "no" | null {
  const turn = source.turns.find((candidate) => candidate.id === turnId);
  if (!turn) return null;
  const change = turn.toolCalls.filter((call) => isToolName(call.toolName) && TOOL_RISK[call.toolName] === "change");
  if (change.some((call) => call.status === "executed")) return "yes";
  if (change.some((call) => call.status === "denied")) return "no";
  return null;
}

function customerPart(message: TestCaseMessage, synthetic: SyntheticIdentifiers): ScenarioTurn | null {
  const reply = interactiveReply(message.payload);
  if (reply) {
    if (reply.id.startsWith("confirm:")) return { tap: "confirm" };
    if (reply.id.startsWith("decline:")) return { tap: "decline" };
    const title = synthetic.replace(reply.title);
    if (reply.kind === "list") return { tap: { listRowTitle: title } };
    return { tap: { buttonTitle: `^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$` } };
  }
  const body = message.body?.trim();
  if (!body || !["text", "button", "interactive"].includes(message.type)) {
    // A caption is what the customer wrote with a photo or document.
    const caption = captionOf(message.payload);
    return caption ? { text: synthetic.replace(caption) } : null;
  }
  return { text: synthetic.replace(body) };
}

function toolExpectations(calls: readonly ToolCallRecord[]): ToolExpectation[] {
  const names: ToolName[] = [];
  for (const call of calls) {
    const name = call.toolName;
    if (!isToolName(name) || PRESENT_OR_ESCALATE.has(TOOL_RISK[name])) continue;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

function interactiveReply(payload: Record<string, unknown>): { kind: "button" | "list"; id: string; title: string } | null {
  const interactive = record(payload.interactive);
  if (!interactive) return null;
  const button = record(interactive.button_reply);
  if (button && typeof button.id === "string" && typeof button.title === "string") return { kind: "button", id: button.id, title: button.title };
  const row = record(interactive.list_reply);
  if (row && typeof row.id === "string" && typeof row.title === "string") return { kind: "list", id: row.id, title: row.title };
  return null;
}

// An outbound message whose buttons ask the customer to confirm a change (ids "confirm:…").
function isConfirmationPrompt(payload: Record<string, unknown>): boolean {
  return JSON.stringify(payload).includes('"confirm:');
}

function captionOf(payload: Record<string, unknown>): string | null {
  for (const key of ["image", "video", "document"]) {
    const media = record(payload[key]);
    if (media && typeof media.caption === "string" && media.caption.trim()) return media.caption.trim();
  }
  return null;
}

function isCustomerMessage(message: TestCaseMessage): boolean {
  return message.direction === "inbound" && message.sender === "customer" && !message.isPrivateNote;
}

function firstOrderNumber(source: TestCaseSource, texts: readonly string[]): string | undefined {
  const typed = /\bSO-?\d{6}\b/i.exec(texts.join("\n"))?.[0];
  if (typed) return normaliseReference(typed);
  // Otherwise the first order a tool looked at.
  for (const call of source.turns.flatMap((turn) => turn.toolCalls)) {
    const input = record(call.input);
    if (input && typeof input.orderNumber === "string") return input.orderNumber;
  }
  return undefined;
}

function normaliseReference(reference: string): string {
  const match = /^([A-Za-z]+)-?(\d+)$/.exec(reference);
  return match ? `${match[1]!.toUpperCase()}-${match[2]}` : reference;
}

function folderFor(intent: string | null): string {
  return intent && /^[a-z_]+$/.test(intent) && intent !== "results" ? intent : "unclassified";
}

// A number the shop does not know and no real customer has: 3197 (Dutch non-geographic range) and
// eight digits from the conversation id.
function syntheticWaId(conversationId: string, realWaId: string): string {
  let candidate = `3197${String(hash(conversationId) % 100_000_000).padStart(8, "0")}`;
  if (candidate === realWaId) candidate = `3197${String((hash(conversationId) + 1) % 100_000_000).padStart(8, "0")}`;
  return candidate;
}

function isToolName(name: string): name is ToolName {
  return Object.hasOwn(TOOL_RISK, name);
}

function isOrderState(state: string): state is NonNullable<CustomerPick["state"]> {
  return (ORDER_STATES as readonly string[]).includes(state);
}

function turnText(turn: ScenarioTurn): string {
  if ("text" in turn) return turn.text;
  if ("burst" in turn) return turn.burst.join(" ");
  return "";
}

function truncate(text: string, length: number): string {
  const single = text.replace(/\s+/g, " ").trim();
  return single.length <= length ? single : `${single.slice(0, length - 1)}…`;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : null;
}
