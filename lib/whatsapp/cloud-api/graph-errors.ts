import { randomBytes } from "node:crypto";
import { z } from "zod";

// Graph API errors as the WhatsApp Cloud API returns them (shared/whatsapp/cloud-api.md §1 and §4.10).
// The emulator produces these bodies; our outbound client turns them back into GraphApiError.
// Meta says to key logic on `code` (+ `error_data.details`), never on titles or HTTP statuses, so the
// titles below are only there to build a realistic `message`.

// Codes we refer to by name in our own code. Anything else Meta sends still parses (as a number).
export const GRAPH_ERROR = {
  authException: 0,
  apiUnknown: 1,
  apiService: 2,
  apiMethod: 3,
  apiTooManyCalls: 4,
  permissionDenied: 10,
  invalidParameter: 100,
  accessTokenRequired: 104,
  accessTokenInvalid: 190,
  policyBlocked: 368,
  wabaRateLimit: 80007,
  userInExperiment: 130472,
  throughputExceeded: 130429,
  somethingWentWrong: 131000,
  accessDenied: 131005,
  requiredParameterMissing: 131008,
  parameterValueInvalid: 131009,
  serviceUnavailable: 131016,
  recipientIsSender: 131021,
  messageUndeliverable: 131026,
  recipientNotAllowed: 131030,
  accountLocked: 131031,
  paymentIssue: 131042,
  incorrectCertificate: 131045,
  reEngagementRequired: 131047,
  spamRateLimit: 131048,
  marketingEcosystemLimit: 131049,
  marketingOptOut: 131050,
  unsupportedMessageType: 131051,
  mediaDownloadError: 131052,
  mediaUploadError: 131053,
  pairRateLimit: 131056,
  maintenanceMode: 131057,
  bsuidRecipientUnsupported: 131062,
  templateParamCountMismatch: 132000,
  templateDoesNotExist: 132001,
  templateTextTooLong: 132005,
  templateFormatPolicy: 132007,
  templateParamFormatMismatch: 132012,
  templatePaused: 132015,
  templateDisabled: 132016,
  phoneNumberNotRegistered: 133010,
  genericUserError: 135000,
} as const;

export type GraphErrorInfo = {
  title: string;
  httpStatus: number;
  // Whether sending the same request again later can succeed (rate limits, outages). Validation,
  // auth, window and template errors need a different request or a human, not a retry.
  retryable: boolean;
  // Generic Graph errors carry their own sentence as `message` and no `(#code)` prefix.
  graphGeneric?: true;
  // Seconds to wait before a retry when the response has no Retry-After header.
  retryAfterSeconds?: number;
};

