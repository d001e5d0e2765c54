import type { WhatsAppConfig } from "@/lib/channel/whatsapp-config";

// The WhatsApp business every benchmark plays: the app secret its webhooks are signed with, the
// numbers, and the channel configuration pointing the Graph API at `graphBaseUrl`.
export const BENCH_APP_SECRET = "bench-app-secret";
export const BENCH_BUSINESS = { wabaId: "109876543210987", phoneNumberId: "123456789012345", displayPhoneNumber: "15551230000" };

export function benchWhatsAppConfig(graphBaseUrl: string): WhatsAppConfig {
  return {
    mode: "meta",
    graphBaseUrl,
    apiVersion: "v24.0",
    accessToken: "bench",
    appSecret: BENCH_APP_SECRET,
    verifyToken: "bench",
    phoneNumberId: BENCH_BUSINESS.phoneNumberId,
    displayPhoneNumber: BENCH_BUSINESS.displayPhoneNumber,
    wabaId: BENCH_BUSINESS.wabaId,
  };
}
