import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { testKnowledgeQuestion } from "@/lib/knowledge/admin/test-knowledge-question";
import { testQuestionDeps } from "@/lib/knowledge/admin/test-question-deps";
import { testQuestionSchema } from "@/lib/validation/knowledge";

export const dynamic = "force-dynamic";

// POST { message, locale, region?, date? }: the articles the agent would retrieve, with scores, and
// the answer it would give with the configured model. Read-only: nothing is stored or sent.
export const POST = withAuth(
  async (request) => {
    const input = await parseJsonBody(request, testQuestionSchema);
    return Response.json(await testKnowledgeQuestion(db(), input, await testQuestionDeps(db(), env())));
  },
  { roles: ["admin"] },
);
