import type { AuditPage } from "@/lib/audit/list-audit-events";
import type { ChainVerdict } from "@/lib/audit/verify-audit-chain";
import type { AuditFilters } from "@/lib/validation/audit";

// The browser side of /api/admin/audit.

export type VerifyResult = ChainVerdict & { summary: string };

export function auditQueryString(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (typeof value === "string" && value) params.set(key, value);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

export async function fetchAuditPage(filters: AuditFilters, cursor: number | null): Promise<AuditPage> {
  return request<AuditPage>(`/api/admin/audit?${auditQueryString(filters, cursor ? { cursor: String(cursor) } : {})}`);
}

export async function verifyChain(): Promise<VerifyResult> {
  return request<VerifyResult>("/api/admin/audit/verify", { method: "POST" });
}

export function exportUrl(filters: AuditFilters): string {
  return `/api/admin/audit/export?${auditQueryString(filters)}`;
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = typeof body === "object" && body !== null && "error" in body ? (body as { error?: { message?: string } }).error : undefined;
    throw new Error(error?.message ?? `Request failed (${response.status}).`);
  }
  return body as T;
}
