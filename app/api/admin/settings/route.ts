import { getAssistantSettings } from "@/lib/admin/settings/get-assistant-settings";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export const GET = withAuth(async () => Response.json(await getAssistantSettings(db())), { roles: ["admin"] });
