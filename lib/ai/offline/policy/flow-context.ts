import type { z } from "zod";
import type { ToolName } from "@/lib/agent/tool-catalogue";
import type { IntentId } from "../nlu/intents";
import type { Lang } from "../nlu/lang";
import { KEPT_ACROSS_INTENTS, pickSlots } from "./fill-slots";
import type { Phrases } from "./phrase-table";
import { fitTo, withoutCardNumbers } from "./safe-text";
import type { Awaiting, OfflineSlots, OfflineStep, OfflineStepInput, ReplyButton, ReplyListRow, SlotName, ToolCall, ToolResult } from "./types";

// Everything a flow decides from: the turn as understood, the slots gathered so far (flows may fill
// more while planning), and the tool results of this turn. Flows are written as "what is still
// missing?" checks, so each planning call of a turn walks the same path a little further.
export type FlowContext = {
  input: OfflineStepInput;
  lang: Lang;
  phrases: Phrases;
  intent: IntentId;
  slots: OfflineSlots;
  verified: boolean;
  customerName: string | undefined;
  results: readonly ToolResult[];
};

export type ReplyOptions = {
  buttons?: ReplyButton[];
  list?: { buttonLabel: string; rows: ReplyListRow[] };
  awaiting?: Awaiting;
  citedArticleId?: string;
  // The request is settled (or dropped): the next message starts fresh, identifiers kept.
  endFlow?: boolean;
  forget?: readonly SlotName[];
  clarificationsAsked?: number;
  // Overrides the request remembered for the next turn (a clarifying question keeps the old one).
  activeIntent?: IntentId | null;
};

// Limits of WhatsApp interactive messages.
const BUTTON_TITLE_MAX = 20;
const ROW_TITLE_MAX = 24;
const ROW_DESCRIPTION_MAX = 72;
const LIST_LABEL_MAX = 20;
const MAX_BUTTONS = 3;
const MAX_ROWS = 10;

export function reply(ctx: FlowContext, text: string, options: ReplyOptions = {}): OfflineStep {
  let slots: OfflineSlots = options.endFlow ? pickSlots(ctx.slots, KEPT_ACROSS_INTENTS) : { ...ctx.slots };
  for (const name of options.forget ?? []) delete slots[name];
  // Once verified, the e-mail and postcode given as proof are not kept in the conversation's state.
  if (ctx.verified) slots = withoutProof(slots);

  const step: Extract<OfflineStep, { kind: "reply" }> = {
    kind: "reply",
    text: withoutCardNumbers(text),
    statePatch: {
      activeIntent: options.activeIntent !== undefined ? options.activeIntent : options.endFlow ? null : ctx.intent,
      slots,
      verified: ctx.verified,
      clarificationsAsked: options.clarificationsAsked ?? 0,
      awaiting: options.awaiting ?? null,
      ...(ctx.customerName ? { customerName: ctx.customerName } : {}),
    },
  };
  if (options.buttons && options.buttons.length > 0) {
    step.buttons = options.buttons.slice(0, MAX_BUTTONS).map((button) => ({ id: button.id, title: fitTo(withoutCardNumbers(button.title), BUTTON_TITLE_MAX) }));
  }
  if (options.list && options.list.rows.length > 0) {
    step.list = {
      buttonLabel: fitTo(options.list.buttonLabel, LIST_LABEL_MAX),
      rows: options.list.rows.slice(0, MAX_ROWS).map((row) => ({
        id: row.id,
        title: fitTo(withoutCardNumbers(row.title), ROW_TITLE_MAX),
        ...(row.description ? { description: fitTo(withoutCardNumbers(row.description), ROW_DESCRIPTION_MAX) } : {}),
      })),
    };
  }
  if (options.citedArticleId) step.citedArticleId = options.citedArticleId;
  return step;
}

export function callTools(...calls: ToolCall[]): OfflineStep {
  return { kind: "call_tools", calls };
}

// The latest result of a tool in this turn, optionally only for calls whose input had these values.
export function latestResult(ctx: FlowContext, toolName: ToolName, where: Record<string, string> = {}): ToolResult | undefined {
  for (let index = ctx.results.length - 1; index >= 0; index--) {
    const result = ctx.results[index];
    if (!result || result.toolName !== toolName) continue;
    if (Object.entries(where).every(([key, value]) => inputValue(result, key) === value)) return result;
  }
  return undefined;
}

export function inputValue(result: ToolResult, key: string): unknown {
  return typeof result.input === "object" && result.input !== null ? Reflect.get(result.input, key) : undefined;
}

// A successful result's data, checked against the tool's data schema; null for a failure or a
// result that does not have the expected shape.
export function resultData<Schema extends z.ZodType>(result: ToolResult | undefined, schema: Schema): z.infer<Schema> | null {
  if (!result || !result.outcome.ok) return null;
  const parsed = schema.safeParse(result.outcome.data);
  return parsed.success ? parsed.data : null;
}

export function talkToPersonButton(ctx: FlowContext): ReplyButton {
  return { id: "human", title: ctx.phrases.talkToPerson };
}

function withoutProof(slots: OfflineSlots): OfflineSlots {
  const rest = { ...slots };
  delete rest.email;
  delete rest.postcode;
  return rest;
}
