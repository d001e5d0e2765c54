import { eq } from "drizzle-orm";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import { teamMembers, teams } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { UpdateTeamBody } from "@/lib/validation/people";
import { requireUniqueTeamName } from "./create-team";
import type { TeamView } from "./people-types";
import { requireActiveUsers } from "./require-known-ids";

// Renames a team (its slug stays, so rules keep working) and/or replaces its members.
export async function updateTeam(db: Db, input: { actorId: string; teamId: string; body: UpdateTeamBody }): Promise<TeamView> {
  const { body } = input;
  if (body.name !== undefined) await requireUniqueTeamName(db, body.name, input.teamId);
  const memberIds = body.memberIds === undefined ? undefined : await requireActiveUsers(db, body.memberIds);

  return db.transaction(async (tx) => {
    const [team] = await tx.select().from(teams).where(eq(teams.id, input.teamId)).for("update");
    if (!team) throw new AppError("not_found:admin", "This team no longer exists.");
    const audit = (action: string, data: Record<string, unknown>) =>
      recordAuditEvent(tx, { actorType: "user", actorId: input.actorId, action, targetType: "team", targetId: team.id, data });

    let name = team.name;
    if (body.name !== undefined && body.name !== team.name) {
      await tx.update(teams).set({ name: body.name }).where(eq(teams.id, team.id));
      await audit("people.team_renamed", { from: team.name, to: body.name });
      name = body.name;
    }
    const before = (await tx.select({ userId: teamMembers.userId }).from(teamMembers).where(eq(teamMembers.teamId, team.id))).map((row) => row.userId);
    let after = [...before].sort();
    if (memberIds !== undefined) {
      after = [...memberIds].sort();
      const added = after.filter((id) => !before.includes(id));
      const removed = before.filter((id) => !after.includes(id));
      if (added.length > 0 || removed.length > 0) {
        await tx.delete(teamMembers).where(eq(teamMembers.teamId, team.id));
        if (after.length > 0) await tx.insert(teamMembers).values(after.map((userId) => ({ teamId: team.id, userId })));
        await audit("people.team_members_changed", { added, removed });
      }
    }
    return { id: team.id, slug: team.slug, name, memberIds: after };
  });
}
