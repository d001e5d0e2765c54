import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { authenticateApiToken } from "@/lib/api-v1/authenticate-api-token";
import { apiTokens, auditEvents } from "@/lib/db/schema";
import { createPerson, useConsoleWorld } from "@/lib/testing/console-write-fixtures";
import { testDatabaseKinds } from "@/lib/testing/databases";
import { createApiTokenBodySchema } from "@/lib/validation/people";
import { hashApiToken } from "./api-token-secret";
import { createApiToken } from "./create-api-token";
import { listApiTokens } from "./list-api-tokens";
import { revokeApiToken } from "./revoke-api-token";

describe.each(testDatabaseKinds())("API tokens on %s", (kind) => {
  const { db } = useConsoleWorld(kind, { people: false });

  it("stores only the hash and prefix, shows the secret once, lists and revokes, and audits without the secret", async () => {
    const admin = await createPerson(db(), { name: "Ada Admin", role: "admin" });
    const body = createApiTokenBodySchema.parse({ name: "BI export", scopes: ["metrics:read", "conversations:read", "metrics:read"], expiresInDays: 30 });
    expect(body.scopes).toEqual(["conversations:read", "metrics:read"]);
    const now = new Date("2030-01-01T00:00:00Z");
    const { token, secret } = await createApiToken(db(), { actorId: admin.id, body, now });

    expect(secret.startsWith(token.prefix)).toBe(true);
    expect(token).toMatchObject({ name: "BI export", scopes: ["conversations:read", "metrics:read"], state: "active", expiresAt: "2030-01-31T00:00:00.000Z", createdBy: { id: admin.id, name: "Ada Admin" }, lastUsedAt: null });
    const [row] = await db().select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(row!.tokenHash).toBe(hashApiToken(secret));
    expect(JSON.stringify(row)).not.toContain(secret);

    expect((await listApiTokens(db(), now)).find((listed) => listed.id === token.id)).toEqual(token);
    const revoked = await revokeApiToken(db(), { actorId: admin.id, tokenId: token.id });
    expect(revoked).toMatchObject({ state: "revoked", revokedAt: expect.any(String) });
    expect(await revokeApiToken(db(), { actorId: admin.id, tokenId: token.id })).toMatchObject({ revokedAt: revoked.revokedAt });

    const audit = await db().select().from(auditEvents).where(eq(auditEvents.targetId, token.id)).orderBy(auditEvents.id);
    expect(audit.map((event) => [event.action, event.actorId])).toEqual([
      ["api_token.created", admin.id],
      ["api_token.revoked", admin.id],
    ]);
    expect(audit[0]!.data).toEqual({ name: "BI export", prefix: token.prefix, scopes: ["conversations:read", "metrics:read"], expiresAt: "2030-01-31T00:00:00.000Z" });
    expect(JSON.stringify(audit)).not.toContain(secret);
    expect(JSON.stringify(audit)).not.toContain(row!.tokenHash);
  });

  it("rejects bad create bodies", () => {
    expect(createApiTokenBodySchema.safeParse({ name: "x", scopes: [] }).success).toBe(false);
    expect(createApiTokenBodySchema.safeParse({ name: "x", scopes: ["admin:all"] }).success).toBe(false);
    expect(createApiTokenBodySchema.safeParse({ name: "", scopes: ["contacts:read"] }).success).toBe(false);
    expect(createApiTokenBodySchema.parse({ name: "x", scopes: ["contacts:read"] }).expiresInDays).toBeNull();
  });

  it("authenticates bearer tokens: 401 missing/malformed/unknown/revoked/expired, 403 without the scope, last use recorded", async () => {
    const admin = await createPerson(db(), { name: "Ada Admin", role: "admin" });
    const { token, secret } = await createApiToken(db(), { actorId: admin.id, body: { name: "reader", scopes: ["conversations:read"], expiresInDays: 1 } });
    const bearer = `Bearer ${secret}`;

    const principal = await authenticateApiToken(db(), bearer, "conversations:read");
    expect(principal).toEqual({ id: token.id, name: "reader", scopes: ["conversations:read"], createdById: admin.id });
    const [used] = await db().select({ lastUsedAt: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(used!.lastUsedAt).toBeInstanceOf(Date);

    await expect(authenticateApiToken(db(), bearer, "contacts:read")).rejects.toMatchObject({ code: "forbidden:api", message: "This token lacks the scope contacts:read." });
    await expect(authenticateApiToken(db(), null, "conversations:read")).rejects.toMatchObject({ code: "unauthorized:api" });
    await expect(authenticateApiToken(db(), secret, "conversations:read")).rejects.toMatchObject({ code: "unauthorized:api" });
    await expect(authenticateApiToken(db(), "Bearer nope", "conversations:read")).rejects.toMatchObject({ code: "unauthorized:api", message: "This API token is not valid." });
    await expect(authenticateApiToken(db(), `Bearer wsc_${"A".repeat(43)}`, "conversations:read")).rejects.toMatchObject({ code: "unauthorized:api", message: "This API token is not valid." });
    await expect(authenticateApiToken(db(), bearer, "conversations:read", new Date(Date.now() + 2 * 24 * 3600_000))).rejects.toMatchObject({ code: "unauthorized:api", message: "This API token has expired." });

    await revokeApiToken(db(), { actorId: admin.id, tokenId: token.id });
    await expect(authenticateApiToken(db(), bearer, "conversations:read")).rejects.toMatchObject({ code: "unauthorized:api", message: "This API token was revoked." });
  });
});