// §4.10. HTTP statuses follow Meta's table as transcribed there; where integrations saw 400 instead
// of 429 for throttling, we keep the table's 429 (code, not status, drives handling anyway).
export const GRAPH_ERROR_CATALOGUE: Readonly<Record<number, GraphErrorInfo>> = {
  0: { title: "AuthException", httpStatus: 401, retryable: false },
  1: { title: "API Unknown", httpStatus: 400, retryable: true },
  2: { title: "API Service", httpStatus: 503, retryable: true },
  3: { title: "API Method", httpStatus: 500, retryable: false },
  4: { title: "API Too Many Calls", httpStatus: 429, retryable: true, retryAfterSeconds: 60 },
  10: { title: "Permission Denied", httpStatus: 403, retryable: false },
  100: { title: "Invalid parameter", httpStatus: 400, retryable: false },
  104: { title: "An access token is required to request this resource.", httpStatus: 400, retryable: false, graphGeneric: true },
  190: { title: "Invalid OAuth access token - Cannot parse access token", httpStatus: 401, retryable: false, graphGeneric: true },
  368: { title: "Temporarily blocked for policies violations", httpStatus: 403, retryable: false },
  80007: { title: "Rate limit issues", httpStatus: 429, retryable: true, retryAfterSeconds: 60 },
  130429: { title: "Rate limit hit", httpStatus: 429, retryable: true, retryAfterSeconds: 1 },
  130472: { title: "User's number is part of an experiment", httpStatus: 400, retryable: false },
  131000: { title: "Something went wrong", httpStatus: 500, retryable: true },
  131005: { title: "Access denied", httpStatus: 403, retryable: false },
  131008: { title: "Required parameter is missing", httpStatus: 400, retryable: false },
  131009: { title: "Parameter value is not valid", httpStatus: 400, retryable: false },
  131016: { title: "Service unavailable", httpStatus: 503, retryable: true },
  131021: { title: "Recipient cannot be sender", httpStatus: 400, retryable: false },
  131026: { title: "Message undeliverable", httpStatus: 400, retryable: false },
  131030: { title: "Recipient phone number not in allowed list", httpStatus: 400, retryable: false },
  131031: { title: "Account has been locked", httpStatus: 403, retryable: false },
  131042: { title: "Business eligibility payment issue", httpStatus: 400, retryable: false },
  131045: { title: "Incorrect certificate", httpStatus: 500, retryable: false },
  131047: { title: "Re-engagement message", httpStatus: 400, retryable: false },
  // A restricted number stays restricted for a while; retrying right away only makes it worse.
  131048: { title: "Spam rate limit hit", httpStatus: 429, retryable: false },
  131049: {
    title: "This message was not delivered to maintain healthy ecosystem engagement",
    httpStatus: 400,
    retryable: false,
  },
  131050: { title: "User stopped marketing messages", httpStatus: 400, retryable: false },
  131051: { title: "Unsupported message type", httpStatus: 400, retryable: false },
  131052: { title: "Media download error", httpStatus: 400, retryable: false },
  131053: { title: "Media upload error", httpStatus: 400, retryable: false },
  // Meta: the pair limit is 1 message per 6 s to the same user.
  131056: { title: "(Business Account, Consumer Account) pair rate limit hit", httpStatus: 429, retryable: true, retryAfterSeconds: 6 },
  131057: { title: "Account in maintenance mode", httpStatus: 500, retryable: true, retryAfterSeconds: 60 },
  131062: { title: "Business-scoped user id recipients are not supported", httpStatus: 400, retryable: false },
  132000: { title: "Number of parameters does not match the expected number of params", httpStatus: 400, retryable: false },
  132001: { title: "Template name does not exist in the translation", httpStatus: 404, retryable: false },
  132005: { title: "Translated text too long", httpStatus: 400, retryable: false },
  132007: { title: "Template format character policy violated", httpStatus: 400, retryable: false },
  132012: { title: "Parameter format does not match format in the created template", httpStatus: 400, retryable: false },
  132015: { title: "Template is Paused", httpStatus: 400, retryable: false },
  132016: { title: "Template is Disabled", httpStatus: 400, retryable: false },
  133010: { title: "Phone number Not Registered", httpStatus: 400, retryable: false },
  135000: { title: "Generic user error", httpStatus: 400, retryable: false },
};

// A synchronous failure before it is rendered: what the emulator decides, and what a validator returns.
export type GraphError = {
  code: number;
  details?: string;
  subcode?: number;
  // Replaces the catalogue sentence, for Graph-generic errors whose message carries specifics
  // (expired-token dates, unknown object ids).
  message?: string;
  // "OAuthException" unless Graph uses another class (e.g. GraphMethodException for unknown objects).
  type?: string;
};

export const graphErrorEnvelopeSchema = z.looseObject({
  error: z.looseObject({
    message: z.string(),
    type: z.string().optional(),
    code: z.number().int(),
    error_data: z.looseObject({ messaging_product: z.string().optional(), details: z.string().optional() }).optional(),
    error_subcode: z.number().int().optional(),
    is_transient: z.boolean().optional(),
    error_user_title: z.string().optional(),
    error_user_msg: z.string().optional(),
    fbtrace_id: z.string().optional(),
  }),
});
export type GraphErrorEnvelope = z.infer<typeof graphErrorEnvelopeSchema>;

