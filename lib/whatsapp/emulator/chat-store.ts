import type { SendMessageRequest } from "@/lib/whatsapp/cloud-api/send-schema";
import type { WebhookMessage } from "@/lib/whatsapp/webhook/schema";
import type { RenderedTemplate } from "./template-render";

// The customer-side view of every chat: what each simulated customer sent and received, with the
// delivery status of our messages. The simulator page renders it; tests assert on it. In memory only.

export type ChatStatus = "accepted" | "sent" | "delivered" | "read" | "failed";
export type ChatError = { code: number; title: string; details?: string };

type ChatEntryCommon = {
  wamid: string;
  waId: string;
  // Virtual time, ISO.
  at: string;
  // Meta's message type: text, image, interactive, template, reaction, …
  type: string;
  // What a person would read: body, caption, tapped title, rendered template body, emoji…
  text: string | null;
  // The message this one quotes, answers (button/list tap) or reacts to.
  replyTo: string | null;
  reactions: { customer: string | null; business: string | null };
};

export type OutboundChatEntry = ChatEntryCommon & {
  direction: "outbound";
  status: ChatStatus;
  statusHistory: { status: ChatStatus; at: string }[];
  errors: ChatError[];
  // The validated request, so the page can render buttons, lists, media and templates.
  request: SendMessageRequest;
  template: RenderedTemplate | null;
};

export type InboundChatEntry = ChatEntryCommon & {
  direction: "inbound";
  // The message object exactly as delivered in the webhook.
  message: WebhookMessage;
  // Set when the business marks it (or a later message) as read.
  readByBusiness: boolean;
};

export type ChatEntry = OutboundChatEntry | InboundChatEntry;

export type ChatStore = {
  append(entry: ChatEntry): void;
  find(wamid: string): ChatEntry | undefined;
  list(waId: string): ChatEntry[];
  // Applies a status if it moves the message forward (sent < delivered < read; failed is terminal).
  advanceStatus(wamid: string, status: Exclude<ChatStatus, "accepted">, at: Date, errors?: ChatError[]): OutboundChatEntry | null;
  setReaction(targetWamid: string, by: "customer" | "business", emoji: string | null): void;
  // Marks an inbound message and every earlier one in the chat as read; returns the newly read ids.
  markReadUpTo(wamid: string): string[];
  reset(): void;
};

const STATUS_RANK: Record<ChatStatus, number> = { accepted: 0, sent: 1, delivered: 2, read: 3, failed: 4 };

export function createChatStore(): ChatStore {
  const chats = new Map<string, ChatEntry[]>();
  const byWamid = new Map<string, ChatEntry>();

  return {
    append(entry) {
      const chat = chats.get(entry.waId) ?? [];
      chat.push(entry);
      chats.set(entry.waId, chat);
      byWamid.set(entry.wamid, entry);
    },
    find: (wamid) => {
      const entry = byWamid.get(wamid);
      return entry ? structuredClone(entry) : undefined;
    },
    list: (waId) => structuredClone(chats.get(waId) ?? []),
    advanceStatus(wamid, status, at, errors) {
      const entry = byWamid.get(wamid);
      if (entry?.direction !== "outbound") return null;
      if (entry.status === "failed" || entry.status === "read") return null;
      if (status !== "failed" && STATUS_RANK[status] <= STATUS_RANK[entry.status]) return null;
      entry.status = status;
      entry.statusHistory.push({ status, at: at.toISOString() });
      if (errors) entry.errors.push(...errors);
      return structuredClone(entry);
    },
    setReaction(targetWamid, by, emoji) {
      const entry = byWamid.get(targetWamid);
      if (entry) entry.reactions[by] = emoji === "" ? null : emoji;
    },
    markReadUpTo(wamid) {
      const target = byWamid.get(wamid);
      if (target?.direction !== "inbound") return [];
      const chat = chats.get(target.waId) ?? [];
      const newlyRead: string[] = [];
      for (const entry of chat) {
        if (entry.direction === "inbound" && !entry.readByBusiness) {
          entry.readByBusiness = true;
          newlyRead.push(entry.wamid);
        }
        if (entry === target) break;
      }
      return newlyRead;
    },
    reset() {
      chats.clear();
      byWamid.clear();
    },
  };
}
