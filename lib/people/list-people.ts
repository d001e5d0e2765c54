import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { teamMembers, teams, users } from "@/lib/db/schema";
import type { PeopleDirectory, PersonView, TeamView } from "./people-types";

// Everyone who has an account (active first, then by name) and every team with its members.
export async function listPeople(db: Db): Promise<PeopleDirectory> {
  const [people, memberships, teamRows] = await Promise.all([
    db.select(personColumns).from(users).orderBy(desc(users.active), asc(users.name), asc(users.id)),
    db.select({ userId: teamMembers.userId, teamId: teamMembers.teamId }).from(teamMembers),
    db.select({ id: teams.id, slug: teams.slug, name: teams.name }).from(teams).orderBy(asc(teams.name), asc(teams.id)),
  ]);
  const byUser = group(memberships, (row) => row.userId, (row) => row.teamId);
  const byTeam = group(memberships, (row) => row.teamId, (row) => row.userId);
  return {
    users: people.map((person) => toPersonView(person, byUser.get(person.id) ?? [])),
    teams: teamRows.map((team): TeamView => ({ ...team, memberIds: byTeam.get(team.id) ?? [] })),
  };
}

export async function getPerson(db: Db, userId: string): Promise<PersonView | null> {
  const [person] = await db.select(personColumns).from(users).where(eq(users.id, userId)).limit(1);
  if (!person) return null;
  const memberships = await db.select({ teamId: teamMembers.teamId }).from(teamMembers).where(eq(teamMembers.userId, userId));
  return toPersonView(person, memberships.map((row) => row.teamId));
}

const personColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  active: users.active,
  presence: users.presence,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

type PersonRow = { id: string; name: string; email: string; role: PersonView["role"]; active: boolean; presence: PersonView["presence"]; lastLoginAt: Date | null; createdAt: Date };

function toPersonView(person: PersonRow, teamIds: string[]): PersonView {
  return {
    ...person,
    teamIds: [...teamIds].sort(),
    lastLoginAt: person.lastLoginAt?.toISOString() ?? null,
    createdAt: person.createdAt.toISOString(),
  };
}

function group<T>(rows: T[], key: (row: T) => string, value: (row: T) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), value(row)]);
  for (const values of map.values()) values.sort();
  return map;
}
