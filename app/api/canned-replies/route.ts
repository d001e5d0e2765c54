import { z } from "zod";
import { parseQuery } from "@/lib/api/parse-query";
import { withAuth } from "@/lib/api/with-auth";
import { listCannedReplies } from "@/lib/conversation/list-canned-replies";
import { db } from "@/lib/db/client";
import { LANGUAGES } from "@/lib/db/schema";

export const dynamic = "force-dynamic";

const querySchema = z.object({ language: z.enum(LANGUAGES).optional() });

export const GET = withAuth(async (request) => {
  const { language } = parseQuery(request, querySchema);
  return Response.json({ replies: await listCannedReplies(db(), { language }) });
});
