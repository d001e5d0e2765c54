import { withAuth } from "@/lib/api/with-auth";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { buildTestCase } from "@/lib/evals/build-test-case";
import { evalsDir } from "@/lib/evals/evals-dir";
import { TEST_CASE_ROLES } from "@/lib/validation/evals";
import { conversationIdSchema } from "@/lib/validation/messages";

export const dynamic = "force-dynamic";

// "Save as test case": the conversation as an evaluation scenario with synthetic identifiers,
// written to evals/<intent>/ when that folder is writable, and returned for download.
export const POST = withAuth<{ id: string }>(
  async (_request, { user, params }) => {
    const id = conversationIdSchema.safeParse(params.id);
    if (!id.success) throw new AppError("bad_request:api", "Not a conversation id.");
    const testCase = await buildTestCase(db(), { conversationId: id.data, evalsRoot: evalsDir() });
    await recordAuditEvent(db(), {
      actorType: "user",
      actorId: user.id,
      action: "conversation.test_case_saved",
      targetType: "conversation",
      targetId: id.data,
      data: { file: testCase.savedPath, intent: testCase.scenario.intent, replacements: testCase.replacements },
    });
    return Response.json(testCase, { status: testCase.savedPath ? 201 : 200 });
  },
  { roles: TEST_CASE_ROLES },
);
