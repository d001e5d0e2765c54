import type { OperationLog, RecordedOperation } from "./operation-log";

// An OperationLog in process memory, for tests only: it forgets everything on restart, is not shared
// between app instances, and keeps a record even if the transaction it was written in rolls back.
export function createInMemoryOperationLog(): OperationLog & { size(): number } {
  const records = new Map<string, RecordedOperation>();
  return {
    async find(_tx, key) {
      return records.get(key);
    },
    async record(_tx, operation) {
      if (!records.has(operation.key)) records.set(operation.key, structuredClone(operation));
    },
    size: () => records.size,
  };
}
