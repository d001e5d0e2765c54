import { and, eq, sql } from "drizzle-orm";
import { freshEpisode, readAgentState } from "@/lib/agent/agent-state";
import type { Db } from "@/lib/db/client";
import { handoffs } from "@/lib/db/schema";
import { mutateConversation } from "./mutate-conversation";

// A person gives the conversation back to the assistant: open handoffs close, and the assistant
// starts a fresh episode (no half-finished flow, no stale confirmation) with the language it knew.
// `expectedVersion` makes two people acting at once see a conflict instead of overwriting each other.
export async function handBackToBot(db: Db, input: { conversationId: string; userId: string; expectedVersion?: number }): Promise<{ version: number }> {
  const outcome = await mutateConversation(db, {
    conversationId: input.conversationId,
    expectedVersion: input.expectedVersion,
    actor: { type: "user", id: input.userId },
    action: "handed_back",
    apply: async ({ tx, conversation }) => {
      const state = freshEpisode(readAgentState(conversation.agentState));
      await tx.update(handoffs).set({ status: "closed" }).where(and(eq(handoffs.conversationId, conversation.id), sql`${handoffs.status} <> 'closed'`));
      return { patch: { owner: "bot", assigneeId: null, agentState: JSON.parse(JSON.stringify(state)) }, audit: { episode: state.episode }, result: null };
    },
  });
  return { version: outcome.version };
}
