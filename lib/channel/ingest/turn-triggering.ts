import type { InboundMessageType } from "@/lib/whatsapp/webhook/events";

// Reactions and system notices (a customer changed number) are shown to agents but never start an
// agent turn on their own.
const SILENT_TYPES: ReadonlySet<InboundMessageType> = new Set(["reaction", "system"]);

export function triggersTurn(type: string): boolean {
  return !SILENT_TYPES.has(type as InboundMessageType);
}

export const SILENT_MESSAGE_TYPES = [...SILENT_TYPES];
