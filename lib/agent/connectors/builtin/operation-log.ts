import type { Db } from "@/lib/db/client";

// Where the built-in connector remembers data-changing operations by idempotency key, so that a
// repeated key returns the first result even after later changes (cancel, address change,
// reschedule, subscription changes; refunds and returns keep their keys in their own rows).
//
// The schema has no table for this yet. database-operation-log.ts implements the log on the proposed
// `connector_operations` table; until that table is migrated, production runs without a log and
// relies on each operation being idempotent by state (cancelling a cancelled order, moving a booking
// to the slot it is in, … change nothing and return the same result). Tests plug in the in-memory log.
//
// Both methods receive the open transaction so that a table-backed log records the operation in the
// same transaction as the change: either both happen or neither does.

export type RecordedOperation = {
  key: string;
  // e.g. "orders.cancelOrder"
  operation: string;
  // The order number, booking or subscription reference the operation changed.
  target: string;
  // Canonical JSON of the arguments, to refuse the same key with different arguments.
  fingerprint: string;
  result: unknown;
};

export type OperationLog = {
  find(tx: Db, key: string): Promise<RecordedOperation | undefined>;
  // Keeps the first record when a key is recorded twice.
  record(tx: Db, operation: RecordedOperation): Promise<void>;
};
