// A fresh database for one benchmark: a uniquely named database on the PostgreSQL server in
// DATABASE_URL (dropped by `drop()`), else in-memory PGlite in this process. Migrations applied.
import { randomBytes } from "node:crypto";
import type { DatabaseHandle } from "@/lib/db/client";

export type BenchDatabase = {
  kind: "postgres" | "pglite";
  handle: DatabaseHandle;
  // For pg-boss, which opens its own pool on PostgreSQL; undefined on PGlite.
  connectionString: string | undefined;
  // A short description for the console.
  label: string;
  // Closes the handle (if still open) and drops the database.
  drop: () => Promise<void>;
};

export async function openBenchDatabase(prefix: string, options: { poolMax?: number; migrate?: boolean } = {}): Promise<BenchDatabase> {
  const { openDatabase } = await import("@/lib/db/client");
  const { runMigrations } = await import("@/lib/db/migrate");
  const baseUrl = process.env.DATABASE_URL;
  let database: BenchDatabase;
  if (baseUrl) {
    const postgres = (await import("postgres")).default;
    const name = `bench_${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
    const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    const poolMax = options.poolMax ?? 10;
    const handle = await openDatabase({ kind: "postgres", url: url.toString(), poolMax });
    let closed = false;
    database = {
      kind: "postgres",
      handle,
      connectionString: url.toString(),
      label: `PostgreSQL, fresh database "${name}" (pool ${poolMax})`,
      drop: async () => {
        if (!closed) await handle.close().catch(() => {});
        closed = true;
        await admin.unsafe(`drop database if exists "${name}" with (force)`);
        await admin.end({ timeout: 5 });
      },
    };
  } else {
    const handle = await openDatabase({ kind: "pglite" });
    let closed = false;
    database = {
      kind: "pglite",
      handle,
      connectionString: undefined,
      label: "PGlite (in memory, in this process); set DATABASE_URL to run against PostgreSQL",
      drop: async () => {
        if (!closed) await handle.close().catch(() => {});
        closed = true;
      },
    };
  }
  if (options.migrate ?? true) await runMigrations(database.handle);
  return database;
}
