import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setDatabase } from "@/lib/db/client";
import { inboundWebhooks, messages } from "@/lib/db/schema";
import { createJobRunner, startJobRunner, stopJobRunner } from "@/lib/jobs/job-runner";
import { inboundText, signed } from "@/lib/testing/channel-fixtures";
import { connectionUrl, createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { receiveWebhook } from "../receive-webhook";
import { setWebhookIngestMode } from "../webhook-ingest-mode";
import { drainInboundWebhooks } from "./drain-inbound-webhooks";

describe.each(testDatabaseKinds())("deferred webhook ingest on %s", (kind) => {
  let database: TestDatabase;
  let requests = 0;
  const db = () => database.handle.db;
  const messageCount = async () => Number((await db().select({ n: count() }).from(messages))[0]?.n);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    setDatabase(database.handle);
    await startJobRunner(createJobRunner(database.handle, { connectionString: connectionUrl(database) }), null);
    setWebhookIngestMode({ mode: "deferred", requestIngest: () => void requests++ });
  });
  afterAll(async () => {
    setWebhookIngestMode({ mode: "inline" });
    await stopJobRunner();
    setDatabase(undefined);
    await database.dispose();
  });
  beforeEach(async () => {
    requests = 0;
    await db().execute(sql`truncate inbound_webhooks, messages, conversations, contacts cascade`);
  });

  it("answers 200 once the body is stored, and ingests it later, in one batch with the others", async () => {
    for (let i = 0; i < 5; i++) {
      const { body, signature } = signed(inboundText(`3161234000${i}`, `hello ${i}`));
      expect((await receiveWebhook(body, signature)).status).toBe(200);
    }
    expect(requests).toBe(5);
    expect(await messageCount()).toBe(0);
    expect(await db().select().from(inboundWebhooks)).toHaveLength(5);

    const batches: number[] = [];
    expect(await drainInboundWebhooks(db(), { onBatch: async (result) => void batches.push(result.storedMessages.length) })).toBe(5);
    expect(batches).toEqual([5]);
    expect(await messageCount()).toBe(5);
    expect((await db().select().from(inboundWebhooks).where(eq(inboundWebhooks.status, "done"))).length).toBe(5);
    // Nothing left: a second drain does nothing.
    expect(await drainInboundWebhooks(db())).toBe(0);
  });

  it("keeps a stored body that no longer parses as failed, with the reason, without holding back the others", async () => {
    const good = signed(inboundText("31612340010", "fine"));
    await receiveWebhook(good.body, good.signature);
    const [bad] = await db().insert(inboundWebhooks).values({ payload: { object: "page", entry: [] } }).returning();
    const late = signed(inboundText("31612340011", "also fine"));
    await receiveWebhook(late.body, late.signature);

    expect(await drainInboundWebhooks(db())).toBe(3);
    const rows = await db().select().from(inboundWebhooks);
    expect(rows.filter((row) => row.status === "done")).toHaveLength(2);
    const flagged = rows.find((row) => row.id === bad!.id)!;
    expect(flagged.status).toBe("failed");
    expect(flagged.error).toMatch(/Not a valid WhatsApp webhook/);
    expect(await messageCount()).toBe(2);
  });
});
