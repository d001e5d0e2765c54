// The browser side of the admin rules and settings APIs: one error type carrying the server's
// message and its per-field problems, so forms can show each one beside its input.

export type FieldErrors = Record<string, string>;

export class AdminApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fields: FieldErrors,
  ) {
    super(message);
  }
}

type ErrorBody = { error?: { message?: string; details?: unknown } };

export async function adminRequest<T>(url: string, init?: { method?: string; body?: unknown }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init?.method ?? "GET",
      headers: init?.body === undefined ? undefined : { "content-type": "application/json" },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new AdminApiError("The server cannot be reached. Check your connection and try again; nothing was saved.", 0, {});
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as ErrorBody | undefined)?.error;
    throw new AdminApiError(error?.message ?? `The request failed (${response.status}).`, response.status, fieldsOf(error?.details));
  }
  return body as T;
}

function fieldsOf(details: unknown): FieldErrors {
  const fields: FieldErrors = {};
  if (!Array.isArray(details)) return fields;
  for (const item of details) {
    if (item && typeof item === "object" && "field" in item && "message" in item && typeof item.field === "string" && typeof item.message === "string") {
      fields[item.field] ??= item.message;
    }
  }
  return fields;
}

// The first problem at or below a field ("condition" matches "condition.threshold").
export function fieldError(fields: FieldErrors, field: string): string | undefined {
  if (fields[field]) return fields[field];
  const nested = Object.keys(fields).find((key) => key.startsWith(`${field}.`));
  return nested ? fields[nested] : undefined;
}
