// `npm run db:migrate`: apply pending migrations to the configured database and exit.
import nextEnv from "@next/env";
import { openDatabase } from "@/lib/db/client";
import { appliedMigrationCount, runMigrations } from "@/lib/db/migrate";
import { parseEnv } from "@/lib/env";

nextEnv.loadEnvConfig(process.cwd());
const env = parseEnv(process.env);
const handle = env.DATABASE_URL
  ? await openDatabase({ kind: "postgres", url: env.DATABASE_URL })
  : await openDatabase({ kind: "pglite", dataDir: env.DATA_DIR });
try {
  await runMigrations(handle);
  process.stdout.write(`Migrations applied on ${handle.location}: ${await appliedMigrationCount(handle)}\n`);
} finally {
  await handle.close();
}
