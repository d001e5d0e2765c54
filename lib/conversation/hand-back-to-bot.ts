import { and, eq, sql } from "drizzle-orm";
import { freshEpisode, readAgentState } from "@/lib/agent/agent-state";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import { conversations, handoffs } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { publish } from "@/lib/realtime/publish";

// A person gives the conversation back to the assistant: open handoffs close, and the assistant
// starts a fresh episode (no half-finished flow, no stale confirmation) with the language it knew.
// `expectedVersion` makes two people acting at once see a conflict instead of overwriting each other.
export async function handBackToBot(db: Db, input: { conversationId: string; userId: string; expectedVersion?: number }): Promise<{ version: number }> {
  const result = await db.transaction(async (tx) => {
    const [conversation] = await tx.select().from(conversations).where(eq(conversations.id, input.conversationId)).for("update");
    if (!conversation) throw new AppError("not_found:api", "Conversation not found.");
    if (input.expectedVersion !== undefined && conversation.version !== input.expectedVersion) {
      throw new AppError("conflict:api", "Someone else changed this conversation a moment ago. Reload to see what changed.", { details: { version: conversation.version } });
    }
    const state = freshEpisode(readAgentState(conversation.agentState));
    const [updated] = await tx
      .update(conversations)
      .set({ owner: "bot", assigneeId: null, agentState: JSON.parse(JSON.stringify(state)), version: sql`${conversations.version} + 1`, updatedAt: new Date() })
      .where(eq(conversations.id, input.conversationId))
      .returning({ version: conversations.version, inboxId: conversations.inboxId });
    await tx.update(handoffs).set({ status: "closed" }).where(and(eq(handoffs.conversationId, input.conversationId), sql`${handoffs.status} <> 'closed'`));
    await recordAuditEvent(tx, { actorType: "user", actorId: input.userId, action: "conversation.handed_back", targetType: "conversation", targetId: input.conversationId, data: { episode: state.episode } });
    return updated!;
  });
  publish({ type: "conversation.updated", conversationId: input.conversationId, inboxId: result.inboxId, version: result.version, changes: { owner: "bot", assigneeId: null } });
  return { version: result.version };
}
