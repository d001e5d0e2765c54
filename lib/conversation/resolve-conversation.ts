import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { handoffs } from "@/lib/db/schema";
import { mutateConversation } from "./mutate-conversation";

// Done: the conversation leaves the queues and its open handoffs close. The customer's next message
// opens a new conversation (one live conversation per customer and number).
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
  return { version: outcome.version };
}
