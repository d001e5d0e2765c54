import type { ToolCallRecord } from "@/lib/db/schema";

// What the runner saw in one scenario run: everything the expectations and metrics are computed
// from, and what the report keeps for reading a failure without running it again.

export type ObservedReply = {
  text: string;
  // Button or list row titles, with their ids.
  options: { id: string; title: string }[];
  kind: "text" | "buttons" | "list" | "other";
  confirmationPrompt: boolean;
  // What WhatsApp (the emulator) did with it.
  delivery: "accepted" | "sent" | "delivered" | "read" | "failed";
};

export type ObservedTurn = {
  // What the customer did, as a person would read it.
  customer: string[];
  // The customer's answer when the bot's previous message asked to confirm a change.
  answeredPrompt: "yes" | "no" | "other" | null;
  result: "answered" | "skipped" | "failed" | "nothing_to_answer" | "burst_open";
  intent: string | null;
  language: string | null;
  outcome: string | null;
  toolCalls: ToolCallRecord[];
  usage: { inputTokens: number; outputTokens: number; modelMs: number } | null;
  replies: ObservedReply[];
  // Shop tables (orders, refunds, returns, bookings, subscriptions, connector operations) that
  // changed during this turn.
  changedTables: string[];
  // From the customer's first message reaching WhatsApp to the last reply reaching the customer.
  latencyMs: number;
};

export type ScenarioObservation = {
  // The run could not complete (a tap with nothing to tap, a pipeline error…).
  harnessError: string | null;
  waId: string;
  values: Record<string, string>;
  turns: ObservedTurn[];
  handoffs: { reason: string; summaryLength: number }[];
  ownerAtEnd: string | null;
  // Shop tables that differ between the start and the end of the scenario.
  changedTables: string[];
  finalState: {
    order: string | null;
    booking: { moved: boolean; status: string } | null;
    subscription: { status: string; plan: string } | null;
  };
  // The title of the article named by expect.groundedIn, when there is one.
  articleTitle: string | null;
  durationMs: number;
};
