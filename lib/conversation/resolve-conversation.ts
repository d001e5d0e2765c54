import { and, eq, inArray } from "drizzle-orm";
import { sendCsatSurveyAfterResolution } from "@/lib/csat/send-csat-survey";
import type { Db } from "@/lib/db/client";
import { handoffs } from "@/lib/db/schema";
import { mutateConversation } from "./mutate-conversation";

// Done: the conversation leaves the queues, its open handoffs close and the customer is asked how it
// went (lib/csat). The customer's next message opens a new conversation (one live conversation per
// customer and number); an answer to the survey still lands on this one.
export async function resolveConversation(db: Db, input: { conversationId: string; userId: string; expectedVersion?: number }): Promise<{ version: number }> {
  const outcome = await mutateConversation(db, {
    conversationId: input.conversationId,
    expectedVersion: input.expectedVersion,
    actor: { type: "user", id: input.userId },
    action: "resolved",
    apply: async ({ tx, conversation, now }) => {
      const closed = await tx
        .update(handoffs)
        .set({ status: "closed" })
        .where(and(eq(handoffs.conversationId, conversation.id), inArray(handoffs.status, ["waiting", "accepted"])))
        .returning({ id: handoffs.id });
      return { patch: { status: "resolved", resolvedAt: now, snoozedUntil: null }, audit: { closedHandoffIds: closed.map((row) => row.id) }, result: null };
    },
  });
  // After the commit: the customer gets the satisfaction survey (once per conversation).
  if (outcome.before.status !== "resolved") await sendCsatSurveyAfterResolution(db, input.conversationId);
  return { version: outcome.version };
}
