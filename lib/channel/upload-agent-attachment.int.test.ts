import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listMessages } from "@/lib/conversation/list-messages";
import { media } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { insertContact, insertConversation, insertInbox } from "@/lib/testing/console-read-fixtures";
import { mediaMetadataSchema } from "@/lib/whatsapp/cloud-api/media-schema";
import { TEST_ACCESS_TOKEN, TEST_APP_SECRET, TEST_BUSINESS, TEST_VERIFY_TOKEN } from "@/lib/whatsapp/emulator/testing/emulator-test-fixtures";
import { startEmulatorServer, type EmulatorServer } from "@/lib/whatsapp/emulator/testing/start-emulator-server";
import { createGraphApiClient } from "./graph-api-client";
import type { MediaStorage } from "./media/media-storage";
import { readStoredMedia } from "./media/read-stored-media";
import { queueOutboundMessage } from "./outbound/queue-outbound-message";
import { uploadAgentAttachment, type AttachmentFile } from "./upload-agent-attachment";

const MB = 1024 * 1024;
// A few bytes that start like a JPEG; WhatsApp (and the emulator) check type and size, not pixels.
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);

describe.each(testDatabaseKinds())("agent attachments on %s", (kind) => {
  let database: TestDatabase;
  let server: EmulatorServer;
  const db = () => database.handle.db;
  const stored = new Map<string, Uint8Array>();
  const storage: MediaStorage = {
    put: async (key, bytes) => void stored.set(key, bytes),
    get: async (key) => stored.get(key) ?? null,
  };
  let graphRequests = 0;
  const countingFetch: typeof fetch = (input, init) => {
    graphRequests++;
    return fetch(input, init);
  };
  const deps = () => ({
    client: createGraphApiClient({ graphBaseUrl: server.emulator.graphBaseUrl, apiVersion: "v24.0", accessToken: TEST_ACCESS_TOKEN }, countingFetch),
    storage,
    defaultPhoneNumberId: TEST_BUSINESS.phoneNumberId,
  });
  const upload = (file: AttachmentFile, conversationId?: string) => uploadAgentAttachment(db(), { file, conversationId }, deps());

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startEmulatorServer({
      accessToken: TEST_ACCESS_TOKEN,
      appSecret: TEST_APP_SECRET,
      verifyToken: TEST_VERIFY_TOKEN,
      webhookUrl: "http://127.0.0.1:9/unused",
      business: TEST_BUSINESS,
    });
  });
  afterAll(async () => {
    await server.close();
    await database.dispose();
  });
  beforeEach(() => {
    graphRequests = 0;
    stored.clear();
  });

  it("refuses files WhatsApp would refuse before uploading anything", async () => {
    const cases: [AttachmentFile, string][] = [
      [{ bytes: new Uint8Array(Math.round(23.4 * MB)), fileName: "unboxing.mp4", mimeType: "video/mp4" }, "Videos can be at most 16 MB; this one is 23.4 MB."],
      [{ bytes: new Uint8Array(6 * MB), fileName: "photo.png", mimeType: "image/png" }, "Images can be at most 5 MB; this one is 6 MB."],
      [{ bytes: new Uint8Array(600 * 1024), fileName: "sticker.webp", mimeType: "image/webp" }, "Stickers can be at most 500 KB; this one is 600 KB."],
      [{ bytes: new Uint8Array(0), fileName: "empty.pdf", mimeType: "application/pdf" }, "The file is empty."],
    ];
    for (const [file, message] of cases) {
      const attempt = upload(file);
      await expect(attempt, file.fileName).rejects.toBeInstanceOf(AppError);
      await expect(attempt, file.fileName).rejects.toMatchObject({ code: "bad_request:api", message });
    }
    await expect(upload({ bytes: new Uint8Array(10), fileName: "archive.zip", mimeType: "application/zip" })).rejects.toMatchObject({
      code: "bad_request:api",
      message: expect.stringMatching(/^WhatsApp cannot send application\/zip files\. Send a photo/),
      details: { reason: "unsupported_type" },
    });
    expect(graphRequests).toBe(0);
    expect(stored.size).toBe(0);
    expect(await db().select().from(media)).toEqual([]);
  });

  it("keeps a copy, uploads to WhatsApp, and links the file to the media message sent with it", async () => {
    // Browsers may send the Windows fake path and no type; the extension decides.
    const uploaded = await upload({ bytes: JPEG, fileName: "C:\\fakepath\\dented box.jpg", mimeType: "" });
    expect(uploaded).toEqual({ waMediaId: expect.stringMatching(/^\d+$/), kind: "image", fileName: "dented box.jpg", mimeType: "image/jpeg", sizeBytes: JPEG.byteLength });

    const sha256 = createHash("sha256").update(JPEG).digest("hex");
    const remote = await fetch(`${server.emulator.graphBaseUrl}/v24.0/${uploaded.waMediaId}`, { headers: { authorization: `Bearer ${TEST_ACCESS_TOKEN}` } });
    expect(mediaMetadataSchema.parse(await remote.json())).toMatchObject({ mime_type: "image/jpeg", sha256, file_size: JPEG.byteLength });

    const [row] = await db().select().from(media).where(eq(media.waMediaId, uploaded.waMediaId));
    expect(row).toMatchObject({ status: "stored", storageKey: sha256, sha256, sizeBytes: JPEG.byteLength, fileName: "dented box.jpg", mimeType: "image/jpeg" });
    expect(await readStoredMedia(db(), storage, row!.id)).toEqual({ bytes: JPEG, mimeType: "image/jpeg", fileName: "dented box.jpg" });

    const inbox = await insertInbox(db(), "Northwind Home", TEST_BUSINESS.phoneNumberId);
    const contact = await insertContact(db(), { waId: "447700900123" });
    const conversation = await insertConversation(db(), { inboxId: inbox.id, contactId: contact.id, owner: "human", windowExpiresAt: new Date(Date.now() + 3600_000) });
    const queued = await queueOutboundMessage(db(), { conversationId: conversation.id, sender: "agent", content: { type: "media", kind: "image", mediaId: uploaded.waMediaId, caption: "Is this the damage?" } });
    const [message] = await listMessages(db(), conversation.id);
    expect(message).toMatchObject({ id: queued.messageId, type: "image", media: { id: row!.id, status: "stored", mimeType: "image/jpeg", sizeBytes: JPEG.byteLength } });

    // Through the conversation's own number too.
    const again = await upload({ bytes: JPEG, fileName: "again.jpg", mimeType: "image/jpeg" }, conversation.id);
    expect(again.waMediaId).not.toBe(uploaded.waMediaId);
  });

  it("names an unknown conversation and WhatsApp's refusal", async () => {
    await expect(upload({ bytes: JPEG, fileName: "a.jpg", mimeType: "image/jpeg" }, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "not_found:api" });
    const otherNumber = await insertInbox(db(), "Elsewhere", "999999999999999");
    const contact = await insertContact(db(), { waId: "447700900999" });
    const conversation = await insertConversation(db(), { inboxId: otherNumber.id, contactId: contact.id });
    await expect(upload({ bytes: JPEG, fileName: "a.jpg", mimeType: "image/jpeg" }, conversation.id)).rejects.toMatchObject({
      code: "bad_request:whatsapp",
      message: expect.stringMatching(/^WhatsApp refused the file: /),
    });
  });
});
