import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { receiveWebhook } from "@/lib/channel/receive-webhook";
import { setDatabase } from "@/lib/db/client";
import { agentTurns, conversations, messages } from "@/lib/db/schema";
import { createJobRunner, startJobRunner, stopJobRunner } from "@/lib/jobs/job-runner";
import { inboundText, signed } from "@/lib/testing/channel-fixtures";
import { connectionUrl, createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { processConversationTurn } from "./process-turn";
import type { TurnInput } from "./turn-responder";

describe.each(testDatabaseKinds())("agent turns on %s", (kind) => {
  let database: TestDatabase;
  const db = () => database.handle.db;
  const seen: TurnInput[] = [];
  const responder = async (input: TurnInput) => {
    seen.push(input);
    return { outcome: "answered", intent: "order_status", confidence: 0.9 };
  };
  const deliver = async (waId: string, text: string) => {
    const { body, signature } = signed(inboundText(waId, text));
    expect((await receiveWebhook(body, signature)).status).toBe(200);
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    setDatabase(database.handle);
    await startJobRunner(createJobRunner(database.handle, { connectionString: connectionUrl(database) }), null);
  });
  afterAll(async () => {
    await stopJobRunner();
    setDatabase(undefined);
    await database.dispose();
  });
  beforeEach(async () => {
    seen.length = 0;
    await db().execute(sql`truncate agent_turns, messages, conversations, contacts cascade`);
  });

  it("answers a burst of three fragments with one turn that sees all of them", async () => {
    for (const text of ["hi", "my order SO-100004", "still not here 😡"]) await deliver("31677777777", text);
    const [conversation] = await db().select().from(conversations);
    const acknowledged: (string | null)[] = [];
    const options = { burstWindowMs: 2000, responder, acknowledge: async (_: string, waMessageId: string | null) => void acknowledged.push(waMessageId) };

    const early = await processConversationTurn(db(), conversation!.id, { ...options, now: () => new Date() });
    expect(early.kind).toBe("burst_open");

    const result = await processConversationTurn(db(), conversation!.id, { ...options, now: () => new Date(Date.now() + 2500) });
    expect(result).toMatchObject({ kind: "answered", inboundCount: 3 });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.inbound.map((m) => m.body)).toEqual(["hi", "my order SO-100004", "still not here 😡"]);
    expect(acknowledged).toHaveLength(1);

    // Nothing left: a second run (e.g. a duplicate job) does not answer again.
    expect(await processConversationTurn(db(), conversation!.id, { ...options, now: () => new Date(Date.now() + 5000) })).toEqual({ kind: "nothing_to_answer" });
    const turns = await db().select().from(agentTurns);
    expect(turns).toHaveLength(1);
    expect(turns[0]).toMatchObject({ status: "completed", inboundCount: 3, intent: "order_status", outcome: "answered" });
  });

  it("stays silent while a person owns the conversation", async () => {
    await deliver("31688888888", "are you there?");
    const [conversation] = await db().select().from(conversations);
    await db().update(conversations).set({ owner: "human" }).where(eq(conversations.id, conversation!.id));
    const result = await processConversationTurn(db(), conversation!.id, { burstWindowMs: 0, responder });
    expect(result.kind).toBe("skipped");
    expect(seen).toHaveLength(0);
    expect((await db().select().from(agentTurns))[0]).toMatchObject({ status: "skipped", outcome: "human_owner" });
    const [message] = await db().select().from(messages);
    expect(message!.turnId).not.toBeNull();
  });

  it("gives the messages of a failing turn back so a retry answers them", async () => {
    await deliver("31699999999", "hello");
    const [conversation] = await db().select().from(conversations);
    const failing = processConversationTurn(db(), conversation!.id, {
      burstWindowMs: 0,
      responder: async () => {
        throw new Error("model unavailable");
      },
    });
    await expect(failing).rejects.toThrow("model unavailable");
    expect((await db().select().from(agentTurns))[0]).toMatchObject({ status: "failed", error: "model unavailable" });
    const [message] = await db().select().from(messages);
    expect(message!.turnId).toBeNull();
    // The retry answers the same message.
    const retry = await processConversationTurn(db(), conversation!.id, { burstWindowMs: 0, responder });
    expect(retry).toMatchObject({ kind: "answered", inboundCount: 1 });
  });
});
