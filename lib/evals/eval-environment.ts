import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { drizzle } from "drizzle-orm/pglite";
import { setWhatsAppConfig } from "@/lib/channel/whatsapp-config";
import { openDatabase, setDatabase, type DatabaseHandle } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import * as schema from "@/lib/db/schema";
import { seedDemoData } from "@/lib/db/seed";
import { createJobRunner, startJobRunner, stopJobRunner } from "@/lib/jobs/job-runner";
import { startOurWebhook, type OurWebhook } from "@/lib/testing/outbound-harness";
import { TEST_ACCESS_TOKEN, TEST_APP_SECRET, TEST_BUSINESS, TEST_VERIFY_TOKEN } from "@/lib/whatsapp/emulator/testing/emulator-test-fixtures";
import { startEmulatorServer, type EmulatorServer } from "@/lib/whatsapp/emulator/testing/start-emulator-server";

// A fixed Wednesday: the seeded dates follow it; turns run at 11:00 Amsterdam time, when the team is
// in, or on the Sunday after, when it is not.
export const SEED_NOW = new Date("2026-11-18T00:00:00Z");
export const WEEKDAY_NOW = new Date("2026-11-18T10:00:00Z");
export const SUNDAY_NOW = new Date("2026-11-22T10:00:00Z");
export const GRAPH_API_VERSION = "v24.0";

// What one worker process keeps across scenarios: the seeded database as a PGlite data-directory
// dump (a fresh copy per scenario costs well under a second, seeding costs several), the Cloud API
// emulator and our webhook route on real ports.
export type EvalEnvironment = {
  emulator: EmulatorServer;
  webhook: OurWebhook;
  // waIds that already have a WhatsApp conversation in the seed (never used as personas).
  seededContacts: ReadonlySet<string>;
  freshDatabase: () => Promise<ScenarioDatabase>;
  close: () => Promise<void>;
};

export type ScenarioDatabase = { handle: DatabaseHandle; dispose: () => Promise<void> };

export async function startEvalEnvironment(): Promise<EvalEnvironment> {
  const template = await buildTemplate();
  const webhook = await startOurWebhook();
  const emulator = await startEmulatorServer({
    accessToken: TEST_ACCESS_TOKEN,
    appSecret: TEST_APP_SECRET,
    verifyToken: TEST_VERIFY_TOKEN,
    webhookUrl: webhook.url,
    business: TEST_BUSINESS,
    // Delivery receipts as Meta sends them, but no automatic "read" (it would only add traffic).
    statusDelaysMs: { sent: 5, delivered: 10, read: null },
    webhook: { retryScheduleMs: [0, 50, 100] },
  });
  setWhatsAppConfig({
    mode: "emulator",
    graphBaseUrl: emulator.emulator.graphBaseUrl,
    apiVersion: GRAPH_API_VERSION,
    accessToken: TEST_ACCESS_TOKEN,
    appSecret: TEST_APP_SECRET,
    verifyToken: TEST_VERIFY_TOKEN,
    phoneNumberId: TEST_BUSINESS.phoneNumberId,
    displayPhoneNumber: TEST_BUSINESS.displayPhoneNumber,
    wabaId: TEST_BUSINESS.wabaId,
  });

  return {
    emulator,
    webhook,
    seededContacts: template.seededContacts,
    async freshDatabase() {
      const pglite = new PGlite({ loadDataDir: template.dump, extensions: { vector } });
      await pglite.waitReady;
      const handle: DatabaseHandle = { kind: "pglite", db: drizzle(pglite, { schema }), pglite, location: "memory", close: () => pglite.close() };
      setDatabase(handle);
      // pg-boss's schema and queues are in the dump; starting it per database is cheap. Jobs are
      // queued by the pipeline but never worked: the runner calls the job functions itself.
      await startJobRunner(createJobRunner(handle), null);
      return {
        handle,
        async dispose() {
          await stopJobRunner();
          setDatabase(undefined);
          await handle.close();
        },
      };
    },
    async close() {
      setWhatsAppConfig(undefined);
      await emulator.close();
      await webhook.close();
    },
  };
}

async function buildTemplate(): Promise<{ dump: File | Blob; seededContacts: Set<string> }> {
  const handle = await openDatabase({ kind: "pglite" });
  if (handle.kind !== "pglite") throw new Error("the eval template is always PGlite");
  try {
    await runMigrations(handle);
    await seedDemoData(handle.db, { now: SEED_NOW });
    setDatabase(handle);
    await startJobRunner(createJobRunner(handle), null);
    await stopJobRunner();
    setDatabase(undefined);
    const contacts = await handle.db.select({ waId: schema.contacts.waId }).from(schema.contacts);
    const dump = await handle.pglite.dumpDataDir("none");
    return { dump, seededContacts: new Set(contacts.map((contact) => contact.waId)) };
  } finally {
    await handle.close();
  }
}
