import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { listDirectory } from "@/lib/people/list-directory";

export const dynamic = "force-dynamic";

export const GET = withAuth(async () => Response.json(await listDirectory(db())));
