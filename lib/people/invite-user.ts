import { eq, sql } from "drizzle-orm";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { teamMembers, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { InviteUserBody } from "@/lib/validation/people";
import { getPerson } from "./list-people";
import type { InvitedPerson } from "./people-types";
import { isUniqueViolation, requireKnownTeams } from "./require-known-ids";
import { generateTemporaryPassword } from "./temporary-password";

// Creates an account with a temporary password that the admin hands over (no e-mail: the platform
// runs offline). The password is returned once and only its argon2 hash is stored.
export async function inviteUser(db: Db, input: { actorId: string; body: InviteUserBody }): Promise<InvitedPerson> {
  const { name, email, role } = input.body;
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email)).limit(1);
  if (existing) throw duplicateEmail();
  const teamIds = await requireKnownTeams(db, input.body.teamIds);
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);

  let userId: string;
  try {
    userId = await db.transaction(async (tx) => {
      const [row] = await tx.insert(users).values({ name, email, role, passwordHash }).returning({ id: users.id });
      const id = row!.id;
      if (teamIds.length > 0) await tx.insert(teamMembers).values(teamIds.map((teamId) => ({ teamId, userId: id })));
      await recordAuditEvent(tx, { actorType: "user", actorId: input.actorId, action: "people.user_invited", targetType: "user", targetId: id, data: { email, role, teamIds } });
      return id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateEmail();
    throw error;
  }
  const user = await getPerson(db, userId);
  return { user: user!, temporaryPassword };
}

function duplicateEmail(): AppError {
  return new AppError("conflict:admin", "Someone with this e-mail address already has an account.", { details: [{ field: "email", message: "Already in use." }] });
}
