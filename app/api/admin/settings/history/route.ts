import { z } from "zod";
import { listChangeHistory } from "@/lib/admin/settings/list-change-history";
import { SETTING_KEYS } from "@/lib/admin/settings/setting-keys";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { settingAreaSchema } from "@/lib/validation/assistant-settings";

export const dynamic = "force-dynamic";

// ?area=persona for one settings area, or ?inboxId= for one inbox's business hours.
export const GET = withAuth(
  async (request) => {
    const params = request.nextUrl.searchParams;
    const inboxId = params.get("inboxId");
    if (inboxId !== null) {
      if (!z.string().uuid().safeParse(inboxId).success) throw new AppError("bad_request:api", "Not an inbox id.");
      return Response.json({ entries: await listChangeHistory(db(), { targetType: "inbox_business_hours", targetId: inboxId }) });
    }
    const area = settingAreaSchema.safeParse(params.get("area"));
    if (!area.success) throw new AppError("bad_request:api", "Say which settings area (?area=) or inbox (?inboxId=).");
    return Response.json({ entries: await listChangeHistory(db(), { targetType: "setting", targetId: SETTING_KEYS[area.data] }) });
  },
  { roles: ["admin"] },
);
