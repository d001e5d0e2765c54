import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";

export type TestDatabase = { name: string; handle: DatabaseHandle; dispose: () => Promise<void> };

// Integration tests run against every database the product supports here: a fresh in-memory PGlite
// always, and a fresh, uniquely named database on the Postgres server in DATABASE_URL when it is set.
export function testDatabaseKinds(): ("pglite" | "postgres")[] {
  return process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

export async function createTestDatabase(kind: "pglite" | "postgres", options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  if (kind === "pglite") {
    const handle = await openDatabase({ kind: "pglite" });
    if (migrate) await runMigrations(handle);
    return { name: "pglite", handle, dispose: () => handle.close() };
  }
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) throw new Error("DATABASE_URL is not set");
  const dbName = `test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${dbName}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${dbName}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString(), poolMax: 4 });
  if (migrate) await runMigrations(handle);
  return {
    name: "postgres",
    handle,
    dispose: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${dbName}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

// The URL of a test database on a server (pg-boss opens its own pool there); undefined for PGlite.
export function connectionUrl(database: TestDatabase): string | undefined {
  if (database.handle.kind !== "postgres") return undefined;
  const options = database.handle.sql.options;
  return `postgres://${options.user}@${options.host[0]}:${options.port[0]}/${options.database}`;
}
