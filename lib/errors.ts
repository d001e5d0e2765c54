// Typed errors with stable codes `${type}:${surface}`; the type decides the HTTP status and what a
// client may see, the surface says where it happened.
export const ERROR_TYPES = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
} as const;

export type ErrorType = keyof typeof ERROR_TYPES;
export type ErrorSurface = "api" | "auth" | "database" | "config" | "realtime" | "jobs" | "whatsapp" | "agent" | "admin";
export type ErrorCode = `${ErrorType}:${ErrorSurface}`;

export class AppError extends Error {
  readonly type: ErrorType;
  readonly surface: ErrorSurface;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; details?: unknown }) {
    super(message, { cause: options?.cause });
    const [type, surface] = code.split(":") as [ErrorType, ErrorSurface];
    this.type = type;
    this.surface = surface;
    this.details = options?.details;
  }

  get code(): ErrorCode {
    return `${this.type}:${this.surface}`;
  }

  get status(): number {
    return ERROR_TYPES[this.type];
  }

  toResponse(headers?: HeadersInit): Response {
    // Internal errors never leak their message; everything else is written for the caller.
    const message = this.type === "internal" ? "Something went wrong on our side." : this.message;
    const body: Record<string, unknown> = { error: { code: this.code, message } };
    if (this.details !== undefined && this.type !== "internal") (body.error as Record<string, unknown>).details = this.details;
    return Response.json(body, { status: this.status, headers });
  }
}
