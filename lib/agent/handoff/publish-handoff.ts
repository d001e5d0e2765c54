import { publish } from "@/lib/realtime/publish";
import type { CreatedHandoff } from "./create-handoff";

// Tells the inbox about a stored handoff: the "needs a human" queue gains it and the open
// conversation shows its new owner, team, priority and labels. Call after createHandoff returned,
// i.e. after its transaction committed.
export function publishHandoff(result: CreatedHandoff): void {
  const conversationId = result.handoff.conversationId;
  publish({ type: "handoff.created", conversationId, inboxId: result.inboxId, handoffId: result.handoff.id, reason: result.handoff.reason });
  publish({ type: "conversation.updated", conversationId, inboxId: result.inboxId, version: result.version, changes: { ...result.changes } });
}
