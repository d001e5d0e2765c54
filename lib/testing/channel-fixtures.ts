import { randomBytes } from "node:crypto";
import { serializeLikeMeta } from "@/lib/whatsapp/webhook/serialize-like-meta";
import { signWebhookBody } from "@/lib/whatsapp/webhook/verify-signature";
import { buildInboundMessagePayload, buildStatus, buildStatusPayload, buildTextMessage, type BusinessNumber } from "@/lib/whatsapp/webhook/build-payload";
import type { MessageStatusValue } from "@/lib/whatsapp/webhook/schema";

export const TEST_BUSINESS: BusinessNumber = { wabaId: "109876543210987", phoneNumberId: "123456789012345", displayPhoneNumber: "15551230000" };
export const TEST_APP_SECRET = "emulator-app-secret";

export function wamid(): string {
  return `wamid.${randomBytes(18).toString("base64url")}`;
}

export function inboundText(waId: string, text: string, options: { id?: string; at?: Date; name?: string } = {}) {
  return buildInboundMessagePayload(TEST_BUSINESS, { waId, profileName: options.name ?? "Test Customer" }, [
    buildTextMessage({ id: options.id ?? wamid(), from: waId, timestamp: options.at ?? new Date() }, text),
  ]);
}

export function statusUpdate(waMessageId: string, status: MessageStatusValue, recipientId: string, options: { at?: Date; callbackData?: string; errors?: { code: number; title: string }[] } = {}) {
  return buildStatusPayload(TEST_BUSINESS, [
    buildStatus({
      waMessageId,
      status,
      recipientId,
      timestamp: options.at ?? new Date(),
      bizOpaqueCallbackData: options.callbackData,
      errors: options.errors?.map((e) => ({ code: e.code, title: e.title, message: e.title })),
    }),
  ]);
}

// The bytes and header Meta would send.
export function signed(payload: unknown, secret = TEST_APP_SECRET): { body: Buffer; signature: string } {
  const body = Buffer.from(serializeLikeMeta(payload), "utf8");
  return { body, signature: signWebhookBody(body, secret) };
}
