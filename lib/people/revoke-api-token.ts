import { eq } from "drizzle-orm";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import { apiTokens, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { toApiTokenView } from "./list-api-tokens";
import type { ApiTokenView } from "./people-types";

// Revokes a token: the next request with it gets 401. Revoking twice changes nothing.
export async function revokeApiToken(db: Db, input: { actorId: string; tokenId: string }): Promise<ApiTokenView> {
  const row = await db.transaction(async (tx) => {
    const [token] = await tx.select().from(apiTokens).where(eq(apiTokens.id, input.tokenId)).for("update");
    if (!token) throw new AppError("not_found:admin", "This API token does not exist.");
    if (token.revokedAt) return token;
    const [revoked] = await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, token.id)).returning();
    await recordAuditEvent(tx, {
      actorType: "user",
      actorId: input.actorId,
      action: "api_token.revoked",
      targetType: "api_token",
      targetId: token.id,
      data: { name: token.name, prefix: token.prefix },
    });
    return revoked!;
  });
  const [creator] = row.createdById ? await db.select({ name: users.name }).from(users).where(eq(users.id, row.createdById)).limit(1) : [];
  return toApiTokenView(row, creator?.name ?? null);
}
