// What every agent tool returns. A success carries data for the model and `facts`: short, masked,
// customer-safe sentences a reply (or a handoff summary) may quote as they are. A failure says why in
// one of a few fixed reasons, so the runner and the offline policy react in code, never by reading
// the message; the message itself is honest and safe to show.
export type ToolFailureReason = "not_verified" | "not_found" | "not_allowed" | "needs_human" | "integration_error" | "invalid";

export type ToolSuccess<T> = { ok: true; data: T; facts: string[] };
export type ToolFailure = { ok: false; reason: ToolFailureReason; message: string; facts?: string[] };
export type ToolOutcome<T> = ToolSuccess<T> | ToolFailure;

export function succeeded<T>(data: T, facts: string[]): ToolSuccess<T> {
  return { ok: true, data, facts };
}

export function failed(reason: ToolFailureReason, message: string, facts?: string[]): ToolFailure {
  return facts && facts.length > 0 ? { ok: false, reason, message, facts } : { ok: false, reason, message };
}
