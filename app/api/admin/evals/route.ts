import { withAuth } from "@/lib/api/with-auth";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { evalsDir } from "@/lib/evals/evals-dir";
import { listIntentFolders, listRuns } from "@/lib/evals/list-runs";
import { activeRun, lastRun, startRun } from "@/lib/evals/start-run";
import { startEvalRunSchema, type EvalRunsResponse } from "@/lib/validation/evals";

export const dynamic = "force-dynamic";

// The eval runs on disk, the run in progress, and what a new run can be limited to.
export const GET = withAuth(
  async () => {
    const root = evalsDir();
    const body: EvalRunsResponse = { runs: listRuns(root, { limit: 100 }), active: activeRun(root), last: lastRun(root), model: process.env.AI_MODEL ?? "offline", intents: listIntentFolders(root) };
    return Response.json(body);
  },
  { roles: ["admin"] },
);

// Starts a run (all scenarios, or one intent's); 409 while another one runs.
export const POST = withAuth(
  async (request, { user }) => {
    const parsed = startEvalRunSchema.safeParse(await request.json().catch(() => ({})));
    if (!parsed.success) {
      throw new AppError("bad_request:api", "The run could not be started.", { details: parsed.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message })) });
    }
    const progress = startRun({ root: evalsDir(), intent: parsed.data.intent, startedBy: user.id });
    await recordAuditEvent(db(), { actorType: "user", actorId: user.id, action: "evals.run_started", targetType: "eval_run", targetId: progress.runId, data: { intent: progress.intent, model: progress.model } });
    return Response.json(progress, { status: 202 });
  },
  { roles: ["admin"] },
);
