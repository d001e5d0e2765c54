import { asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { teamMembers, teams, users } from "@/lib/db/schema";
import type { Directory } from "@/lib/conversation/console-types";

// Who can take a conversation: active people with their presence and teams, and every team. Used
// for assignment, mentions and the team filter.
export async function listDirectory(db: Db): Promise<Directory> {
  const [people, memberships, teamRows] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email, role: users.role, presence: users.presence })
      .from(users)
      .where(eq(users.active, true))
      .orderBy(asc(users.name), asc(users.id)),
    db.select({ userId: teamMembers.userId, teamId: teamMembers.teamId }).from(teamMembers).orderBy(asc(teamMembers.teamId)),
    db.select({ id: teams.id, name: teams.name, slug: teams.slug }).from(teams).orderBy(asc(teams.name)),
  ]);
  const teamIdsByUser = new Map<string, string[]>();
  for (const { userId, teamId } of memberships) teamIdsByUser.set(userId, [...(teamIdsByUser.get(userId) ?? []), teamId]);
  return {
    users: people.map((person) => ({ ...person, teamIds: teamIdsByUser.get(person.id) ?? [] })),
    teams: teamRows,
  };
}
