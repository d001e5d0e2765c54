import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDatabase } from "@/lib/db/client";
import { media, messages } from "@/lib/db/schema";
import { parseEnv } from "@/lib/env";
import { createJobRunner, startJobRunner, stopJobRunner } from "@/lib/jobs/job-runner";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { closeServer } from "@/lib/whatsapp/emulator/testing/start-webhook-receiver";
import { startEmulatorServer, type EmulatorServer } from "@/lib/whatsapp/emulator/testing/start-emulator-server";
import { createGraphApiClient } from "../graph-api-client";
import { receiveWebhook } from "../receive-webhook";
import { setWhatsAppConfig } from "../whatsapp-config";
import { fetchInboundMedia } from "./fetch-inbound-media";
import { createMediaStorage } from "./media-storage";
import { readStoredMedia } from "./read-stored-media";

const SECRET = "emulator-app-secret";
const TOKEN = "media-test-token";
const BUSINESS = { phoneNumberId: "123456789012345", displayPhoneNumber: "15551230000", wabaId: "109876543210987", verifiedName: "Northwind Home" };
// A 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

describe.each(testDatabaseKinds())("inbound media on %s", (kind) => {
  let database: TestDatabase;
  let emulator: EmulatorServer;
  let webhook: Server;
  const storage = createMediaStorage(parseEnv({ DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "media-")) }));
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    setDatabase(database.handle);
    await startJobRunner(createJobRunner(database.handle, { connectionString: undefined }), null).catch(() => undefined);
    setWhatsAppConfig({ mode: "emulator", graphBaseUrl: "", apiVersion: "v24.0", accessToken: TOKEN, appSecret: SECRET, verifyToken: "v", ...BUSINESS });
    // Our webhook, as server.ts routes it.
    webhook = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", async () => {
        const response = await receiveWebhook(Buffer.concat(chunks), req.headers["x-hub-signature-256"]?.toString() ?? null);
        res.writeHead(response.status, { "content-type": "application/json" }).end(await response.text());
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, "127.0.0.1", resolve));
    const port = (webhook.address() as AddressInfo).port;
    emulator = await startEmulatorServer({ accessToken: TOKEN, appSecret: SECRET, verifyToken: "v", webhookUrl: `http://127.0.0.1:${port}/`, business: BUSINESS });
  });
  afterAll(async () => {
    await emulator.close();
    await closeServer(webhook);
    await stopJobRunner();
    setWhatsAppConfig(undefined);
    setDatabase(undefined);
    await database.dispose();
  });

  const client = () => createGraphApiClient({ graphBaseUrl: `${emulator.baseUrl}/graph`, apiVersion: "v24.0", accessToken: TOKEN });

  it("downloads a customer's photo with the token, checks its checksum and serves it", async () => {
    emulator.emulator.control.upsertCustomer({ waId: "447700900123", profileName: "Amara" });
    await emulator.emulator.control.sendMedia("447700900123", { bytes: PNG, mimeType: "image/png", caption: "the dent" });
    await expect.poll(async () => (await db().select().from(media)).length, { timeout: 10_000 }).toBe(1);
    const [row] = await db().select().from(media);
    expect(row!.status).toBe("pending");
    const [message] = await db().select().from(messages).where(eq(messages.mediaId, row!.id));
    expect(message).toMatchObject({ type: "image", body: "the dent" });

    const result = await fetchInboundMedia(db(), row!.id, { client: client(), storage, maxBytes: 5_000_000 });
    expect(result).toMatchObject({ status: "stored", messageId: message!.id });
    const [stored] = await db().select().from(media).where(eq(media.id, row!.id));
    expect(stored).toMatchObject({ status: "stored", sizeBytes: PNG.byteLength, sha256: createHash("sha256").update(PNG).digest("hex") });
    const file = await readStoredMedia(db(), storage, row!.id);
    expect(Buffer.from(file.bytes).equals(PNG)).toBe(true);
    expect(file.mimeType).toBe("image/png");
    // Fetching again is a no-op.
    expect((await fetchInboundMedia(db(), row!.id, { client: client(), storage, maxBytes: 5_000_000 })).status).toBe("already_done");
  });

  it("marks a file over the size limit as failed without blocking the conversation", async () => {
    emulator.emulator.control.upsertCustomer({ waId: "447700900124", profileName: "Ben" });
    await emulator.emulator.control.sendMedia("447700900124", { bytes: PNG, mimeType: "image/png" });
    await expect.poll(async () => (await db().select().from(media)).length, { timeout: 10_000 }).toBe(2);
    const pending = (await db().select().from(media)).find((row) => row.status === "pending")!;
    const result = await fetchInboundMedia(db(), pending.id, { client: client(), storage, maxBytes: 10 });
    expect(result.status).toBe("failed");
    expect((await db().select().from(media).where(eq(media.id, pending.id)))[0]!.error).toMatch(/limit/);
    await expect(readStoredMedia(db(), storage, pending.id)).rejects.toThrow(/not available/);
  });
});
