import { isConnectorError } from "@/lib/agent/connectors/connector-error";
import { logger } from "@/lib/logger";
import { failed, type ToolOutcome } from "./tool-outcome";

// Which system the customer would say is "not working", for an honest message.
export type IntegrationSubject = "orders" | "account" | "appointments" | "subscriptions" | "invoices" | "shipping" | "promotions";

const HONEST_MESSAGES: Record<IntegrationSubject, string> = {
  orders: "I can't access your order details right now.",
  account: "I can't access customer accounts right now.",
  appointments: "I can't access the appointment calendar right now.",
  subscriptions: "I can't access your subscription details right now.",
  invoices: "I can't access invoices right now.",
  shipping: "I can't access the shipping rates right now.",
  promotions: "I can't check promo codes right now.",
};

// Runs a tool body and turns anything a connector throws into an `integration_error` outcome, so a
// broken system gives the customer an honest sentence and a handoff instead of a broken reply.
// Errors that are not ConnectorErrors are bugs or surprises; they are treated the same way for the
// customer but logged loudly.
export async function guardConnector<T>(tool: string, subject: IntegrationSubject, run: () => Promise<ToolOutcome<T>>): Promise<ToolOutcome<T>> {
  try {
    return await run();
  } catch (error) {
    if (isConnectorError(error)) {
      logger().warn({ tool, operation: error.operation, code: error.code, status: error.status }, "agent tool: connector failed");
      const detail = error.code === "connector:timeout" ? "The system did not answer in time." : "The system is not available.";
      return failed("integration_error", HONEST_MESSAGES[subject], [detail]);
    }
    logger().error({ tool, err: error }, "agent tool: unexpected error");
    return failed("integration_error", HONEST_MESSAGES[subject]);
  }
}
