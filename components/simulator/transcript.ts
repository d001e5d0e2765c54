import type { ChatEntry, ChatStatus, InboundChatEntry } from "@/lib/whatsapp/emulator/chat-store";
import type { EmulatorEvent } from "@/lib/whatsapp/emulator/event-hub";
import type { DeliveryRecord } from "@/lib/whatsapp/emulator/webhook-delivery";

// Pure helpers over the customer-side transcript: merging live events into the cached copy (each
// message once, by wamid), and what the simulated customer's phone shows.

const STATUS_RANK: Record<ChatStatus, number> = { accepted: 0, sent: 1, delivered: 2, read: 3, failed: 4 };

// Applies one event to a transcript. Unknown or repeated events leave it unchanged (same array).
export function applyEmulatorEvent(entries: ChatEntry[], event: EmulatorEvent): ChatEntry[] {
  switch (event.type) {
    case "inbound":
    case "outbound": {
      if (entries.some((entry) => entry.wamid === event.entry.wamid)) return entries;
      const next = [...entries, event.entry];
      const reaction = reactionOf(event.entry);
      return reaction ? applyReaction(next, reaction) : next;
    }
    case "status": {
      const index = entries.findIndex((entry) => entry.wamid === event.wamid);
      const entry = entries[index];
      if (entry?.direction !== "outbound") return entries;
      if (entry.status === "failed" || entry.status === "read") return entries;
      if (event.status !== "failed" && STATUS_RANK[event.status] <= STATUS_RANK[entry.status]) return entries;
      const updated = {
        ...entry,
        status: event.status,
        statusHistory: [...entry.statusHistory, { status: event.status, at: event.at }],
        errors: [...entry.errors, ...event.errors],
      };
      return entries.map((candidate, position) => (position === index ? updated : candidate));
    }
    case "business-read": {
      const read = new Set(event.wamids);
      if (!entries.some((entry) => entry.direction === "inbound" && !entry.readByBusiness && read.has(entry.wamid))) return entries;
      return entries.map((entry) => (entry.direction === "inbound" && read.has(entry.wamid) ? { ...entry, readByBusiness: true } : entry));
    }
  }
}

// Reactions are not bubbles of their own on a phone: they sit under the message they react to.
export function visibleEntries(entries: ChatEntry[]): ChatEntry[] {
  return entries.filter((entry) => entry.type !== "reaction");
}

// Where the customer's own message stands, as WhatsApp ticks show it to its sender.
export type CustomerTicks = "sent" | "delivered" | "read" | "webhook_failing";

export function customerTicks(entry: InboundChatEntry, webhook: WebhookProgress): CustomerTicks {
  if (entry.readByBusiness) return "read";
  if (webhook.delivered.has(entry.wamid)) return "delivered";
  if (webhook.failing.has(entry.wamid)) return "webhook_failing";
  return "sent";
}

export type WebhookProgress = { delivered: ReadonlySet<string>; failing: ReadonlySet<string>; dropped: ReadonlySet<string> };

export const NO_WEBHOOK_PROGRESS: WebhookProgress = { delivered: new Set(), failing: new Set(), dropped: new Set() };

// Which customer messages the business's webhook has acknowledged (HTTP 200), which are stuck in
// retries and which the emulator gave up on. A duplicate copy that got through counts as delivered.
export function webhookProgress(records: DeliveryRecord[]): WebhookProgress {
  const delivered = new Set<string>();
  const failing = new Set<string>();
  const dropped = new Set<string>();
  for (const record of records) {
    for (const update of record.updates) {
      if (update.kind !== "message") continue;
      if (record.state === "delivered") delivered.add(update.wamid);
      else if (record.state === "retrying") failing.add(update.wamid);
      else if (record.state === "dropped") {
        failing.add(update.wamid);
        dropped.add(update.wamid);
      }
    }
  }
  for (const wamid of delivered) {
    failing.delete(wamid);
    dropped.delete(wamid);
  }
  return { delivered, failing, dropped };
}

// Whether any of these customer messages still waits for the webhook's answer (neither acknowledged
// nor given up on), i.e. whether the delivery log is worth polling.
export function awaitingWebhook(wamids: Iterable<string>, webhook: WebhookProgress): boolean {
  for (const wamid of wamids) {
    if (!webhook.delivered.has(wamid) && !webhook.dropped.has(wamid)) return true;
  }
  return false;
}

function reactionOf(entry: ChatEntry): { target: string; by: "customer" | "business"; emoji: string | null } | null {
  if (entry.type !== "reaction" || !entry.replyTo) return null;
  // A business reaction only shows once Meta accepted it; the status event does not carry the emoji,
  // so the refetch after the event brings it in.
  if (entry.direction === "outbound") return null;
  return { target: entry.replyTo, by: "customer", emoji: entry.text && entry.text !== "" ? entry.text : null };
}

function applyReaction(entries: ChatEntry[], reaction: { target: string; by: "customer" | "business"; emoji: string | null }): ChatEntry[] {
  return entries.map((entry) =>
    entry.wamid === reaction.target ? { ...entry, reactions: { ...entry.reactions, [reaction.by]: reaction.emoji } } : entry,
  );
}
