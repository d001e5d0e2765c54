import { withAuth } from "@/lib/api/with-auth";
import { getAdminOverview } from "@/lib/admin/get-admin-overview";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export const GET = withAuth(async () => Response.json(await getAdminOverview(db())), { roles: ["admin", "supervisor"] });
