import type { ApiTokenView, CreatedApiToken, InvitedPerson, PeopleDirectory, PersonView, TeamView } from "@/lib/people/people-types";
import type { CreateApiTokenBody, CreateTeamBody, InviteUserBody, UpdateTeamBody, UpdateUserBody } from "@/lib/validation/people";

// The browser side of /api/admin/people: one typed function per endpoint, one error type carrying
// the server's stable code, its message and the per-field details.

export type FieldErrors = Partial<Record<string, string>>;

export class PeopleApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly fieldErrors: FieldErrors,
  ) {
    super(message);
  }
}

type ErrorBody = { error?: { code?: string; message?: string; details?: unknown } };

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init?.headers } });
  } catch {
    throw new PeopleApiError("The server cannot be reached. Check your connection and try again.", "network", 0, {});
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as ErrorBody | undefined)?.error;
    throw new PeopleApiError(error?.message ?? `Request failed (${response.status}).`, error?.code ?? "unknown", response.status, fieldErrorsOf(error?.details));
  }
  return body as T;
}

function fieldErrorsOf(details: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!Array.isArray(details)) return errors;
  for (const item of details) {
    if (item && typeof item === "object" && "field" in item && "message" in item && typeof item.field === "string" && typeof item.message === "string") {
      const field = item.field.split(".")[0] ?? item.field;
      errors[field] ??= item.message;
    }
  }
  return errors;
}

const json = (method: string, body?: unknown): RequestInit => ({ method, body: body === undefined ? undefined : JSON.stringify(body) });

export const peopleKeys = {
  directory: ["admin", "people", "directory"] as const,
  tokens: ["admin", "people", "tokens"] as const,
};

export const peopleApi = {
  directory: () => request<PeopleDirectory>("/api/admin/people/users"),
  invite: (body: InviteUserBody) => request<InvitedPerson>("/api/admin/people/users", json("POST", body)),
  updateUser: (id: string, changes: UpdateUserBody) => request<PersonView>(`/api/admin/people/users/${id}`, json("PATCH", changes)),
  resetPassword: (id: string) => request<{ temporaryPassword: string }>(`/api/admin/people/users/${id}/reset-password`, json("POST")),
  createTeam: (body: CreateTeamBody) => request<TeamView>("/api/admin/people/teams", json("POST", body)),
  updateTeam: (id: string, body: UpdateTeamBody) => request<TeamView>(`/api/admin/people/teams/${id}`, json("PATCH", body)),
  deleteTeam: (id: string) => request<void>(`/api/admin/people/teams/${id}`, json("DELETE")),
  tokens: () => request<{ tokens: ApiTokenView[] }>("/api/admin/people/tokens").then((body) => body.tokens),
  createToken: (body: CreateApiTokenBody) => request<CreatedApiToken>("/api/admin/people/tokens", json("POST", body)),
  revokeToken: (id: string) => request<ApiTokenView>(`/api/admin/people/tokens/${id}`, json("DELETE")),
};

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong.";
}
