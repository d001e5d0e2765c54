import { createDatabaseOperationLog } from "./database-operation-log";
import type { Db } from "@/lib/db/client";
import type { Connectors } from "../types";
import type { BuiltinContext } from "./context";
import { createBuiltinCustomersConnector } from "./customers";
import type { OperationLog } from "./operation-log";
import { createBuiltinOrdersConnector } from "./orders";
import { resolveBuiltinPolicy, type BuiltinPolicy } from "./policy";
import { createBuiltinSchedulingConnector } from "./scheduling";
import { createBuiltinSubscriptionsConnector } from "./subscriptions";

export type BuiltinConnectorOptions = {
  // Admin-editable rules; anything left out takes the default (DEFAULT_BUILTIN_POLICY). Creating the
  // connectors is cheap, so the agent layer creates them with the current settings for each turn.
  policy?: Partial<BuiltinPolicy>;
  now?: () => Date;
  operationLog?: OperationLog;
  invoiceBaseUrl?: string;
  returnLabelBaseUrl?: string;
};

// The connectors on our own tables: the demo shop ("Northwind Home") that works out of the box.
export function createBuiltinConnectors(db: Db, options: BuiltinConnectorOptions = {}): Connectors {
  const context: BuiltinContext = {
    db,
    policy: resolveBuiltinPolicy(options.policy),
    now: options.now ?? (() => new Date()),
    operationLog: options.operationLog ?? createDatabaseOperationLog(),
    invoiceBaseUrl: withoutTrailingSlash(options.invoiceBaseUrl ?? "https://invoices.northwind.example"),
    returnLabelBaseUrl: withoutTrailingSlash(options.returnLabelBaseUrl ?? "https://returns.northwind.example/label"),
  };
  return {
    customers: createBuiltinCustomersConnector(db),
    orders: createBuiltinOrdersConnector(context),
    scheduling: createBuiltinSchedulingConnector(context),
    subscriptions: createBuiltinSubscriptionsConnector(context),
  };
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
