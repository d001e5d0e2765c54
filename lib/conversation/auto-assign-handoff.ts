import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { conversations, handoffs, users } from "@/lib/db/schema";
import { loadAssignmentPolicy } from "./load-assignment-policy";
import { mutateConversation, type MutationStep } from "./mutate-conversation";

// Round-robin: a waiting handoff on an unassigned conversation goes to the online member of its
// team (any online agent or supervisor when it has no team) who was assigned longest ago and is
// below the open-conversation limit. The conversation is locked first and the chosen person's row
// next, so two handoffs at once go to two people instead of both landing on the same one.
// The handoff stays waiting: assignment says whose turn it is, not that anyone has answered.
export async function autoAssignHandoff(db: Db, input: { handoffId: string; now?: Date }): Promise<{ assigneeId: string } | null> {
  const policy = await loadAssignmentPolicy(db);
  if (!policy.autoAssign) return null;
  const [handoff] = await db.select({ conversationId: handoffs.conversationId }).from(handoffs).where(eq(handoffs.id, input.handoffId)).limit(1);
  if (!handoff) return null;

  const outcome = await mutateConversation(db, {
    conversationId: handoff.conversationId,
    actor: { type: "system" },
    action: "auto_assigned",
    now: input.now,
    apply: async ({ tx, conversation, now }): Promise<MutationStep<{ assigneeId: string } | null>> => {
      const none = { patch: {}, result: null };
      // Re-read under the conversation lock: someone may have taken it over or resolved it meanwhile.
      const [current] = await tx.select({ status: handoffs.status, teamId: handoffs.teamId }).from(handoffs).where(eq(handoffs.id, input.handoffId)).limit(1);
      if (!current || current.status !== "waiting") return none;
      if (conversation.assigneeId !== null || conversation.owner !== "human" || conversation.status === "resolved") return none;
      const assigneeId = await pickAssignee(tx, current.teamId, policy.maxOpenPerAgent);
      if (!assigneeId) return none;
      await tx.update(users).set({ lastAssignedAt: now }).where(eq(users.id, assigneeId));
      return { patch: { assigneeId }, audit: { handoffId: input.handoffId, teamId: current.teamId, policy }, result: { assigneeId } };
    },
  });
  return outcome.result;
}

async function pickAssignee(tx: Db, teamId: string | null, maxOpen: number): Promise<string | null> {
  const eligible = and(
    eq(users.active, true),
    eq(users.presence, "online"),
    teamId ? sql`exists (select 1 from team_members tm where tm.user_id = ${users.id} and tm.team_id = ${teamId})` : inArray(users.role, ["agent", "supervisor"]),
    sql`${openLoad()} < ${maxOpen}`,
  );
  const candidates = () => tx.select({ id: users.id }).from(users).where(eligible).orderBy(sql`${users.lastAssignedAt} asc nulls first`, asc(users.id)).limit(1);
  // Someone another assignment is choosing right now is skipped rather than waited for…
  const [free] = await candidates().for("update", { skipLocked: true });
  if (free) return free.id;
  // …unless nobody else qualifies: then wait for that person and count their load again, since the
  // other assignment may just have filled their last slot.
  const [busy] = await candidates().for("update");
  if (!busy) return null;
  const [load] = await tx.select({ open: openLoad() }).from(users).where(eq(users.id, busy.id));
  return load && load.open < maxOpen ? busy.id : null;
}

// The person's open conversations that people own: what a new handoff would add to.
function openLoad(): SQL<number> {
  return sql<number>`(select count(*)::int from ${conversations} c where c.assignee_id = ${users.id} and c.owner = 'human' and c.status = 'open')`;
}
