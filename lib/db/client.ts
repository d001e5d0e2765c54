import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";

// One type for both drivers: domain code never knows whether it runs on PGlite or Postgres.
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

type PgliteDb = ReturnType<typeof drizzlePglite<typeof schema>>;
type PostgresDb = ReturnType<typeof drizzlePostgres<typeof schema>>;

export type DatabaseHandle =
  | { kind: "pglite"; db: PgliteDb; pglite: PGlite; location: string; close: () => Promise<void> }
  | { kind: "postgres"; db: PostgresDb; sql: postgres.Sql; location: string; close: () => Promise<void> };

export type OpenDatabaseOptions =
  | { kind: "postgres"; url: string; poolMax?: number }
  | { kind: "pglite"; dataDir?: string };

export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.kind === "postgres") {
    const sql = postgres(options.url, {
      max: options.poolMax ?? 10,
      onnotice: () => {},
      connect_timeout: 10,
    });
    const db = drizzlePostgres(sql, { schema });
    return { kind: "postgres", db, sql, location: redactUrl(options.url), close: () => sql.end({ timeout: 5 }) };
  }
  const dataDir = options.dataDir ? path.resolve(options.dataDir, "pglite") : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // PGlite ignores options passed next to an undefined dataDir, so always use the object form.
  const pglite = dataDir
    ? new PGlite({ dataDir, extensions: { vector } })
    : new PGlite({ extensions: { vector } });
  await pglite.waitReady;
  const db = drizzlePglite(pglite, { schema });
  return { kind: "pglite", db, pglite, location: dataDir ?? "memory", close: () => pglite.close() };
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, "//$1:***@");
}

// The process-wide handle. server.ts and Next's route handlers are separate module graphs in one
// process, so the handle lives on globalThis; PGlite may be opened by one owner only.
const holder = globalThis as typeof globalThis & { __dbHandle?: DatabaseHandle };

export function setDatabase(handle: DatabaseHandle | undefined): void {
  holder.__dbHandle = handle;
}

export function getDatabase(): DatabaseHandle {
  const handle = holder.__dbHandle;
  if (!handle) throw new Error("database not initialised: start the app through server.ts or call initDatabase()");
  return handle;
}

export function db(): Db {
  return getDatabase().db;
}
