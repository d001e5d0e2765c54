import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { mutateConversation } from "./mutate-conversation";

// Out of the open queues until `until` (the maintenance sweep wakes it) or until the customer writes.
export async function snoozeConversation(db: Db, input: { conversationId: string; userId: string; expectedVersion?: number; until: Date }): Promise<{ version: number }> {
  const outcome = await mutateConversation(db, {
    conversationId: input.conversationId,
    expectedVersion: input.expectedVersion,
    actor: { type: "user", id: input.userId },
    action: "snoozed",
    apply: async ({ conversation }) => {
      if (conversation.status === "resolved") throw new AppError("conflict:api", "This conversation was resolved. Reopen it to snooze it.");
      return { patch: { status: "snoozed", snoozedUntil: input.until }, result: null };
    },
  });
  return { version: outcome.version };
}
