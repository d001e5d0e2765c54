// What the outbox needs from the Cloud API: send one request, learn the WhatsApp message id, or
// learn why not and whether trying again can help.
export type SendTransport = {
  send(phoneNumberId: string, request: Record<string, unknown>): Promise<{ waMessageId: string }>;
};

export class SendFailure extends Error {
  constructor(
    message: string,
    readonly details: SendFailureDetails,
  ) {
    super(message);
  }
}

// `ambiguous`: the request may have reached Meta (a timeout or a connection reset after sending),
// so it is not retried blindly; reconciliation decides (outbound/recover-stuck-sends.ts).
export type SendFailureDetails = { code: number | null; title: string; retryable: boolean; ambiguous?: boolean; retryAfterMs?: number };

const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

// Errors from fetch itself: refused connections never reached Meta; anything else might have.
export function classifyNetworkError(error: unknown): SendFailureDetails {
  const cause = error instanceof Error && error.cause && typeof error.cause === "object" && "code" in error.cause ? String(error.cause.code) : "";
  const title = error instanceof Error ? `${error.name}: ${error.message}${cause ? ` (${cause})` : ""}` : String(error);
  if (NOT_SENT_CODES.has(cause)) return { code: null, title, retryable: true };
  return { code: null, title, retryable: true, ambiguous: true };
}
