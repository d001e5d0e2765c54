// Infrastructure failures of a connector, with stable codes the agent layer maps to a graceful reply
// ("I can't access your order details right now") and to the `integration_error` escalation.
// Business refusals are never errors: they come back as `{ ok: false, reason }` results.

export const CONNECTOR_ERROR_CODES = [
  // The system did not answer within the configured time.
  "connector:timeout",
  // The system could not be reached, answered with a server error or throttling, refused our
  // credentials, or (built-in connector) the database failed.
  "connector:unavailable",
  // The system answered, but not as the contract says (not JSON, wrong shape, a request it rejected).
  "connector:bad_response",
  // The endpoint itself does not exist (a wrong base URL or an endpoint the company has not built).
  // A record that does not exist is a result (null or `not_found`), not this error.
  "connector:not_found",
  // The caller passed arguments no system could accept (an empty idempotency key, a limit of 0);
  // raised before any call is made.
  "connector:invalid_request",
] as const;

export type ConnectorErrorCode = (typeof CONNECTOR_ERROR_CODES)[number];

export class ConnectorError extends Error {
  override readonly name = "ConnectorError";
  readonly code: ConnectorErrorCode;
  // Which connector method failed, e.g. "orders.cancelOrder".
  readonly operation: string;
  // Whether the same call may succeed if tried again later (data-changing calls only with the same key).
  readonly retryable: boolean;
  // The HTTP status the system answered with, when it answered.
  readonly status?: number;

  constructor(code: ConnectorErrorCode, operation: string, message: string, options: { cause?: unknown; status?: number; retryable?: boolean } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.operation = operation;
    this.status = options.status;
    this.retryable = options.retryable ?? (code === "connector:timeout" || code === "connector:unavailable");
  }
}

export function isConnectorError(error: unknown): error is ConnectorError {
  return error instanceof ConnectorError;
}
