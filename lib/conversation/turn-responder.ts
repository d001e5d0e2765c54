import type { Db } from "@/lib/db/client";
import type { Conversation, Message } from "@/lib/db/schema";

export type TurnInput = {
  db: Db;
  turnId: string;
  conversation: Conversation;
  // The customer messages this turn answers (a burst arrives as several), oldest first.
  inbound: Message[];
};

export type TurnRecord = {
  intent?: string | null;
  confidence?: number | null;
  language?: Conversation["language"];
  sentiment?: "positive" | "neutral" | "negative" | null;
  outcome: string;
};

// The agent plugs in here; the channel only knows that a turn gets answered.
export type TurnResponder = (input: TurnInput) => Promise<TurnRecord>;

const holder = globalThis as typeof globalThis & { __turnResponder?: TurnResponder };

export function setTurnResponder(responder: TurnResponder | undefined): void {
  holder.__turnResponder = responder;
}

export function turnResponder(): TurnResponder | undefined {
  return holder.__turnResponder;
}
