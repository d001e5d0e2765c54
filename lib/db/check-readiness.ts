import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { getDatabase } from "./client";
import { appliedMigrationCount, MIGRATIONS_FOLDER } from "./migrate";
import { queryRows } from "./sql-rows";

export type Readiness =
  | { ready: true; database: string; migrations: number }
  | { ready: false; reason: string };

const TIMEOUT_MS = 2000;

// Ready means: the database answers within a short timeout and every migration in the folder is
// recorded as applied.
export async function checkReadiness(): Promise<Readiness> {
  let handle;
  try {
    handle = getDatabase();
  } catch {
    return { ready: false, reason: "database not initialised" };
  }
  try {
    await withTimeout(queryRows(handle.db, sql`select 1`), TIMEOUT_MS);
    const applied = await withTimeout(appliedMigrationCount(handle), TIMEOUT_MS);
    const expected = expectedMigrationCount();
    if (applied < expected) return { ready: false, reason: `migrations pending: ${applied} of ${expected} applied` };
    return { ready: true, database: handle.kind, migrations: applied };
  } catch (error) {
    return { ready: false, reason: `database unreachable: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function expectedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
  return journal.entries.length;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
