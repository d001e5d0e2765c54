import type { Db } from "@/lib/db/client";
import { mutateConversation } from "./mutate-conversation";

// Replaces the whole label set (the console edits it as one list); duplicates collapse, order kept.
export async function setConversationLabels(db: Db, input: { conversationId: string; userId: string; expectedVersion?: number; labels: string[] }): Promise<{ version: number }> {
  const labels = [...new Set(input.labels)];
  const outcome = await mutateConversation(db, {
    conversationId: input.conversationId,
    expectedVersion: input.expectedVersion,
    actor: { type: "user", id: input.userId },
    action: "labels_set",
    apply: async ({ conversation }) => ({ patch: { labels }, audit: { previousLabels: conversation.labels }, result: null }),
  });
  return { version: outcome.version };
}
