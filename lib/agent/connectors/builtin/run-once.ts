import type { z } from "zod";
import { canonicalJson } from "@/lib/audit/canonical-json";
import type { Db } from "@/lib/db/client";
import type { OperationLog } from "./operation-log";

export type OperationRequest = { key: string; operation: string; target: string; args: unknown };

type KeyReused = { ok: false; reason: "idempotency_key_reused" };

// Runs one data-changing operation in a transaction, at most once per idempotency key when a log is
// configured: a repeated key gets the recorded result back (validated, so a stale record with an old
// shape fails loudly instead of leaking through), the same key with other arguments is refused.
// Only successful results are recorded: a refusal changed nothing, so working it out again is safe.
export async function runOnce<Result extends { ok: boolean }>(
  db: Db,
  log: OperationLog | undefined,
  request: OperationRequest,
  resultSchema: z.ZodType<Result>,
  apply: (tx: Db) => Promise<Result>,
): Promise<Result | KeyReused> {
  const fingerprint = canonicalJson(request.args);
  return db.transaction(async (tx) => {
    const earlier = await log?.find(tx, request.key);
    if (earlier) {
      const sameRequest = earlier.operation === request.operation && earlier.target === request.target && earlier.fingerprint === fingerprint;
      return sameRequest ? resultSchema.parse(earlier.result) : { ok: false, reason: "idempotency_key_reused" };
    }
    const result = await apply(tx);
    if (result.ok) await log?.record(tx, { key: request.key, operation: request.operation, target: request.target, fingerprint, result });
    return result;
  });
}
