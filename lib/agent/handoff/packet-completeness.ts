import type { HandoffPacket } from "@/lib/db/schema";

export type PacketCompleteness = {
  hasIdentifiers: boolean;
  hasSteps: boolean;
  hasSuggestedAction: boolean;
  // All three: the metric "escalation quality" counts these handoffs.
  complete: boolean;
};

// Whether a handoff gave the agent something to work with. A packet can be honest and still thin
// (a customer who asked for a person in their first message); the metric shows how often.
export function packetCompleteness(packet: HandoffPacket): PacketCompleteness {
  const hasIdentifiers = packet.identifiers.some((identifier) => identifier.value.trim() !== "");
  const hasSteps = packet.stepsTried.length > 0;
  const hasSuggestedAction = packet.suggestedAction.trim() !== "";
  return { hasIdentifiers, hasSteps, hasSuggestedAction, complete: hasIdentifiers && hasSteps && hasSuggestedAction };
}
