import { z } from "zod";
import { createRule } from "@/lib/admin/rules/create-rule";
import { listRules } from "@/lib/admin/rules/list-rules";
import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export const GET = withAuth(async () => Response.json(await listRules(db())), { roles: ["admin"] });

// The rule itself is validated by the domain (validate-rule.ts), which names every field at fault.
export const POST = withAuth(
  async (request, { user }) => {
    const rule = await createRule(db(), { body: await parseJsonBody(request, z.unknown()), user });
    return Response.json({ rule }, { status: 201 });
  },
  { roles: ["admin"] },
);
