import { revertSettingChange } from "@/lib/admin/settings/revert-setting-change";
import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { revertChangeSchema } from "@/lib/validation/assistant-settings";

export const dynamic = "force-dynamic";

export const POST = withAuth(
  async (request, { user }) => {
    const { eventId } = await parseJsonBody(request, revertChangeSchema);
    return Response.json(await revertSettingChange(db(), { eventId, user }));
  },
  { roles: ["admin"] },
);
