import { and, eq } from "drizzle-orm";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import { teamMembers, users, type Role } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { publish } from "@/lib/realtime/publish";
import type { UpdateUserBody } from "@/lib/validation/people";
import { getPerson } from "./list-people";
import type { PersonView } from "./people-types";
import { requireKnownTeams } from "./require-known-ids";

// Renames, changes the role, (de)activates or sets the teams of one person. Access is re-read from
// the database on every request, so a deactivation or role change applies to the very next one.
// Guards: nobody removes themselves from admin or deactivates themselves, and the last active admin
// can be neither demoted nor deactivated (the active admins are locked while deciding, so two
// admins demoting each other at once cannot both succeed).
export async function updateUser(db: Db, input: { actorId: string; userId: string; changes: UpdateUserBody }): Promise<PersonView> {
  const { changes } = input;
  const teamIds = changes.teamIds === undefined ? undefined : await requireKnownTeams(db, changes.teamIds);
  let wentOffline = false;

  await db.transaction(async (tx) => {
    const activeAdmins = await tx.select({ id: users.id }).from(users).where(and(eq(users.role, "admin"), eq(users.active, true))).for("update");
    const [target] = await tx
      .select({ id: users.id, name: users.name, role: users.role, active: users.active, presence: users.presence })
      .from(users)
      .where(eq(users.id, input.userId))
      .for("update");
    if (!target) throw new AppError("not_found:admin", "This person no longer exists.");

    const nextRole: Role = changes.role ?? target.role;
    const nextActive = changes.active ?? target.active;
    const losesAdmin = target.role === "admin" && target.active && (nextRole !== "admin" || !nextActive);
    if (input.actorId === target.id && !nextActive) throw new AppError("conflict:admin", "You cannot deactivate your own account. Ask another admin.");
    if (input.actorId === target.id && nextRole !== "admin") throw new AppError("conflict:admin", "You cannot remove your own admin role. Ask another admin.");
    if (losesAdmin && activeAdmins.length <= 1) {
      throw new AppError("conflict:admin", "This is the last active admin. Make someone else an admin first.");
    }

    const audit = (action: string, data: Record<string, unknown> = {}) =>
      recordAuditEvent(tx, { actorType: "user", actorId: input.actorId, action, targetType: "user", targetId: target.id, data });

    const set: Partial<typeof users.$inferInsert> = {};
    if (changes.name !== undefined && changes.name !== target.name) {
      set.name = changes.name;
      await audit("people.user_renamed", { from: target.name, to: changes.name });
    }
    if (nextRole !== target.role) {
      set.role = nextRole;
      await audit("people.user_role_changed", { from: target.role, to: nextRole });
    }
    if (nextActive !== target.active) {
      set.active = nextActive;
      if (!nextActive) {
        set.presence = "offline";
        wentOffline = target.presence !== "offline";
      }
      await audit(nextActive ? "people.user_reactivated" : "people.user_deactivated");
    }
    if (Object.keys(set).length > 0) await tx.update(users).set({ ...set, updatedAt: new Date() }).where(eq(users.id, target.id));

    if (teamIds !== undefined) {
      const before = (await tx.select({ teamId: teamMembers.teamId }).from(teamMembers).where(eq(teamMembers.userId, target.id))).map((row) => row.teamId).sort();
      const after = [...teamIds].sort();
      if (before.join() !== after.join()) {
        await tx.delete(teamMembers).where(eq(teamMembers.userId, target.id));
        if (after.length > 0) await tx.insert(teamMembers).values(after.map((teamId) => ({ teamId, userId: target.id })));
        await audit("people.user_teams_changed", { from: before, to: after });
      }
    }
  });

  if (wentOffline) publish({ type: "presence.changed", userId: input.userId, presence: "offline" });
  const person = await getPerson(db, input.userId);
  return person!;
}
