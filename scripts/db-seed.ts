// `npm run db:seed`: load the deterministic demo shop into the configured database (once).
import nextEnv from "@next/env";
import { openDatabase } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { isDemoDataPresent, seedDemoData } from "@/lib/db/seed";
import { parseEnv } from "@/lib/env";

nextEnv.loadEnvConfig(process.cwd());
const env = parseEnv(process.env);
const handle = env.DATABASE_URL
  ? await openDatabase({ kind: "postgres", url: env.DATABASE_URL })
  : await openDatabase({ kind: "pglite", dataDir: env.DATA_DIR });
try {
  await runMigrations(handle);
  if (await isDemoDataPresent(handle.db)) {
    process.stdout.write("Demo data is already present; nothing to do.\n");
  } else {
    const started = Date.now();
    const summary = await seedDemoData(handle.db);
    process.stdout.write(`Demo data loaded in ${Date.now() - started} ms:\n`);
    for (const [table, rows] of Object.entries(summary.counts)) process.stdout.write(`  ${table.padEnd(28)} ${rows}\n`);
  }
} finally {
  await handle.close();
}
