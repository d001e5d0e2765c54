import type { Connectors } from "../types";
import { createHttpCustomersConnector } from "./customers";
import { createHttpClient, type HttpConnectorOptions } from "./http-client";
import { createHttpOrdersConnector } from "./orders";
import { createHttpSchedulingConnector } from "./scheduling";
import { createHttpSubscriptionsConnector } from "./subscriptions";

export type { HttpConnectorOptions };

// The connectors for a company's own systems, spoken to over the JSON contract in CONTRACT.md.
export function createHttpConnectors(options: HttpConnectorOptions): Connectors {
  const client = createHttpClient(options);
  return {
    customers: createHttpCustomersConnector(client),
    orders: createHttpOrdersConnector(client),
    scheduling: createHttpSchedulingConnector(client),
    subscriptions: createHttpSubscriptionsConnector(client),
  };
}
