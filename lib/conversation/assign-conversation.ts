import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { teams, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { mutateConversation, type ConversationPatch } from "./mutate-conversation";

// Decides who handles the conversation (and optionally which team's queue it sits in). Ownership
// does not move: assigning a bot-owned conversation does not silence the bot, and a waiting handoff
// stays waiting until someone takes over or replies, so the "needs a human" clock keeps running.
export async function assignConversation(
  db: Db,
  input: { conversationId: string; userId: string; expectedVersion?: number; assigneeId: string | null; teamId?: string | null },
): Promise<{ version: number }> {
  const outcome = await mutateConversation(db, {
    conversationId: input.conversationId,
    expectedVersion: input.expectedVersion,
    actor: { type: "user", id: input.userId },
    action: "assigned",
    apply: async ({ tx, conversation }) => {
      if (input.assigneeId !== null) {
        const [assignee] = await tx.select({ id: users.id }).from(users).where(and(eq(users.id, input.assigneeId), eq(users.active, true))).limit(1);
        if (!assignee) throw new AppError("bad_request:api", "That person does not exist or is deactivated.");
      }
      if (input.teamId) {
        const [team] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.id, input.teamId)).limit(1);
        if (!team) throw new AppError("bad_request:api", "That team does not exist.");
      }
      const patch: ConversationPatch = { assigneeId: input.assigneeId };
      if (input.teamId !== undefined) patch.teamId = input.teamId;
      return { patch, audit: { previousAssigneeId: conversation.assigneeId, previousTeamId: conversation.teamId }, result: null };
    },
  });
  return { version: outcome.version };
}
