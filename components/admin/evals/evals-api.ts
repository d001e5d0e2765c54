import type { SavedTestCase } from "@/lib/evals/build-test-case";
import type { EvalRunProgress, EvalRunsResponse, StartEvalRunInput } from "@/lib/validation/evals";
import { adminRequest } from "@/components/admin/rules/admin-request";

// The browser side of /api/admin/evals and /api/conversations/<id>/test-case.

export type ProgressResponse = { active: EvalRunProgress | null; last: EvalRunProgress | null };

export const evalsKeys = {
  runs: ["admin", "evals", "runs"] as const,
  progress: ["admin", "evals", "progress"] as const,
};

export function fetchRuns(): Promise<EvalRunsResponse> {
  return adminRequest<EvalRunsResponse>("/api/admin/evals");
}

export function fetchProgress(): Promise<ProgressResponse> {
  return adminRequest<ProgressResponse>("/api/admin/evals/progress");
}

export function startEvalRun(input: StartEvalRunInput): Promise<EvalRunProgress> {
  return adminRequest<EvalRunProgress>("/api/admin/evals", { method: "POST", body: input });
}

export function saveTestCase(conversationId: string): Promise<SavedTestCase> {
  return adminRequest<SavedTestCase>(`/api/conversations/${encodeURIComponent(conversationId)}/test-case`, { method: "POST", body: {} });
}
