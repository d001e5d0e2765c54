import { count, eq, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { Env } from "@/lib/env";
import { childLogger } from "@/lib/logger";
import { openDatabase, setDatabase, type DatabaseHandle } from "./client";
import { hasVectorSupport, runMigrations } from "./migrate";
import { users } from "./schema";
import { DEMO_ACCOUNTS, isDemoDataPresent, seedDemoData } from "./seed";

const log = childLogger("database");

export type DatabaseBoot = {
  handle: DatabaseHandle;
  vector: boolean;
  demoAccounts: { email: string; password: string; role: string }[];
};

// Opens the configured database, applies migrations (all or nothing), and makes sure somebody can
// sign in: the admin from ADMIN_EMAIL/ADMIN_PASSWORD, or the demo accounts.
export async function initDatabase(env: Env): Promise<DatabaseBoot> {
  const handle = env.DATABASE_URL
    ? await connectPostgres(env.DATABASE_URL, env.DATABASE_POOL_MAX)
    : await openDatabase({ kind: "pglite", dataDir: env.DATA_DIR });
  log.info({ kind: handle.kind, location: handle.location }, "database opened");

  await runMigrations(handle);
  const vector = await hasVectorSupport(handle);
  if (vector) log.info("semantic search available: pgvector extension present");
  else log.warn("semantic search disabled: pgvector extension not available (keyword search is used)");
  setDatabase(handle);

  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) await ensureAdmin(handle, env.ADMIN_EMAIL, env.ADMIN_PASSWORD);

  const [{ value: userCount } = { value: 0 }] = await handle.db.select({ value: count() }).from(users);
  const wantDemo = env.DEMO_DATA ?? (!env.DATABASE_URL || Number(userCount) === 0);
  let demoPresent = await isDemoDataPresent(handle.db);
  if (wantDemo && !demoPresent) {
    const started = Date.now();
    const summary = await seedDemoData(handle.db);
    demoPresent = true;
    log.info({ ms: Date.now() - started, counts: summary.counts }, "demo data loaded");
  }
  return { handle, vector, demoAccounts: demoPresent && wantDemo ? DEMO_ACCOUNTS : [] };
}

async function connectPostgres(url: string, poolMax: number): Promise<DatabaseHandle> {
  const deadline = Date.now() + 30_000;
  for (let attempt = 1; ; attempt++) {
    const handle = await openDatabase({ kind: "postgres", url, poolMax });
    try {
      await handle.db.execute(sql`select 1`);
      return handle;
    } catch (error) {
      await handle.close().catch(() => {});
      const reason = error instanceof Error ? error.message : String(error);
      if (Date.now() > deadline) throw new Error(`database unreachable at ${handle.location}: ${reason}`, { cause: error });
      log.warn({ attempt, reason, location: handle.location }, "database unreachable, retrying");
      await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 500 * attempt)));
    }
  }
}

async function ensureAdmin(handle: DatabaseHandle, email: string, password: string): Promise<void> {
  const [existing] = await handle.db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase())).limit(1);
  if (existing) return;
  await handle.db.insert(users).values({ email: email.toLowerCase(), name: "Administrator", role: "admin", passwordHash: await hashPassword(password) });
  log.info({ email }, "admin account created from ADMIN_EMAIL");
}
