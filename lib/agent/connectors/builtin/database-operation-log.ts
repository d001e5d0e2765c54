import { sql } from "drizzle-orm";
import { queryRows } from "@/lib/db/sql-rows";
import type { OperationLog, RecordedOperation } from "./operation-log";

// Idempotency records in connector_operations, written in the same transaction as the change.
export function createDatabaseOperationLog(): OperationLog {
  return {
    async find(tx, key) {
      const [row] = await queryRows<{ idempotency_key: string; operation: string; target: string; fingerprint: string; result: unknown }>(
        tx,
        sql`select idempotency_key, operation, target, fingerprint, result from connector_operations where idempotency_key = ${key}`,
      );
      if (!row) return undefined;
      const recorded: RecordedOperation = { key: row.idempotency_key, operation: row.operation, target: row.target, fingerprint: row.fingerprint, result: row.result };
      return recorded;
    },

    // A concurrent transaction with the same key waits on the primary key and then keeps the first record.
    async record(tx, operation) {
      await tx.execute(sql`
        insert into connector_operations (idempotency_key, operation, target, fingerprint, result)
        values (${operation.key}, ${operation.operation}, ${operation.target}, ${operation.fingerprint}, ${JSON.stringify(operation.result)}::jsonb)
        on conflict (idempotency_key) do nothing`);
    },
  };
}
