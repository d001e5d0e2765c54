import { constants } from "node:fs";
import { access, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { agentTurns, contacts, conversations, handoffs, messages, orders, shopCustomers } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { conversationToScenario, type TestCase, type TestCaseSource } from "./conversation-to-scenario";

export type SavedTestCase = TestCase & {
  // Where the file was written, relative to the evals folder's parent (e.g. "evals/cancel_order/inbox-….json"),
  // or null when it was not written; `saveNote` then says why.
  savedPath: string | null;
  saveNote: string | null;
};

// Reads one conversation as the converter needs it: the customer's and the bot's messages, the
// agent's turns with their tool calls, handoff reasons, the contact and its linked shop customer.
export async function loadTestCaseSource(db: Db, conversationId: string): Promise<TestCaseSource> {
  const [row] = await db
    .select({ conversation: conversations, contact: contacts })
    .from(conversations)
    .innerJoin(contacts, eq(contacts.id, conversations.contactId))
    .where(eq(conversations.id, conversationId))
    .limit(1);
  if (!row) throw new AppError("not_found:api", "This conversation does not exist.");
  const { conversation, contact } = row;
  const [messageRows, turnRows, handoffRows, shopCustomer] = await Promise.all([
    db
      .select({ direction: messages.direction, sender: messages.sender, type: messages.type, body: messages.body, payload: messages.payload, turnId: messages.turnId, isPrivateNote: messages.isPrivateNote, sentAt: messages.sentAt })
      .from(messages)
      .where(eq(messages.conversationId, conversationId))
      .orderBy(asc(messages.sentAt), asc(messages.createdAt)),
    db
      .select({ id: agentTurns.id, intent: agentTurns.intent, toolCalls: agentTurns.toolCalls, startedAt: agentTurns.startedAt })
      .from(agentTurns)
      .where(eq(agentTurns.conversationId, conversationId))
      .orderBy(asc(agentTurns.startedAt)),
    db.select({ reason: handoffs.reason }).from(handoffs).where(eq(handoffs.conversationId, conversationId)).orderBy(asc(handoffs.createdAt)),
    contact.shopCustomerId
      ? db
          .select({ name: shopCustomers.name, email: shopCustomers.email, phone: shopCustomers.phone, postcode: shopCustomers.postcode, addressLine: shopCustomers.addressLine, tier: shopCustomers.tier })
          .from(shopCustomers)
          .where(eq(shopCustomers.id, contact.shopCustomerId))
          .limit(1)
          .then((rows) => rows[0] ?? null)
      : Promise.resolve(null),
  ]);
  const mentioned = new Set<string>();
  for (const message of messageRows) for (const match of (message.body ?? "").matchAll(/\bSO-?(\d{6})\b/gi)) mentioned.add(`SO-${match[1]}`);
  for (const turn of turnRows) {
    for (const call of turn.toolCalls) {
      const input = call.input;
      if (typeof input === "object" && input !== null && "orderNumber" in input && typeof input.orderNumber === "string") mentioned.add(input.orderNumber);
    }
  }
  const orderRows =
    mentioned.size > 0 && contact.shopCustomerId
      ? await db.select({ number: orders.number, state: orders.state }).from(orders).where(and(inArray(orders.number, [...mentioned]), eq(orders.customerId, contact.shopCustomerId)))
      : [];
  return {
    conversationId,
    createdAt: conversation.createdAt,
    language: conversation.language ?? contact.language,
    intent: conversation.intent,
    contact: { name: contact.name, profileName: contact.profileName, waId: contact.waId, email: contact.email, tier: contact.tier },
    shopCustomer,
    orderStates: Object.fromEntries(orderRows.map((order) => [order.number, order.state])),
    messages: messageRows,
    turns: turnRows,
    handoffReasons: handoffRows.map((handoff) => handoff.reason),
  };
}

// Converts the conversation and, when the evals folder is writable, writes evals/<intent>/<file>
// (never over an existing file: a person may already have adjusted it).
export async function buildTestCase(db: Db, input: { conversationId: string; evalsRoot: string }): Promise<SavedTestCase> {
  const source = await loadTestCaseSource(db, input.conversationId);
  let testCase: TestCase;
  try {
    testCase = conversationToScenario(source);
  } catch (error) {
    throw new AppError("bad_request:api", `This conversation cannot become a test case: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const folder = path.join(input.evalsRoot, testCase.scenario.intent);
  const file = path.join(folder, testCase.fileName);
  const shown = path.join(path.basename(input.evalsRoot), testCase.scenario.intent, testCase.fileName);
  try {
    await access(input.evalsRoot, constants.W_OK);
  } catch {
    return { ...testCase, savedPath: null, saveNote: `The evaluations folder ${input.evalsRoot} is not writable here: download the file and add it to evals/${testCase.scenario.intent}/ yourself.` };
  }
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(file, `${JSON.stringify(testCase.scenario, null, 2)}\n`, { flag: "wx" });
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "EEXIST") return { ...testCase, savedPath: null, saveNote: `${shown} already exists and was not overwritten.` };
    return { ...testCase, savedPath: null, saveNote: `The file could not be written (${error instanceof Error ? error.message : String(error)}): download it instead.` };
  }
  return { ...testCase, savedPath: shown, saveNote: null };
}
