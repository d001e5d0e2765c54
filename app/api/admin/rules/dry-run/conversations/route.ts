import { listDryRunConversations } from "@/lib/admin/rules/list-dry-run-conversations";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { dryRunConversationsQuerySchema } from "@/lib/validation/rules";

export const dynamic = "force-dynamic";

export const GET = withAuth(
  async (request) => {
    const query = dryRunConversationsQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
    if (!query.success) throw new AppError("bad_request:api", "The search is at most 100 characters.");
    return Response.json({ conversations: await listDryRunConversations(db(), { search: query.data.search }) });
  },
  { roles: ["admin"] },
);