// Codes missing from the catalogue: titled generically, retryable only when the status says so.
export function describeGraphError(code: number, httpStatus?: number): GraphErrorInfo {
  const known = GRAPH_ERROR_CATALOGUE[code];
  if (known) return known;
  const status = httpStatus ?? 400;
  return { title: "Unknown error", httpStatus: status, retryable: isTransientStatus(status) };
}

// The exact envelope of §1: `(#code) title` for WhatsApp codes, `error_data` only with details.
export function graphErrorBody(
  code: number,
  details?: string,
  options: { subcode?: number; message?: string; type?: string } = {},
): GraphErrorEnvelope {
  const info = describeGraphError(code);
  const message = options.message ?? (info.graphGeneric ? info.title : `(#${code}) ${info.title}`);
  return {
    error: {
      message,
      type: options.type ?? "OAuthException",
      code,
      ...(details === undefined ? {} : { error_data: { messaging_product: "whatsapp", details } }),
      ...(options.subcode === undefined ? {} : { error_subcode: options.subcode }),
      fbtrace_id: newFbtraceId(),
    },
  };
}

// Status and body for a GraphError, ready to write to the wire.
export function renderGraphError(error: GraphError): { status: number; body: GraphErrorEnvelope } {
  return {
    status: describeGraphError(error.code).httpStatus,
    body: graphErrorBody(error.code, error.details, { subcode: error.subcode, message: error.message, type: error.type }),
  };
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

// A failed Graph call, as our outbound client sees it. `code` is Meta's numeric code; bodies that are
// not a Graph envelope (proxies, HTML error pages) become 131000 "Something went wrong" so callers
// always have a code to switch on, with retryability taken from the HTTP status.
export class GraphApiError extends Error {
  override readonly name = "GraphApiError";
  readonly code: number;
  readonly httpStatus: number;
  readonly title: string;
  readonly details: string | undefined;
  readonly subcode: number | undefined;
  readonly fbtraceId: string | undefined;
  readonly retryable: boolean;
  readonly retryAfterSeconds: number | undefined;

  constructor(input: {
    code: number;
    httpStatus: number;
    message: string;
    details?: string;
    subcode?: number;
    fbtraceId?: string;
    retryAfterSeconds?: number;
  }) {
    super(input.message);
    const info = describeGraphError(input.code, input.httpStatus);
    this.code = input.code;
    this.httpStatus = input.httpStatus;
    this.title = info.title;
    this.details = input.details;
    this.subcode = input.subcode;
    this.fbtraceId = input.fbtraceId;
    // Known codes decide for themselves; a server-side status makes any unknown code worth a retry.
    this.retryable = GRAPH_ERROR_CATALOGUE[input.code] ? info.retryable : isTransientStatus(input.httpStatus);
    this.retryAfterSeconds = input.retryAfterSeconds ?? (this.retryable ? info.retryAfterSeconds : undefined);
  }

  static fromResponse(status: number, body: unknown, headers?: HeaderSource): GraphApiError {
    const retryAfterSeconds = parseRetryAfter(readHeader(headers, "retry-after"));
    const envelope = graphErrorEnvelopeSchema.safeParse(typeof body === "string" ? parseJsonOrText(body) : body);
    if (!envelope.success) {
      return new GraphApiError({
        code: GRAPH_ERROR.somethingWentWrong,
        httpStatus: status,
        message: `Graph API answered HTTP ${status} without an error envelope`,
        details: previewBody(body),
        retryAfterSeconds,
      });
    }
    const error = envelope.data.error;
    return new GraphApiError({
      code: error.code,
      httpStatus: status,
      message: error.message,
      details: error.error_data?.details,
      subcode: error.error_subcode,
      fbtraceId: error.fbtrace_id,
      retryAfterSeconds,
    });
  }
}

function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 429;
}

// ~23 url-safe characters, like Meta's opaque trace ids.
function newFbtraceId(): string {
  return randomBytes(17).toString("base64url");
}

function readHeader(headers: HeaderSource | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

// Retry-After is either delta-seconds or an HTTP date.
function parseRetryAfter(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function previewBody(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
