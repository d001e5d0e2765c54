import { checkReadiness } from "@/lib/db/check-readiness";
import { childLogger } from "@/lib/logger";

export const dynamic = "force-dynamic";
const log = childLogger("health");

export async function GET(): Promise<Response> {
  const readiness = await checkReadiness();
  if (readiness.ready) return Response.json({ status: "ready", database: readiness.database, migrations: readiness.migrations });
  log.error({ reason: readiness.reason }, "not ready");
  return Response.json({ status: "not_ready", reason: readiness.reason }, { status: 503 });
}
