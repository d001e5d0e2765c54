import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { teams, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

// Ids sent by the browser must name rows that exist (teams) or people who still have access.
export async function requireKnownTeams(db: Db, teamIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(teamIds)];
  if (unique.length === 0) return [];
  const found = await db.select({ id: teams.id }).from(teams).where(inArray(teams.id, unique));
  if (found.length !== unique.length) throw new AppError("bad_request:admin", "One of the teams no longer exists. Reload the page and try again.", { details: [{ field: "teamIds", message: "Unknown team." }] });
  return unique;
}

export async function requireActiveUsers(db: Db, userIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return [];
  const found = await db.select({ id: users.id }).from(users).where(and(inArray(users.id, unique), eq(users.active, true)));
  if (found.length !== unique.length) throw new AppError("bad_request:admin", "Only active people can be team members. Reload the page and try again.", { details: [{ field: "memberIds", message: "Unknown or deactivated person." }] });
  return unique;
}

// Drivers wrap the database error differently (postgres.js directly, drizzle as `cause`).
export function isUniqueViolation(error: unknown): boolean {
  let current = error;
  for (let depth = 0; depth < 4 && typeof current === "object" && current !== null; depth++) {
    const record = current as { code?: unknown; cause?: unknown };
    if (record.code === "23505") return true;
    current = record.cause;
  }
  return false;
}
