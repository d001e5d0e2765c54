import { and, asc, eq, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { conversations, handoffs, type Role } from "@/lib/db/schema";
import { childLogger } from "@/lib/logger";
import { autoAssignHandoff } from "./auto-assign-handoff";

const log = childLogger("assignment");
const BATCH = 50;

// Someone came online: handoffs that waited with nobody to take them are dealt out again, oldest
// first, through the same round-robin picker (so the newcomer gets them only in turn with others).
export async function assignWaitingHandoffs(db: Db, input: { userId: string; role: Role; now?: Date }): Promise<number> {
  const reachable: SQL | undefined = or(
    sql`${handoffs.teamId} in (select tm.team_id from team_members tm where tm.user_id = ${input.userId})`,
    input.role === "admin" ? undefined : isNull(handoffs.teamId),
  );
  const waiting = await db
    .select({ id: handoffs.id })
    .from(handoffs)
    .innerJoin(conversations, eq(conversations.id, handoffs.conversationId))
    .where(and(eq(handoffs.status, "waiting"), isNull(conversations.assigneeId), eq(conversations.owner, "human"), ne(conversations.status, "resolved"), reachable))
    .orderBy(asc(handoffs.createdAt))
    .limit(BATCH);
  let assigned = 0;
  for (const handoff of waiting) {
    try {
      if (await autoAssignHandoff(db, { handoffId: handoff.id, now: input.now })) assigned += 1;
    } catch (error) {
      log.warn({ err: error, handoffId: handoff.id }, "could not assign a waiting handoff");
    }
  }
  return assigned;
}
