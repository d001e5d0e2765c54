import { env, type Env } from "@/lib/env";

export type WhatsAppConfig = {
  mode: "emulator" | "meta";
  graphBaseUrl: string;
  apiVersion: string;
  accessToken: string;
  appSecret: string;
  verifyToken: string;
  phoneNumberId: string;
  displayPhoneNumber: string;
  wabaId: string;
};

export const EMULATOR_BASE_PATH = "/__emulator";

// Without Meta credentials the product talks to its built-in Cloud API emulator, mounted on the same
// server, with fixed local secrets; real credentials switch the emulator off.
export function resolveWhatsAppConfig(env: Env): WhatsAppConfig {
  const emulator = env.WHATSAPP_EMULATOR ?? !env.WHATSAPP_ACCESS_TOKEN;
  if (emulator) {
    const localUrl = `http://127.0.0.1:${env.PORT}`;
    return {
      mode: "emulator",
      graphBaseUrl: env.WHATSAPP_GRAPH_API_URL ?? `${localUrl}${EMULATOR_BASE_PATH}/graph`,
      apiVersion: env.WHATSAPP_GRAPH_API_VERSION,
      accessToken: env.WHATSAPP_ACCESS_TOKEN ?? "emulator-access-token",
      appSecret: env.WHATSAPP_APP_SECRET ?? "emulator-app-secret",
      verifyToken: env.WHATSAPP_VERIFY_TOKEN ?? "emulator-verify-token",
      phoneNumberId: env.WHATSAPP_PHONE_NUMBER_ID ?? "123456789012345",
      displayPhoneNumber: normaliseDigits(env.WHATSAPP_DISPLAY_PHONE_NUMBER ?? "15551230000"),
      wabaId: env.WHATSAPP_BUSINESS_ACCOUNT_ID ?? "109876543210987",
    };
  }
  return {
    mode: "meta",
    graphBaseUrl: env.WHATSAPP_GRAPH_API_URL ?? "https://graph.facebook.com",
    apiVersion: env.WHATSAPP_GRAPH_API_VERSION,
    accessToken: env.WHATSAPP_ACCESS_TOKEN ?? "",
    appSecret: env.WHATSAPP_APP_SECRET ?? "",
    verifyToken: env.WHATSAPP_VERIFY_TOKEN ?? "",
    phoneNumberId: env.WHATSAPP_PHONE_NUMBER_ID ?? "",
    displayPhoneNumber: normaliseDigits(env.WHATSAPP_DISPLAY_PHONE_NUMBER ?? ""),
    wabaId: env.WHATSAPP_BUSINESS_ACCOUNT_ID ?? "",
  };
}

function normaliseDigits(value: string): string {
  return value.replace(/\D/g, "");
}

const holder = globalThis as typeof globalThis & { __whatsAppConfig?: WhatsAppConfig };

export function whatsAppConfig(): WhatsAppConfig {
  holder.__whatsAppConfig ??= resolveWhatsAppConfig(env());
  return holder.__whatsAppConfig;
}

export function setWhatsAppConfig(config: WhatsAppConfig | undefined): void {
  holder.__whatsAppConfig = config;
}
