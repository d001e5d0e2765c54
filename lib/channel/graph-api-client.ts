import { GraphApiError } from "@/lib/whatsapp/cloud-api/graph-errors";
import { mediaMetadataSchema, mediaUploadResponseSchema, type MediaMetadata } from "@/lib/whatsapp/cloud-api/media-schema";
import { messageTemplateListSchema, type MessageTemplate } from "@/lib/whatsapp/cloud-api/message-template";
import { sendMessageResponseSchema } from "@/lib/whatsapp/cloud-api/send-response";
import type { WhatsAppConfig } from "./whatsapp-config";

export type GraphApiClient = ReturnType<typeof createGraphApiClient>;

const TIMEOUT_MS = 15_000;
const TEMPLATE_PAGE_SIZE = 100;
const MAX_TEMPLATE_PAGES = 5;

// The Cloud API over HTTP, against Meta or the built-in emulator (same paths, same errors).
// Failures are thrown as GraphApiError (an answer from the API) or as fetch's own errors (no answer).
export function createGraphApiClient(config: Pick<WhatsAppConfig, "graphBaseUrl" | "apiVersion" | "accessToken">, fetchImpl: typeof fetch = fetch) {
  const url = (path: string) => `${config.graphBaseUrl.replace(/\/$/, "")}/${config.apiVersion}/${path}`;
  const auth = { authorization: `Bearer ${config.accessToken}` };

  async function call(path: string, init: RequestInit): Promise<unknown> {
    return callUrl(url(path), init);
  }

  async function callUrl(target: string, init: RequestInit): Promise<unknown> {
    const response = await fetchImpl(target, { ...init, headers: { ...auth, ...init.headers }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    const text = await response.text();
    if (!response.ok) throw GraphApiError.fromResponse(response.status, text, response.headers);
    return text ? JSON.parse(text) : {};
  }

  return {
    async sendMessage(phoneNumberId: string, request: Record<string, unknown>): Promise<{ waMessageId: string }> {
      const body = sendMessageResponseSchema.parse(
        await call(`${phoneNumberId}/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request) }),
      );
      const waMessageId = body.messages[0]?.id;
      if (!waMessageId) throw new Error("send response without a message id");
      return { waMessageId };
    },

    // Marks the customer's message read (blue ticks) and optionally shows "typing…" for up to 25 s.
    async markAsRead(phoneNumberId: string, waMessageId: string, options: { typing?: boolean } = {}): Promise<void> {
      const body: Record<string, unknown> = { messaging_product: "whatsapp", status: "read", message_id: waMessageId };
      if (options.typing) body.typing_indicator = { type: "text" };
      await call(`${phoneNumberId}/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    },

    async uploadMedia(phoneNumberId: string, file: { bytes: Uint8Array; mimeType: string; fileName: string }): Promise<string> {
      const form = new FormData();
      form.set("messaging_product", "whatsapp");
      form.set("type", file.mimeType);
      form.set("file", new Blob([new Uint8Array(file.bytes)], { type: file.mimeType }), file.fileName);
      return mediaUploadResponseSchema.parse(await call(`${phoneNumberId}/media`, { method: "POST", body: form })).id;
    },

    // Every template of the business account, following Graph's `paging.next` for a few pages. The
    // next link must stay on the Graph host: it is called with our access token.
    async listMessageTemplates(wabaId: string): Promise<MessageTemplate[]> {
      const templates: MessageTemplate[] = [];
      const origin = new URL(url("")).origin;
      let next: string | undefined = url(`${wabaId}/message_templates?limit=${TEMPLATE_PAGE_SIZE}`);
      for (let page = 0; next && page < MAX_TEMPLATE_PAGES; page++) {
        const body = messageTemplateListSchema.parse(await callUrl(next, { method: "GET" }));
        templates.push(...body.data);
        next = body.paging?.next && new URL(body.paging.next).origin === origin ? body.paging.next : undefined;
      }
      return templates;
    },

    async getMedia(mediaId: string): Promise<MediaMetadata> {
      return mediaMetadataSchema.parse(await call(mediaId, { method: "GET" }));
    },

    // The download URL is short-lived (5 minutes) and needs the same bearer token.
    async downloadMedia(downloadUrl: string, maxBytes: number): Promise<Uint8Array> {
      const response = await fetchImpl(downloadUrl, { headers: auth, signal: AbortSignal.timeout(60_000) });
      if (!response.ok) throw GraphApiError.fromResponse(response.status, await response.text(), response.headers);
      const declared = Number(response.headers.get("content-length") ?? "0");
      if (declared > maxBytes) throw new Error(`media is ${declared} bytes, over the ${maxBytes}-byte limit`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.byteLength > maxBytes) throw new Error(`media is ${bytes.byteLength} bytes, over the ${maxBytes}-byte limit`);
      return bytes;
    },
  };
}
