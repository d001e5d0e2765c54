import { withAuth } from "@/lib/api/with-auth";
import { evalsDir } from "@/lib/evals/evals-dir";
import { activeRun, lastRun } from "@/lib/evals/start-run";

export const dynamic = "force-dynamic";

// What the page polls while a run is in progress: the active run, or the last one once it ended.
export const GET = withAuth(
  async () => {
    const root = evalsDir();
    return Response.json({ active: activeRun(root), last: lastRun(root) });
  },
  { roles: ["admin"] },
);
