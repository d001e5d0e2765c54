import { z } from "zod";
import { saveBusinessHours } from "@/lib/admin/settings/save-business-hours";
import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export const PUT = withAuth<{ inboxId: string }>(
  async (request, { user, params }) => {
    const inboxId = z.string().uuid().safeParse(params.inboxId);
    if (!inboxId.success) throw new AppError("bad_request:api", "Not an inbox id.");
    return Response.json(await saveBusinessHours(db(), { inboxId: inboxId.data, body: await parseJsonBody(request, z.unknown()), user }));
  },
  { roles: ["admin"] },
);
