import type { z } from "zod";
import type { BusinessNumberRef, WebhookEvent } from "./events";
import { normalizeWebhookError } from "./normalize-error";
import { normalizeInboundMessage } from "./normalize-message";
import { normalizeStatus } from "./normalize-status";
import { MESSAGES_FIELD, type MessagesChangeValue, messagesChangeValueSchema, webhookEnvelopeSchema } from "./schema";

export const INVALID_PAYLOAD_CODE = "whatsapp:invalid_payload";

export type ParseResult =
  | { ok: true; events: WebhookEvent[] }
  | { ok: false; code: typeof INVALID_PAYLOAD_CODE; reason: string };

// Turns a parsed webhook body into a flat list of events, in payload order, across every entry and
// every change: Meta batches up to 1000 updates per POST, so reading only the first would lose data.
//
// Fails only when the body is not a WhatsApp webhook we can trust (wrong object, no entries, a
// message without id/from/timestamp/type). Changes for other subscribed fields are skipped, and a
// message of an unknown or unreadable type becomes an "unsupported" event instead of an error.
export function parseWebhookPayload(json: unknown): ParseResult {
  const envelope = webhookEnvelopeSchema.safeParse(json);
  if (!envelope.success) return invalidPayload(envelope.error, []);

  const events: WebhookEvent[] = [];
  for (const [entryIndex, entry] of envelope.data.entry.entries()) {
    for (const [changeIndex, change] of entry.changes.entries()) {
      // Template, preference and account updates share the envelope but not this shape.
      if (change.field !== MESSAGES_FIELD) continue;
      const value = messagesChangeValueSchema.safeParse(change.value);
      if (!value.success) return invalidPayload(value.error, ["entry", entryIndex, "changes", changeIndex, "value"]);
      appendChangeEvents(value.data, events);
    }
  }
  return { ok: true, events };
}

function appendChangeEvents(value: MessagesChangeValue, events: WebhookEvent[]): void {
  const business: BusinessNumberRef = {
    phoneNumberId: value.metadata.phone_number_id,
    displayPhoneNumber: value.metadata.display_phone_number,
  };

  const profileNames = new Map<string, string>();
  for (const contact of value.contacts ?? []) {
    const name = contact.profile?.name;
    if (contact.wa_id && name) profileNames.set(contact.wa_id, name);
  }

  for (const message of value.messages ?? []) {
    events.push(normalizeInboundMessage(message, business, profileNames.get(message.from) ?? null));
  }
  for (const status of value.statuses ?? []) {
    events.push(normalizeStatus(status, business));
  }
  for (const error of value.errors ?? []) {
    events.push({ kind: "error", ...business, error: normalizeWebhookError(error) });
  }
}

function invalidPayload(error: z.ZodError, pathPrefix: PropertyKey[]): ParseResult {
  // A few issues are enough to see what is wrong; a broken 1000-message batch could list thousands.
  const shown = error.issues.slice(0, 3).map((issue) => `${formatPath([...pathPrefix, ...issue.path])}: ${issue.message}`);
  const more = error.issues.length - shown.length;
  const reason = more > 0 ? `${shown.join("; ")} (and ${more} more)` : shown.join("; ");
  return { ok: false, code: INVALID_PAYLOAD_CODE, reason: `Not a valid WhatsApp webhook: ${reason}` };
}

// ["entry", 0, "changes", 1, "value", "messages", 3, "from"] → "entry[0].changes[1].value.messages[3].from"
function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    const name = String(key);
    return text === "" ? name : `${text}.${name}`;
  }, "");
}
