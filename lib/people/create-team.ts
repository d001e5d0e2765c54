import { eq, like, or, sql } from "drizzle-orm";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import { teamMembers, teams } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { CreateTeamBody } from "@/lib/validation/people";
import type { TeamView } from "./people-types";
import { isUniqueViolation, requireActiveUsers } from "./require-known-ids";

// A team gets a slug from its first name; rules and routing refer to the slug, so renaming a team
// later never breaks them.
export async function createTeam(db: Db, input: { actorId: string; body: CreateTeamBody }): Promise<TeamView> {
  const { name } = input.body;
  await requireUniqueTeamName(db, name);
  const memberIds = await requireActiveUsers(db, input.body.memberIds);
  const base = slugify(name);
  const taken = new Set((await db.select({ slug: teams.slug }).from(teams).where(or(eq(teams.slug, base), like(teams.slug, `${base}-%`)))).map((row) => row.slug));
  let slug = base;
  for (let suffix = 2; taken.has(slug); suffix++) slug = `${base}-${suffix}`;

  try {
    return await db.transaction(async (tx) => {
      const [team] = await tx.insert(teams).values({ slug, name }).returning({ id: teams.id, slug: teams.slug, name: teams.name });
      if (memberIds.length > 0) await tx.insert(teamMembers).values(memberIds.map((userId) => ({ teamId: team!.id, userId })));
      await recordAuditEvent(tx, { actorType: "user", actorId: input.actorId, action: "people.team_created", targetType: "team", targetId: team!.id, data: { name, slug, memberIds } });
      return { ...team!, memberIds: [...memberIds].sort() };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict:admin", "Another team was just created with this name. Reload and try again.");
    throw error;
  }
}

export async function requireUniqueTeamName(db: Db, name: string, exceptId?: string): Promise<void> {
  const [clash] = await db.select({ id: teams.id }).from(teams).where(eq(sql`lower(${teams.name})`, name.toLowerCase())).limit(1);
  if (clash && clash.id !== exceptId) throw new AppError("conflict:admin", "A team with this name already exists.", { details: [{ field: "name", message: "Already in use." }] });
}

export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return slug || "team";
}
