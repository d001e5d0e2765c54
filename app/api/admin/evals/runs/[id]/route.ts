import { withAuth } from "@/lib/api/with-auth";
import { AppError } from "@/lib/errors";
import { evalsDir } from "@/lib/evals/evals-dir";
import { readRun } from "@/lib/evals/list-runs";
import { evalRunIdSchema } from "@/lib/validation/evals";

export const dynamic = "force-dynamic";

// One run's report (per-intent figures, every scenario, transcripts of those that failed) and its gate.
export const GET = withAuth<{ id: string }>(
  async (_request, { params }) => {
    const id = evalRunIdSchema.safeParse(params.id);
    if (!id.success) throw new AppError("bad_request:api", "Not an evaluation run id.");
    const run = readRun(evalsDir(), id.data);
    if (!run) throw new AppError("not_found:api", "There is no evaluation run with this id.");
    return Response.json(run);
  },
  { roles: ["admin"] },
);
