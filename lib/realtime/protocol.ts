import type { RealtimeEvent } from "./events";

// The socket.io contract shared by the server and the browser client. All domain events travel on
// one channel, "event", and are told apart by their `type`.
export type ServerToClientEvents = {
  event: (event: RealtimeEvent) => void;
  ready: (info: { user: { id: string; name: string; role: string } }) => void;
};

export type ClientToServerEvents = {
  "conversation:join": (conversationId: string, ack: (result: { ok: boolean }) => void) => void;
  "conversation:leave": (conversationId: string) => void;
  // The person is typing in this conversation's composer; relayed to the other people viewing it.
  typing: (conversationId: string) => void;
};
