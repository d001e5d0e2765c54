import type {
  CannedReplyView,
  ConsoleMessage,
  ConversationDetail,
  ConversationListResponse,
  Directory,
  TemplateOption,
  UploadedAttachment,
} from "@/lib/conversation/console-types";
import type { OutboundContent } from "@/lib/channel/outbound/outbound-content";
import type { ConversationAction, ConversationFilters, ConversationQueue } from "@/lib/validation/conversations";

// The browser side of the console API: one typed function per endpoint, one error type carrying the
// server's stable code and its human message.

export class ConsoleApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
  }

  get isConflict(): boolean {
    return this.status === 409;
  }
}

type ErrorBody = { error?: { code?: string; message?: string; details?: unknown } };

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: init?.body instanceof FormData ? init.headers : { "content-type": "application/json", ...init?.headers } });
  } catch {
    throw new ConsoleApiError("The server cannot be reached. Check your connection; nothing you typed was lost.", "network", 0);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const body: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const error = (body as ErrorBody | undefined)?.error;
    throw new ConsoleApiError(error?.message ?? `Request failed (${response.status}).`, error?.code ?? "unknown", response.status, error?.details);
  }
  return body as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function listConversationsUrl(queue: ConversationQueue, filters: ConversationFilters): string {
  const params = new URLSearchParams({ queue });
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, String(value));
  return `/api/conversations?${params}`;
}

export const consoleApi = {
  listConversations: (queue: ConversationQueue, filters: ConversationFilters) => request<ConversationListResponse>(listConversationsUrl(queue, filters)),
  conversation: (id: string) => request<ConversationDetail>(`/api/conversations/${id}`),
  messages: (id: string) => request<{ messages: ConsoleMessage[] }>(`/api/conversations/${id}/messages`).then((body) => body.messages),
  act: (id: string, action: ConversationAction) =>
    request<{ version: number }>(`/api/conversations/${id}/actions`, { method: "POST", body: JSON.stringify(action) }),
  send: (id: string, content: OutboundContent, replyToWaMessageId?: string) =>
    request<{ messageId: string }>(`/api/conversations/${id}/messages`, { method: "POST", body: JSON.stringify({ content, replyToWaMessageId }) }),
  addNote: (id: string, body: string, mentionedUserIds: string[]) =>
    request<{ messageId: string }>(`/api/conversations/${id}/notes`, { method: "POST", body: JSON.stringify({ body, mentionedUserIds }) }),
  markRead: (id: string) => request<void>(`/api/conversations/${id}/read`, { method: "POST" }),
  directory: () => request<Directory>("/api/directory"),
  cannedReplies: () => request<{ replies: CannedReplyView[] }>("/api/canned-replies").then((body) => body.replies),
  templates: () => request<{ templates: TemplateOption[] }>("/api/templates").then((body) => body.templates),
  setPresence: (presence: "online" | "away") => request<{ presence: string }>("/api/me/presence", { method: "POST", body: JSON.stringify({ presence }) }),
  upload: (file: File, conversationId: string) => {
    const form = new FormData();
    form.set("file", file);
    // The upload goes through this conversation's WhatsApp number.
    form.set("conversationId", conversationId);
    return request<UploadedAttachment>("/api/attachments", { method: "POST", body: form });
  },
};

export const consoleKeys = {
  lists: () => ["conversations"] as const,
  list: (queue: ConversationQueue, filters: ConversationFilters) => ["conversations", queue, filters] as const,
  detail: (id: string) => ["conversation", id] as const,
  messages: (id: string) => ["messages", id] as const,
  directory: () => ["directory"] as const,
  cannedReplies: () => ["canned-replies"] as const,
  templates: () => ["templates"] as const,
};
