// Every event the server publishes to browsers. Domain code builds these; only the realtime bridge
// knows that socket.io carries them.
export type RealtimeEvent =
  | { type: "conversation.created"; conversationId: string; inboxId: string }
  | { type: "conversation.updated"; conversationId: string; inboxId: string; version: number; changes: Record<string, unknown> }
  | { type: "message.created"; conversationId: string; inboxId: string; messageId: string; sender?: "customer" | "bot" | "agent" | "system"; isPrivateNote?: boolean }
  | { type: "message.updated"; conversationId: string; inboxId: string; messageId: string; changes: Record<string, unknown> }
  | { type: "message.status"; conversationId: string; inboxId: string; messageId: string; status: string; errorCode?: number | null; errorTitle?: string | null }
  | { type: "handoff.created"; conversationId: string; inboxId: string; handoffId: string; reason: string }
  | { type: "typing"; conversationId: string; inboxId: string; userId: string; name: string }
  | { type: "presence.changed"; userId: string; presence: "online" | "away" | "offline" }
  // Someone @mentioned this person in a private note; goes to that person only.
  | { type: "mention"; userId: string; conversationId: string; inboxId: string; messageId: string; byName: string }
  | { type: "system.notice"; message: string };

export type RealtimeEventType = RealtimeEvent["type"];

// Rooms: everyone in an inbox sees its list changes; a conversation room carries its detail.
export function roomsFor(event: RealtimeEvent): string[] {
  if (event.type === "presence.changed" || event.type === "system.notice") return ["staff"];
  if (event.type === "mention") return [`user:${event.userId}`];
  return [`inbox:${event.inboxId}`, `conversation:${event.conversationId}`];
}
