import { eq } from "drizzle-orm";
import { assignWaitingHandoffs } from "@/lib/conversation/assign-waiting-handoffs";
import type { Db } from "@/lib/db/client";
import { type Presence, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { childLogger } from "@/lib/logger";
import { publish } from "@/lib/realtime/publish";

const log = childLogger("presence");

// Whether a person can take new conversations. Coming online also deals them the handoffs that
// waited for someone of their teams.
export async function setPresence(db: Db, input: { userId: string; presence: Presence; now?: Date }): Promise<{ presence: Presence; changed: boolean }> {
  const [before] = await db.select({ presence: users.presence, role: users.role, active: users.active }).from(users).where(eq(users.id, input.userId)).limit(1);
  if (!before || !before.active) throw new AppError("not_found:api", "Your account was not found.");
  if (before.presence === input.presence) return { presence: input.presence, changed: false };
  await db.update(users).set({ presence: input.presence }).where(eq(users.id, input.userId));
  publish({ type: "presence.changed", userId: input.userId, presence: input.presence });
  if (input.presence === "online") {
    // Best effort: the presence change stands even when the handoff sweep fails.
    await assignWaitingHandoffs(db, { userId: input.userId, role: before.role, now: input.now }).catch((error: unknown) => {
      log.warn({ err: error, userId: input.userId }, "could not assign waiting handoffs");
    });
  }
  return { presence: input.presence, changed: true };
}
