import { eq } from "drizzle-orm";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import { apiTokens, users } from "@/lib/db/schema";
import type { CreateApiTokenInput } from "@/lib/validation/people";
import { generateApiTokenSecret } from "./api-token-secret";
import { toApiTokenView } from "./list-api-tokens";
import type { CreatedApiToken } from "./people-types";

const DAY_MS = 24 * 3600_000;

// A new token for /api/v1. The secret is returned once; the database keeps its SHA-256 and prefix,
// and the audit log keeps its name, scopes and prefix (never the secret).
export async function createApiToken(db: Db, input: { actorId: string; body: CreateApiTokenInput; now?: Date }): Promise<CreatedApiToken> {
  const now = input.now ?? new Date();
  const { name, scopes, expiresInDays } = input.body;
  const { secret, prefix, hash } = generateApiTokenSecret();
  const expiresAt = expiresInDays === null ? null : new Date(now.getTime() + expiresInDays * DAY_MS);

  const row = await db.transaction(async (tx) => {
    const [token] = await tx.insert(apiTokens).values({ name, prefix, tokenHash: hash, scopes, expiresAt, createdById: input.actorId, createdAt: now }).returning();
    await recordAuditEvent(tx, {
      actorType: "user",
      actorId: input.actorId,
      action: "api_token.created",
      targetType: "api_token",
      targetId: token!.id,
      data: { name, prefix, scopes, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return token!;
  });
  const [creator] = await db.select({ name: users.name }).from(users).where(eq(users.id, input.actorId)).limit(1);
  return { token: toApiTokenView(row, creator?.name ?? null, now), secret };
}
