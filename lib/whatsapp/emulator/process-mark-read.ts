import { GRAPH_ERROR, type GraphError } from "@/lib/whatsapp/cloud-api/graph-errors";
import type { MarkAsReadRequest } from "@/lib/whatsapp/cloud-api/send-schema";
import type { EmulatorContext } from "./emulator-context";

export type MarkReadOutcome = { ok: true; body: { success: true } } | { ok: false; error: GraphError };

// Meta shows a typing indicator until the business replies or 25 seconds pass (§4.8).
const TYPING_INDICATOR_MS = 25_000;

// {status: "read", message_id}: marks that customer message and every earlier one read, optionally
// with a typing indicator. No status webhooks follow; the simulator gets a business-read event.
export function processMarkAsRead(ctx: EmulatorContext, request: MarkAsReadRequest): MarkReadOutcome {
  const target = ctx.chats.find(request.message_id);
  if (target?.direction !== "inbound") {
    return { ok: false, error: { code: GRAPH_ERROR.parameterValueInvalid, details: `Invalid message_id: ${request.message_id} is not a message received by this phone number.` } };
  }
  const now = ctx.clock.now();
  const wamids = ctx.chats.markReadUpTo(request.message_id);
  const typingUntil = request.typing_indicator ? new Date(now.getTime() + TYPING_INDICATOR_MS).toISOString() : null;
  ctx.events.emit({ type: "business-read", waId: target.waId, at: now.toISOString(), wamids, typingUntil });
  return { ok: true, body: { success: true } };
}
