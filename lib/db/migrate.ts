import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { DatabaseHandle } from "./client";
import { queryRows } from "./sql-rows";

export const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "drizzle");

export class MigrationError extends Error {
  readonly code = "database:migration_failed";
}

// drizzle applies all pending migrations inside one transaction, so a failure leaves the database
// exactly as it was before the start.
export async function runMigrations(handle: DatabaseHandle, folder = MIGRATIONS_FOLDER): Promise<void> {
  try {
    if (handle.kind === "pglite") {
      await migratePglite(handle.db, { migrationsFolder: folder });
    } else {
      await migratePostgres(handle.db, { migrationsFolder: folder });
    }
  } catch (error) {
    const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    throw new MigrationError(`migrations failed and were rolled back: ${cause}`, { cause: error });
  }
}

export async function appliedMigrationCount(handle: DatabaseHandle): Promise<number> {
  const rows = await queryRows<{ count: number | string }>(
    handle.db,
    sql`select count(*) as count from drizzle.__drizzle_migrations`,
  );
  return Number(rows[0]?.count ?? 0);
}

export async function hasVectorSupport(handle: DatabaseHandle): Promise<boolean> {
  const rows = await queryRows<{ present: boolean }>(
    handle.db,
    sql`select exists(select 1 from pg_extension where extname = 'vector') as present`,
  );
  return rows[0]?.present === true;
}
