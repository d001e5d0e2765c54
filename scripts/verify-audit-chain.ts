// `npm run audit:verify`: walk the audit log's hash chain on the configured database and say whether
// it is intact. Exits 1 when it is broken (naming the first bad row), 2 when it could not check.
import nextEnv from "@next/env";
import { describeChainVerdict, verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { openDatabase } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";

nextEnv.loadEnvConfig(process.cwd());
const env = parseEnv(process.env);
const handle = env.DATABASE_URL
  ? await openDatabase({ kind: "postgres", url: env.DATABASE_URL })
  : await openDatabase({ kind: "pglite", dataDir: env.DATA_DIR });
let exitCode = 0;
try {
  const verdict = await verifyAuditChain(handle.db);
  const line = `Audit chain on ${handle.location}: ${describeChainVerdict(verdict)}\n`;
  if (verdict.intact) process.stdout.write(line);
  else {
    process.stderr.write(line);
    exitCode = 1;
  }
} catch (error) {
  process.stderr.write(`Could not verify the audit chain: ${error instanceof Error ? error.message : String(error)}\n`);
  exitCode = 2;
} finally {
  await handle.close();
}
process.exit(exitCode);
