import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBuiltinConnectors } from "@/lib/agent/connectors/builtin/create-builtin-connectors";
import { ConnectorError } from "@/lib/agent/connectors/connector-error";
import type { Connectors } from "@/lib/agent/connectors/types";
import { queueOutboundMessage } from "@/lib/channel/outbound/queue-outbound-message";
import {
  agentTurns,
  appointmentSlots,
  bookings,
  media,
  orderItems,
  orders,
  products,
  shopCustomers,
  type Contact,
  type Conversation,
  type User,
} from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { insertContact, insertConversation, insertHandoff, insertInbox, insertMessage, insertPerson, minutesAgo, PACKET } from "@/lib/testing/console-read-fixtures";
import { getConversationDetail } from "./get-conversation-detail";
import { listMessages } from "./list-messages";

const NOW = new Date();
const ADDRESS = { line: "1 High Street", city: "London", postcode: "SW1A 1AA", country: "GB" };

describe.each(testDatabaseKinds())("conversation detail and messages on %s", (kind) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  let connectors: Connectors;
  let ana: User;
  let ben: User;
  let amara: Contact;
  let current: Conversation;
  let jansConversation: Conversation;
  let strangersConversation: Conversation;
  let shopCustomerId: string;

  const detail = (conversationId: string, user: User = ana, using: Connectors = connectors) =>
    getConversationDetail(db(), { conversationId, userId: user.id, connectors: using, now: NOW });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    connectors = createBuiltinConnectors(db(), { now: () => NOW });
    ana = await insertPerson(db(), "Ana Costa");
    ben = await insertPerson(db(), "Ben Müller");
    const inbox = await insertInbox(db(), "Northwind Home");

    const [customer] = await db()
      .insert(shopCustomers)
      .values({ email: "amara@example.com", name: "Amara Okafor", phone: "447700900001", country: "GB", language: "en", tier: "vip", addressLine: ADDRESS.line, city: ADDRESS.city, postcode: ADDRESS.postcode })
      .returning();
    shopCustomerId = customer!.id;
    await db()
      .insert(shopCustomers)
      .values({ email: "jan@example.com", name: "Jan de Vries", phone: "31600000002", country: "NL", language: "nl", tier: "standard", addressLine: "Dam 1", city: "Amsterdam", postcode: "1012 JS" });
    const [product] = await db().insert(products).values({ sku: "BL-100", name: "Blender", category: "kitchen", priceCents: 4990, warrantyMonths: 24 }).returning();
    // Six orders, one a day; the newest (SO-100006) has two blenders.
    for (let day = 1; day <= 6; day++) {
      const [order] = await db()
        .insert(orders)
        .values({
          number: `SO-10000${day}`,
          customerId: shopCustomerId,
          state: day === 6 ? "shipped" : "delivered",
          currency: "EUR",
          totalCents: 4990 * (day === 6 ? 2 : 1) + 495,
          shippingCents: 495,
          shippingMethod: "standard",
          shippingAddress: ADDRESS,
          placedAt: minutesAgo(NOW, (7 - day) * 24 * 60),
        })
        .returning();
      await db().insert(orderItems).values({ orderId: order!.id, productId: product!.id, quantity: day === 6 ? 2 : 1, unitPriceCents: 4990 });
    }
    const [past, future] = await db()
      .insert(appointmentSlots)
      .values([
        { service: "repair", location: "Tilburg", startsAt: minutesAgo(NOW, 3 * 24 * 60), durationMinutes: 30 },
        { service: "installation", location: "Tilburg", startsAt: minutesAgo(NOW, -2 * 24 * 60), durationMinutes: 60 },
      ])
      .returning();
    await db()
      .insert(bookings)
      .values([
        { reference: "BK-1001", customerId: shopCustomerId, slotId: past!.id, status: "completed", createdAt: minutesAgo(NOW, 10 * 24 * 60) },
        { reference: "BK-1002", customerId: shopCustomerId, slotId: future!.id, status: "confirmed", createdAt: minutesAgo(NOW, 24 * 60) },
      ]);

    amara = await insertContact(db(), { waId: "447700900001", name: "Amara Okafor", email: "amara@example.com", language: "en", country: "GB", tier: "vip", consent: "opted_in", shopCustomerId });
    const jan = await insertContact(db(), { waId: "31600000002", profileName: "Jan" });
    const stranger = await insertContact(db(), { waId: "34600000009", profileName: "Nobody" });

    // Two earlier conversations of Amara's, then the live one.
    const first = await insertConversation(db(), { inboxId: inbox.id, contactId: amara.id, status: "resolved", resolvedAt: minutesAgo(NOW, 9000), createdAt: minutesAgo(NOW, 9100) });
    await insertMessage(db(), { conversationId: first.id, direction: "inbound", sender: "customer", type: "text", body: "Do you ship to Ireland?", sentAt: minutesAgo(NOW, 9100) });
    const second = await insertConversation(db(), { inboxId: inbox.id, contactId: amara.id, status: "resolved", resolvedAt: minutesAgo(NOW, 5000), createdAt: minutesAgo(NOW, 5100) });
    await insertMessage(db(), {
      conversationId: second.id,
      direction: "outbound",
      sender: "agent",
      authorUserId: ben.id,
      type: "document",
      body: "invoice.pdf",
      payload: { content: { type: "media", kind: "document", mediaId: "1", fileName: "invoice.pdf" } },
      sentAt: minutesAgo(NOW, 5050),
    });
    current = await insertConversation(db(), {
      inboxId: inbox.id,
      contactId: amara.id,
      owner: "human",
      assigneeId: ana.id,
      windowExpiresAt: minutesAgo(NOW, -600),
      lastMessageAt: minutesAgo(NOW, 5),
      createdAt: minutesAgo(NOW, 60),
    });
    jansConversation = await insertConversation(db(), { inboxId: inbox.id, contactId: jan.id });
    strangersConversation = await insertConversation(db(), { inboxId: inbox.id, contactId: stranger.id });

    await insertHandoff(db(), { conversationId: current.id, status: "closed", createdAt: minutesAgo(NOW, 50), reason: "low_confidence" });
    await insertHandoff(db(), { conversationId: current.id, status: "accepted", acceptedById: ana.id, acceptedAt: minutesAgo(NOW, 20), createdAt: minutesAgo(NOW, 30) });
    await insertHandoff(db(), { conversationId: jansConversation.id, status: "closed", createdAt: minutesAgo(NOW, 40), reason: "vip_customer" });

    await db()
      .insert(agentTurns)
      .values(
        Array.from({ length: 55 }, (_, index) => ({
          conversationId: current.id,
          status: "completed" as const,
          inboundCount: 1,
          intent: "order_status",
          confidence: 0.9,
          outcome: "answered",
          toolCalls: index === 54 ? [{ toolCallId: "t1", toolName: "findCustomerOrders", input: {}, output: [], status: "executed" as const, durationMs: 12 }] : [],
          startedAt: minutesAgo(NOW, 59 - index),
          finishedAt: minutesAgo(NOW, 59 - index),
        })),
      );
  });
  afterAll(async () => {
    await database.dispose();
  });

  it("answers with the inbox row, the full profile, the open handoff and what the agent did", async () => {
    const result = await detail(current.id);
    expect(result.conversation).toMatchObject({ id: current.id, inboxName: "Northwind Home", resolvedAt: null, assignee: { id: ana.id, name: "Ana Costa" }, status: "open" });
    expect(result.contact).toEqual({
      id: amara.id,
      name: "Amara Okafor",
      profileName: null,
      waId: "447700900001",
      email: "amara@example.com",
      language: "en",
      country: "GB",
      tier: "vip",
      consent: "opted_in",
      shopCustomerId,
    });
    // The accepted handoff wins over the later-closed one.
    expect(result.handoff).toMatchObject({ status: "accepted", reason: "customer_requested_human", packet: PACKET, acceptedBy: { id: ana.id, name: "Ana Costa" }, acceptedAt: minutesAgo(NOW, 20).toISOString() });
    expect(result.turns).toHaveLength(50);
    expect(result.turns[0]!.startedAt).toBe(minutesAgo(NOW, 54).toISOString());
    expect(result.turns.at(-1)).toMatchObject({ status: "completed", intent: "order_status", startedAt: minutesAgo(NOW, 5).toISOString(), toolCalls: [{ toolName: "findCustomerOrders", status: "executed" }] });
  });

  it("lists the customer's earlier conversations, newest first, with what was said last", async () => {
    const { previousConversations } = await detail(current.id);
    expect(previousConversations.map((item) => item.preview)).toEqual(["Document: invoice.pdf", "Do you ship to Ireland?"]);
    expect(previousConversations[0]).toMatchObject({ status: "resolved", resolvedAt: minutesAgo(NOW, 5000).toISOString() });
  });

  it("reads orders and bookings through the connectors for a linked customer", async () => {
    const { records } = await detail(current.id);
    expect(records.note).toBeNull();
    expect(records.orders.map((order) => order.number)).toEqual(["SO-100006", "SO-100005", "SO-100004", "SO-100003", "SO-100002"]);
    expect(records.orders[0]).toEqual({ id: "SO-100006", number: "SO-100006", state: "shipped", total: "104.75", currency: "EUR", placedAt: minutesAgo(NOW, 24 * 60).toISOString(), items: 2 });
    // Upcoming first, then the past.
    expect(records.bookings.map((booking) => [booking.reference, booking.service, booking.status])).toEqual([
      ["BK-1002", "installation", "confirmed"],
      ["BK-1001", "repair", "completed"],
    ]);
  });

  it("finds the shop account by phone number when none is linked, and says so when there is none", async () => {
    const jan = await detail(jansConversation.id);
    expect(jan.records).toEqual({ orders: [], bookings: [], note: null });
    expect(jan.handoff).toMatchObject({ status: "closed", reason: "vip_customer", acceptedBy: null });
    const stranger = await detail(strangersConversation.id, ben);
    expect(stranger.records).toEqual({ orders: [], bookings: [], note: "No shop account is linked to this number." });
    expect(stranger.handoff).toBeNull();
    expect(stranger.previousConversations).toEqual([]);
    expect(stranger.turns).toEqual([]);
  });

  it("still opens when a system of record fails, with a note instead of the records", async () => {
    const failing: Connectors = {
      ...connectors,
      orders: {
        ...connectors.orders,
        findCustomerOrders: async () => {
          throw new ConnectorError("connector:timeout", "orders.findCustomerOrders", "no answer within 5000 ms");
        },
      },
    };
    const { records } = await detail(current.id, ana, failing);
    expect(records.orders).toEqual([]);
    expect(records.bookings).toHaveLength(2);
    expect(records.note).toBe("The order system did not answer: no answer within 5000 ms");
  });

  it("is a 404 for an unknown conversation", async () => {
    const missing = detail("00000000-0000-4000-8000-000000000000");
    await expect(missing).rejects.toBeInstanceOf(AppError);
    await expect(missing).rejects.toMatchObject({ code: "not_found:api" });
  });

  it("lists messages with their authors and the file behind a media message", async () => {
    await insertMessage(db(), { conversationId: current.id, direction: "inbound", sender: "customer", type: "text", body: "Hello?", sentAt: minutesAgo(NOW, 15) });
    await insertMessage(db(), { conversationId: current.id, direction: "outbound", sender: "agent", authorUserId: ana.id, type: "text", body: "Ben, can you check?", isPrivateNote: true, sentAt: minutesAgo(NOW, 14) });
    const [file] = await db()
      .insert(media)
      .values({ waMediaId: "1700000000000001", mimeType: "application/pdf", fileName: "label.pdf", sizeBytes: 2048, storageKey: "abc", status: "stored" })
      .returning();
    // What the composer sends after an upload: the WhatsApp media id only.
    const queued = await queueOutboundMessage(db(), {
      conversationId: current.id,
      sender: "agent",
      authorUserId: ben.id,
      content: { type: "media", kind: "document", mediaId: "1700000000000001", fileName: "label.pdf" },
      now: minutesAgo(NOW, 13),
    });

    const thread = await listMessages(db(), current.id);
    expect(thread.map((message) => [message.sender, message.author?.name ?? null, message.isPrivateNote])).toEqual([
      ["customer", null, false],
      ["agent", "Ana Costa", true],
      ["agent", "Ben Müller", false],
    ]);
    expect(thread[2]).toMatchObject({
      id: queued.messageId,
      direction: "outbound",
      type: "document",
      status: "queued",
      sentAt: minutesAgo(NOW, 13).toISOString(),
      author: { id: ben.id, name: "Ben Müller" },
      media: { id: file!.id, status: "stored", mimeType: "application/pdf", fileName: "label.pdf", sizeBytes: 2048, error: null },
    });
    expect(thread[0]!.media).toBeNull();
  });
});
