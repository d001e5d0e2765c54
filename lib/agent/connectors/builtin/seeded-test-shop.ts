import { seedDemoData } from "@/lib/db/seed";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/databases";
import type { Connectors } from "../types";
import { createBuiltinConnectors, type BuiltinConnectorOptions } from "./create-builtin-connectors";
import { createInMemoryOperationLog } from "./in-memory-operation-log";

// Test helper: a fresh database with the demo shop loaded as of a fixed moment, and built-in
// connectors whose clock stands still at that moment, so seeded dates and the rules agree.

// A Monday, mid-morning UTC: some of today's slots are already over, most are ahead.
export const TEST_NOW = new Date("2026-03-16T10:00:00Z");

export type SeededTestShop = {
  database: TestDatabase;
  // With an in-memory operation log, as a table-backed log would behave.
  connectors: Connectors;
  // Without an operation log, as production runs until the connector_operations table exists.
  connectorsWithoutLog: Connectors;
  connectorsWith(options: BuiltinConnectorOptions): Connectors;
};

export async function createSeededTestShop(kind: "pglite" | "postgres"): Promise<SeededTestShop> {
  const database = await createTestDatabase(kind);
  await seedDemoData(database.handle.db, { now: TEST_NOW });
  const db = database.handle.db;
  const connectorsWith = (options: BuiltinConnectorOptions) => createBuiltinConnectors(db, { now: () => TEST_NOW, ...options });
  return {
    database,
    connectors: connectorsWith({ operationLog: createInMemoryOperationLog() }),
    connectorsWithoutLog: connectorsWith({}),
    connectorsWith,
  };
}
