import type { ToolName } from "@/lib/agent/tool-catalogue";
import type { ToolOutcome } from "@/lib/agent/tools/tool-outcome";
import type { IntentPrediction } from "../nlu/classifier";
import type { Entity } from "../nlu/entities/types";
import type { IntentId } from "../nlu/intents";
import type { Lang } from "../nlu/lang";

// What the offline policy remembers between turns. Slot values are strings only, so the state stores
// as flat JSON on the conversation; a slot once filled is never asked for again in the episode.
export const SLOT_NAMES = [
  "orderNumber",
  "bookingReference",
  "subscriptionReference",
  "invoiceNumber",
  "email",
  "postcode",
  "date",
  "amountCents",
  "plan",
  "promoCode",
  "country",
  "service",
  "slotId",
  "returnKind",
  "returnReason",
  "problem",
  "resolution",
  "subscriptionAction",
  // The message that held a new delivery address, read once the order (and its country) is known.
  "addressText",
] as const;
export type SlotName = (typeof SLOT_NAMES)[number];
export type OfflineSlots = Partial<Record<SlotName, string>>;

// The question the customer was last asked, so a bare answer ("SO-104233", "1054 HG", "2") is read
// as an answer to it rather than classified on its own.
export const AWAITING = [
  "order_number",
  "identity",
  "clarification",
  "booking_choice",
  "slot_choice",
  "subscription_choice",
  "subscription_action",
  "plan_choice",
  "address",
  "return_reason",
  "problem",
  "resolution",
  "promo_code",
  // "Shall I pass you to a colleague?": a plain "yes" hands over.
  "handoff_offer",
] as const;
export type Awaiting = (typeof AWAITING)[number];

export type OfflineState = {
  activeIntent: IntentId | null;
  slots: OfflineSlots;
  verified: boolean;
  customerName?: string;
  clarificationsAsked: number;
  awaiting?: Awaiting | null;
};

export type ToolResult = { toolName: ToolName; input: unknown; outcome: ToolOutcome<unknown> };

export type KnowledgeHit = { articleId: string; title: string; snippet: string; score: number };

export type OfflineStepInput = {
  // This turn's customer messages joined; may be a button or list reply id or title.
  customerText: string;
  language: Lang;
  nlu: Pick<IntentPrediction, "intent" | "confidence" | "ranking">;
  entities: Entity[];
  state: OfflineState;
  // Results of the calls made earlier in this turn, in order (only this turn's).
  toolResults: ToolResult[];
  // The runner's knowledge search results, when it searched.
  knowledge?: KnowledgeHit[];
  now: Date;
  outOfScopeThreshold: number;
};

export type ReplyButton = { id: string; title: string };
export type ReplyListRow = { id: string; title: string; description?: string };

export type ToolCall = { toolName: ToolName; input: object };

export type OfflineStep =
  | { kind: "call_tools"; calls: ToolCall[] }
  | {
      kind: "reply";
      text: string;
      buttons?: ReplyButton[];
      list?: { buttonLabel: string; rows: ReplyListRow[] };
      citedArticleId?: string;
      statePatch: Partial<OfflineState>;
    };
