import type { Db } from "@/lib/db/client";
import type { Contact, Conversation, Inbox, Message, ToolCallRecord, TurnUsage } from "@/lib/db/schema";

export type TurnInput = {
  db: Db;
  turnId: string;
  conversation: Conversation;
  // The customer messages this turn answers (a burst arrives as several), oldest first.
  inbound: Message[];
  // Who the conversation is with and when its inbox is open, read with the conversation when the
  // turn claimed its messages (absent when a caller builds the input itself).
  contact?: TurnContact;
  // Stores the turn's outcome inside the responder's own last transaction, so a turn that answers
  // commits once at its end; a record stored this way is returned with `stored: true`.
  storeRecord?: (tx: Db, record: TurnRecord) => Promise<void>;
};

export type TurnContact = Pick<Contact, "waId" | "tier" | "name" | "profileName"> & Pick<Inbox, "businessHours">;

export type TurnRecord = {
  intent?: string | null;
  confidence?: number | null;
  language?: Conversation["language"];
  sentiment?: "positive" | "neutral" | "negative" | null;
  outcome: string;
  // What the model did, when it ran.
  toolCalls?: ToolCallRecord[];
  usage?: TurnUsage;
  // Already written through TurnInput.storeRecord.
  stored?: boolean;
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
