import type { Db } from "@/lib/db/client";
import type { Conversation } from "@/lib/db/schema";
import { mutateConversation } from "./mutate-conversation";

export async function setConversationPriority(
  db: Db,
  input: { conversationId: string; userId: string; expectedVersion?: number; priority: Conversation["priority"] },
): Promise<{ version: number }> {
  const outcome = await mutateConversation(db, {
    conversationId: input.conversationId,
    expectedVersion: input.expectedVersion,
    actor: { type: "user", id: input.userId },
    action: "priority_set",
    apply: async ({ conversation }) => ({ patch: { priority: input.priority }, audit: { previousPriority: conversation.priority }, result: null }),
  });
  return { version: outcome.version };
}
