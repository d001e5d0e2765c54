import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { inboundWebhooks } from "@/lib/db/schema";
import { childLogger } from "@/lib/logger";
import { parseWebhookPayload } from "@/lib/whatsapp/webhook/parse";
import type { WebhookEvent } from "@/lib/whatsapp/webhook/events";
import { ingestEventsInTransaction, type IngestResult } from "./ingest-webhook-events";

const log = childLogger("webhook");
const BATCH = 200;
const MAX_ATTEMPTS = 5;

// Ingests stored webhook bodies in batches: many bodies become one set-based transaction, which is
// what lets a burst of single-message webhooks be stored at thousands per second. Rows are claimed
// with SKIP LOCKED, so several workers can drain side by side. A batch that fails is retried body by
// body, so one bad body is marked failed (and logged) without holding back the others.
export async function drainInboundWebhooks(db: Db, options: { batchSize?: number; onBatch?: (result: IngestResult) => Promise<void> } = {}): Promise<number> {
  let processed = 0;
  for (;;) {
    const ids = await drainBatch(db, options.batchSize ?? BATCH, options.onBatch);
    if (ids === 0) return processed;
    processed += ids;
  }
}

async function drainBatch(db: Db, size: number, onBatch?: (result: IngestResult) => Promise<void>): Promise<number> {
  let claimed: { id: number }[] = [];
  let result: IngestResult | null = null;
  try {
    result = await db.transaction(async (tx) => {
      const rows = await tx
        .select({ id: inboundWebhooks.id, payload: inboundWebhooks.payload })
        .from(inboundWebhooks)
        .where(eq(inboundWebhooks.status, "pending"))
        .orderBy(asc(inboundWebhooks.id))
        .limit(size)
        .for("update", { skipLocked: true });
      claimed = rows;
      if (rows.length === 0) return null;
      const events: WebhookEvent[] = [];
      const ingestable: number[] = [];
      for (const row of rows) {
        const parsed = parseWebhookPayload(row.payload);
        if (parsed.ok) {
          events.push(...parsed.events);
          ingestable.push(row.id);
        } else {
          // Checked before it was stored, so only a body from an older version can get here; it is
          // kept, flagged and logged, never dropped silently.
          log.error({ webhookId: row.id, reason: parsed.reason }, "stored webhook no longer parses");
          await tx.update(inboundWebhooks).set({ status: "failed", error: parsed.reason, attempts: sql`${inboundWebhooks.attempts} + 1` }).where(eq(inboundWebhooks.id, row.id));
        }
      }
      const ingested = await ingestEventsInTransaction(tx, events);
      if (ingestable.length > 0) {
        await tx
          .update(inboundWebhooks)
          .set({ status: "done", processedAt: sql`now()`, attempts: sql`${inboundWebhooks.attempts} + 1` })
          .where(inArray(inboundWebhooks.id, ingestable));
      }
      return ingested;
    });
  } catch (error) {
    if (claimed.length <= 1) {
      const id = claimed[0]?.id;
      if (id === undefined) throw error;
      // Meta was already told we have this body: a passing error (connection, deadlock) must not
      // lose it. It stays pending and is retried; only a body that keeps failing is set aside.
      const [row] = await db
        .update(inboundWebhooks)
        .set({ attempts: sql`${inboundWebhooks.attempts} + 1`, error: error instanceof Error ? error.message : String(error) })
        .where(eq(inboundWebhooks.id, id))
        .returning({ attempts: inboundWebhooks.attempts });
      if ((row?.attempts ?? 0) >= MAX_ATTEMPTS) {
        log.error({ err: error, webhookId: id }, "stored webhook keeps failing to ingest; kept as failed for inspection");
        await db.update(inboundWebhooks).set({ status: "failed" }).where(eq(inboundWebhooks.id, id));
        return 1;
      }
      throw error;
    }
    // Isolate the culprit: one body per transaction.
    let done = 0;
    for (let i = 0; i < claimed.length; i++) done += await drainBatch(db, 1, onBatch);
    return done;
  }
  if (!result) return 0;
  await onBatch?.(result);
  return claimed.length;
}
