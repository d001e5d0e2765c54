import type { Logger } from "pino";
import type { ChatError, ChatStatus, InboundChatEntry, OutboundChatEntry } from "./chat-store";

// What a simulator page streams (control.subscribe, and the SSE endpoint): every change to a
// customer's chat as it happens. Entries are snapshots, safe to keep.
export type EmulatorEvent =
  // The business sent a message (accepted by the Graph API).
  | { type: "outbound"; waId: string; at: string; entry: OutboundChatEntry }
  // A status of one of our messages changed (sent, delivered, read, failed).
  | { type: "status"; waId: string; at: string; wamid: string; status: Exclude<ChatStatus, "accepted">; errors: ChatError[] }
  // The simulated customer sent a message.
  | { type: "inbound"; waId: string; at: string; entry: InboundChatEntry }
  // The business marked the customer's messages read; with a typing indicator until `typingUntil`.
  | { type: "business-read"; waId: string; at: string; wamids: string[]; typingUntil: string | null };

export type EmulatorEventListener = (event: EmulatorEvent) => void;

export type EventHub = {
  subscribe(listener: EmulatorEventListener): () => void;
  emit(event: EmulatorEvent): void;
  listenerCount(): number;
};

export function createEventHub(log: Logger): EventHub {
  const listeners = new Set<EmulatorEventListener>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    emit(event) {
      for (const listener of listeners) {
        // A broken page stream must not break the send that caused the event.
        try {
          listener(structuredClone(event));
        } catch (error) {
          log.warn({ err: error, event: event.type }, "emulator event listener failed");
        }
      }
    },
    listenerCount: () => listeners.size,
  };
}
