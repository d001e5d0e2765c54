import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { agentTurns } from "@/lib/db/schema";
import { insertContact, insertConversation, insertHandoff, insertInbox, insertMessage } from "@/lib/testing/console-read-fixtures";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { buildTestCase } from "./build-test-case";
import { parseScenario } from "./load-scenarios";

describe.each(testDatabaseKinds())("save as test case on %s", (kind) => {
  let database: TestDatabase;
  let root: string;
  const db = () => database.handle.db;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    root = mkdtempSync(path.join(os.tmpdir(), "evals-test-case-"));
  });
  afterEach(async () => {
    chmodSync(root, 0o755);
    rmSync(root, { recursive: true, force: true });
    await database.dispose();
  });

  async function conversation(): Promise<string> {
    const inbox = await insertInbox(db());
    const contact = await insertContact(db(), { waId: "447700900123", name: "Priya Raman", profileName: "Priya", email: "priya.raman@example.org", language: "en", tier: "plus" });
    const row = await insertConversation(db(), { inboxId: inbox.id, contactId: contact.id, language: "en", intent: "refund_request", owner: "human" });
    const [turn] = await db()
      .insert(agentTurns)
      .values({ conversationId: row.id, status: "completed", inboundCount: 1, intent: "refund_request", toolCalls: [{ toolCallId: "c1", toolName: "get_order", input: { orderNumber: "SO-104455" }, status: "executed", durationMs: 3 }] })
      .returning();
    const at = (seconds: number) => new Date(Date.parse("2026-11-18T10:00:00Z") + seconds * 1000);
    await insertMessage(db(), { conversationId: row.id, direction: "inbound", sender: "customer", type: "text", body: "I'm Priya Raman, refund SO-104455 please, mail priya.raman@example.org or +44 7700 900123", turnId: turn!.id, sentAt: at(0) });
    await insertMessage(db(), { conversationId: row.id, direction: "outbound", sender: "bot", type: "text", body: "Let me get a colleague for you.", sentAt: at(5) });
    await insertMessage(db(), { conversationId: row.id, direction: "outbound", sender: "agent", type: "text", body: "Hi Priya, looking now.", isPrivateNote: false, sentAt: at(60) });
    await insertMessage(db(), { conversationId: row.id, direction: "outbound", sender: "agent", type: "text", body: "internal: VIP?", isPrivateNote: true, sentAt: at(61) });
    await insertHandoff(db(), { conversationId: row.id, reason: "customer_requested_human" });
    return row.id;
  }

  it("writes a valid scenario with synthetic identifiers to evals/<intent>/ and never overwrites it", async () => {
    const id = await conversation();
    const saved = await buildTestCase(db(), { conversationId: id, evalsRoot: root });
    expect(saved.savedPath).toBe(path.join(path.basename(root), "refund_request", saved.fileName));
    const text = readFileSync(path.join(root, "refund_request", saved.fileName), "utf8");
    expect(parseScenario(text).ok).toBe(true);
    for (const real of ["Priya", "Raman", "104455", "priya.raman", "7700", "900123"]) expect(text).not.toContain(real);
    expect(saved.scenario).toMatchObject({
      intent: "refund_request",
      language: "en",
      persona: { linked: false },
      setup: { contactTier: "plus" },
      turns: [{ text: expect.stringMatching(/^I'm \w+ \w+, refund SO-900001 please, mail customer1@example\.com or \+31 6 1000 0001$/) }],
      expect: { intent: "refund_request", tools: ["get_order"], handoff: "customer_requested_human", dataChange: "none" },
    });

    const again = await buildTestCase(db(), { conversationId: id, evalsRoot: root });
    expect(again.savedPath).toBeNull();
    expect(again.saveNote).toMatch(/already exists/);
  });

  it("still returns the scenario when the evals folder is not writable", async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere
    const id = await conversation();
    chmodSync(root, 0o555);
    const saved = await buildTestCase(db(), { conversationId: id, evalsRoot: root });
    expect(saved.savedPath).toBeNull();
    expect(saved.saveNote).toMatch(/not writable/);
    expect(existsSync(path.join(root, "refund_request"))).toBe(false);
  });

  it("refuses an unknown conversation", async () => {
    await expect(buildTestCase(db(), { conversationId: "00000000-0000-4000-8000-000000000000", evalsRoot: root })).rejects.toThrow(/does not exist/);
  });
});
