import { z } from "zod";
import { saveSetting } from "@/lib/admin/settings/save-setting";
import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { settingAreaSchema } from "@/lib/validation/assistant-settings";

export const dynamic = "force-dynamic";

// The body is the area's whole value; the domain validates it against the area's schema.
export const PUT = withAuth<{ area: string }>(
  async (request, { user, params }) => {
    const area = settingAreaSchema.safeParse(params.area);
    if (!area.success) throw new AppError("not_found:api", `There is no settings area "${params.area}".`);
    const saved = await saveSetting(db(), { area: area.data, value: await parseJsonBody(request, z.unknown()), user });
    return Response.json(saved);
  },
  { roles: ["admin"] },
);
