import { z } from "zod";
import { ConnectorError } from "../connector-error";

// One call to a company's system under the JSON contract (CONTRACT.md): bearer authentication, an
// optional Idempotency-Key, a hard time limit for the whole exchange (body included), and every way
// the call can fail turned into a ConnectorError the agent layer knows how to handle. A 404 that
// carries the contract's `not_found` body is an answer ("no such record"), not a failure.

export type HttpConnectorOptions = {
  // e.g. "https://erp.example.com/support-api/v1"; paths from the contract are appended to it.
  baseUrl: string;
  apiKey: string;
  // The longest one call may take, connection and body included.
  timeoutMs: number;
  fetch?: typeof fetch;
};

export type HttpCall = {
  // The connector method, for error messages and logs, e.g. "orders.cancelOrder".
  operation: string;
  method: "GET" | "POST";
  // Built with `contractPath`, so every dynamic segment is encoded.
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  idempotencyKey?: string;
};

export type HttpAnswer<T> = { found: true; value: T } | { found: false };

export type HttpClient = {
  call<Schema extends z.ZodType>(call: HttpCall, schema: Schema): Promise<HttpAnswer<z.infer<Schema>>>;
};

// A body larger than this is not a support-tool answer; refusing it keeps one bad reply from
// exhausting memory.
const MAX_BODY_CHARACTERS = 2_000_000;

const errorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string().optional() }) });

// Builds a contract path with each interpolated value encoded as one path segment:
// contractPath`/orders/${number}/cancel`.
export function contractPath(strings: TemplateStringsArray, ...values: string[]): string {
  return strings.reduce((path, text, index) => path + text + (index < values.length ? encodeURIComponent(values[index] ?? "") : ""), "");
}

export function createHttpClient(options: HttpConnectorOptions): HttpClient {
  const fetchImpl = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/+$/, "");
  if (!/^https?:\/\//i.test(base)) throw new TypeError(`connector base URL must start with http:// or https://, got "${options.baseUrl}"`);
  if (!(options.timeoutMs > 0)) throw new TypeError("connector timeoutMs must be a positive number of milliseconds");

  return {
    async call(call, schema) {
      // An empty order number or reference would address another endpoint ("/orders/" or "/orders//cancel").
      if (/\/\/|\/$/.test(call.path)) {
        throw new ConnectorError("connector:invalid_request", call.operation, `${call.operation}: an identifier in ${call.path} is empty`);
      }
      const url = new URL(base + call.path);
      for (const [name, value] of Object.entries(call.query ?? {})) {
        if (value !== undefined) url.searchParams.set(name, String(value));
      }
      const headers: Record<string, string> = { accept: "application/json", authorization: `Bearer ${options.apiKey}` };
      if (call.body !== undefined) headers["content-type"] = "application/json";
      if (call.idempotencyKey !== undefined) headers["idempotency-key"] = call.idempotencyKey;
      const where = `${call.method} ${call.path}`;

      const signal = AbortSignal.timeout(options.timeoutMs);
      let status: number;
      let text: string;
      let location: string | null;
      try {
        const response = await fetchImpl(url, {
          method: call.method,
          headers,
          body: call.body === undefined ? undefined : JSON.stringify(call.body),
          signal,
          // A redirect could turn a POST into a GET or carry the key elsewhere; the base URL must be final.
          redirect: "manual",
        });
        status = response.status;
        location = response.headers.get("location");
        text = await response.text();
      } catch (error) {
        if (signal.aborted) {
          throw new ConnectorError("connector:timeout", call.operation, `${call.operation}: ${where} did not answer within ${options.timeoutMs} ms`, { cause: error });
        }
        throw new ConnectorError("connector:unavailable", call.operation, `${call.operation}: could not reach ${url.origin} (${describe(error)})`, { cause: error });
      }

      if (status === 404 && isNotFoundBody(text)) return { found: false };
      if (status < 200 || status > 299) throw failureFor(call.operation, where, status, text, location);
      if (text.length > MAX_BODY_CHARACTERS) {
        throw new ConnectorError("connector:bad_response", call.operation, `${call.operation}: ${where} answered with ${text.length} characters, over the ${MAX_BODY_CHARACTERS} limit`, { status });
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new ConnectorError("connector:bad_response", call.operation, `${call.operation}: ${where} answered ${status} with a body that is not JSON`, { cause: error, status });
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        const issues = z.prettifyError(parsed.error).slice(0, 1000);
        throw new ConnectorError("connector:bad_response", call.operation, `${call.operation}: ${where} answered ${status} with a body that does not match the contract:\n${issues}`, {
          cause: parsed.error,
          status,
        });
      }
      return { found: true, value: parsed.data };
    },
  };
}

function isNotFoundBody(text: string): boolean {
  const body = errorBody(text);
  return body?.error.code === "not_found";
}

function errorBody(text: string): z.infer<typeof errorBodySchema> | undefined {
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function failureFor(operation: string, where: string, status: number, text: string, location: string | null): ConnectorError {
  const body = errorBody(text);
  const detail = body ? ` (${body.error.code}${body.error.message ? `: ${body.error.message.slice(0, 300)}` : ""})` : "";
  const answered = `${operation}: ${where} answered ${status}${detail}`;
  if (status === 408 || status === 504) return new ConnectorError("connector:timeout", operation, answered, { status });
  if (status === 404 || status === 501) {
    return new ConnectorError("connector:not_found", operation, `${answered}; the endpoint does not exist or is not implemented (check the base URL)`, { status, retryable: false });
  }
  if (status === 401 || status === 403) {
    return new ConnectorError("connector:unavailable", operation, `${answered}; the API key was refused`, { status, retryable: false });
  }
  if (status === 429 || status >= 500) return new ConnectorError("connector:unavailable", operation, answered, { status });
  if (status >= 300 && status < 400) {
    return new ConnectorError("connector:bad_response", operation, `${answered}, a redirect${location ? ` to ${location}` : ""}; configure the final URL as the base URL`, { status, retryable: false });
  }
  return new ConnectorError("connector:bad_response", operation, `${answered}; the request does not fit what the system expects`, { status, retryable: false });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Node's fetch hides the socket error (ECONNREFUSED, ENOTFOUND) in `cause`.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}
