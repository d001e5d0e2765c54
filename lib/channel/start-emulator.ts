import type { IncomingMessage } from "node:http";
import { sessionUserFromHeaders } from "@/lib/auth/session-from-headers";
import { db } from "@/lib/db/client";
import { childLogger } from "@/lib/logger";
import { createCloudApiEmulator, type CloudApiEmulator } from "@/lib/whatsapp/emulator/create-cloud-api-emulator";
import { EMULATOR_BASE_PATH, type WhatsAppConfig } from "./whatsapp-config";

const log = childLogger("emulator");

// The built-in Cloud API emulator, mounted on our own server: the product sends to it exactly as to
// Meta, and it calls our webhook exactly as Meta would. Its control API (the simulator's) needs a
// signed-in user.
export function startEmulator(config: WhatsAppConfig, options: { port: number; authSecret: string }): CloudApiEmulator {
  const origin = `http://127.0.0.1:${options.port}`;
  const emulator = createCloudApiEmulator({
    basePath: EMULATOR_BASE_PATH,
    publicUrl: origin,
    accessToken: config.accessToken,
    appSecret: config.appSecret,
    verifyToken: config.verifyToken,
    webhookUrl: `${origin}/api/whatsapp/webhook`,
    business: { phoneNumberId: config.phoneNumberId, displayPhoneNumber: config.displayPhoneNumber, wabaId: config.wabaId, verifiedName: "Northwind Home" },
    authorize: async (req: IncomingMessage) => (await sessionUserFromHeaders(db(), req.headers, options.authSecret)) !== null,
  });
  log.info({ graph: emulator.graphBaseUrl }, "WhatsApp Cloud API emulator running (no Meta credentials configured)");
  return emulator;
}
