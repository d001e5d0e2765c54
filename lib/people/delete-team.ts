import { and, eq, ne, sql } from "drizzle-orm";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import { conversations, escalationRules, teams } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

// Deletes a team. Refused while an escalation rule hands conversations to it (the rule would hand
// over to nobody); its open conversations fall back to the unassigned queue.
export async function deleteTeam(db: Db, input: { actorId: string; teamId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const [team] = await tx.select().from(teams).where(eq(teams.id, input.teamId)).for("update");
    if (!team) throw new AppError("not_found:admin", "This team no longer exists.");
    const rules = await tx
      .select({ name: escalationRules.name })
      .from(escalationRules)
      .where(sql`${escalationRules.action}->>'handToTeam' = ${team.slug}`);
    if (rules.length > 0) {
      throw new AppError("conflict:admin", `Escalation rules hand conversations to this team: ${rules.map((rule) => rule.name).join(", ")}. Change those rules first.`);
    }
    const [open] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(conversations)
      .where(and(eq(conversations.teamId, team.id), ne(conversations.status, "resolved")));
    await tx.delete(teams).where(eq(teams.id, team.id));
    await recordAuditEvent(tx, {
      actorType: "user",
      actorId: input.actorId,
      action: "people.team_deleted",
      targetType: "team",
      targetId: team.id,
      data: { name: team.name, slug: team.slug, openConversations: open?.count ?? 0 },
    });
  });
}
