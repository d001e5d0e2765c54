import type { Db } from "@/lib/db/client";
import type { OperationLog } from "./operation-log";
import type { BuiltinPolicy } from "./policy";

// What every built-in connector operation works with.
export type BuiltinContext = {
  db: Db;
  policy: BuiltinPolicy;
  // Injected so tests (and the seeded demo, whose dates follow the day it was loaded) agree on "now".
  now: () => Date;
  operationLog: OperationLog | undefined;
  // Where copies of invoices and return labels are served, without a trailing slash.
  invoiceBaseUrl: string;
  returnLabelBaseUrl: string;
};
