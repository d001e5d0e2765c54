import type { ChatEntry } from "@/lib/whatsapp/emulator/chat-store";
import type { Customer } from "@/lib/whatsapp/emulator/customers";
import type { DeliveryRecord } from "@/lib/whatsapp/emulator/webhook-delivery";

// The browser side of the emulator's control API (lib/whatsapp/emulator/control-router.ts). Same
// origin as the app, so the session cookie goes along; errors come back as { error: { code, message } }.

export type SimulatedCustomer = Customer;
export type InboundResult = { wamid: string; timestamp: string };
export type LocationInput = { latitude: number; longitude: number; name?: string; address?: string };
export type MediaInput = { file: File; mimeType: string; caption?: string; voice?: boolean };

export class EmulatorApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
  ) {
    super(message);
    this.name = "EmulatorApiError";
  }
}

export function createEmulatorApi(controlBase: string) {
  const customerPath = (waId: string, action?: string) =>
    `${controlBase}/customers/${encodeURIComponent(waId)}${action ? `/${action}` : ""}`;
  const post = <T>(path: string, body: unknown) =>
    request<T>(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  return {
    eventsUrl: (waId: string) => customerPath(waId, "events"),
    mediaUrl: (mediaId: string) => `${controlBase}/media/${encodeURIComponent(mediaId)}`,

    listCustomers: async () => (await request<{ data: SimulatedCustomer[] }>(`${controlBase}/customers`)).data,
    upsertCustomer: (input: { waId: string; profileName?: string | null; readReceipts?: boolean; autoRead?: boolean }) =>
      post<SimulatedCustomer>(`${controlBase}/customers`, input),
    conversation: async (waId: string) => (await request<{ data: ChatEntry[] }>(customerPath(waId, "conversation"))).data,
    deliveries: async () => (await request<{ data: DeliveryRecord[] }>(`${controlBase}/deliveries`)).data,

    sendText: (waId: string, text: string, replyTo?: string) =>
      post<InboundResult>(customerPath(waId, "text"), replyTo ? { text, replyTo } : { text }),
    sendMedia: (waId: string, media: MediaInput) => {
      const form = new FormData();
      // The emulator reads the MIME type from this field first, so files the browser cannot type still work.
      form.set("mimeType", media.mimeType);
      if (media.caption) form.set("caption", media.caption);
      if (media.voice !== undefined) form.set("voice", String(media.voice));
      form.set("file", media.file, media.file.name);
      return request<InboundResult>(customerPath(waId, "media"), { method: "POST", body: form });
    },
    sendLocation: (waId: string, location: LocationInput) => post<InboundResult>(customerPath(waId, "location"), location),
    tapButton: (waId: string, messageId: string, buttonId: string) => post<InboundResult>(customerPath(waId, "tap-button"), { messageId, buttonId }),
    pickListRow: (waId: string, messageId: string, rowId: string) => post<InboundResult>(customerPath(waId, "pick-list-row"), { messageId, rowId }),
    react: (waId: string, messageId: string, emoji: string | null) => post<InboundResult>(customerPath(waId, "react"), { messageId, emoji }),
    markRead: (waId: string) => post<{ read: string[] }>(customerPath(waId, "mark-read"), {}),
  };
}

export type EmulatorApi = ReturnType<typeof createEmulatorApi>;

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: "same-origin", cache: "no-store", ...init });
  } catch {
    throw new EmulatorApiError("The emulator could not be reached. Is the server running?", 0, null);
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;
  throw new EmulatorApiError(errorMessage(response.status, body), response.status, errorCode(body));
}

function errorMessage(status: number, body: unknown): string {
  const error = readError(body);
  if (error?.message) {
    const fields = fieldErrors(error.details);
    return fields ? `${error.message} ${fields}` : error.message;
  }
  if (status === 401) return "Your session has ended. Sign in again to use the simulator.";
  if (status === 404) return "The WhatsApp emulator is not running on this server.";
  return `The emulator answered with HTTP ${status}.`;
}

function errorCode(body: unknown): string | null {
  return readError(body)?.code ?? null;
}

function readError(body: unknown): { code?: string; message?: string; details?: unknown } | null {
  if (typeof body !== "object" || body === null || !("error" in body)) return null;
  const error = (body as { error: unknown }).error;
  return typeof error === "object" && error !== null ? (error as { code?: string; message?: string; details?: unknown }) : null;
}

// z.flattenError output: { formErrors: string[], fieldErrors: { field: string[] } }.
function fieldErrors(details: unknown): string | null {
  if (typeof details !== "object" || details === null || !("fieldErrors" in details)) return null;
  const entries = Object.entries((details as { fieldErrors: Record<string, string[] | undefined> }).fieldErrors);
  const messages = entries.flatMap(([field, errors]) => (errors ?? []).map((message) => `${field}: ${message}`));
  return messages.length > 0 ? messages.join(" ") : null;
}
