import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { auditEvents, users } from "@/lib/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { authenticateCredentials } from "./authenticate-credentials";
import { hashPassword } from "./password";

const policy = { maxFailures: 3, lockMinutes: 15 };

describe.each(testDatabaseKinds())("authenticateCredentials on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const passwordHash = await hashPassword("correct horse battery");
    await database.handle.db.insert(users).values([
      { email: "Agent@Example.com", name: "Agent", role: "agent", passwordHash },
      { email: "gone@example.com", name: "Gone", role: "agent", passwordHash, active: false },
    ]);
  });
  afterAll(() => database.dispose());

  it("signs in with the right password, case-insensitively on the e-mail", async () => {
    const result = await authenticateCredentials(database.handle.db, { email: "agent@EXAMPLE.com", password: "correct horse battery", clientKey: "a" }, policy);
    expect(result).toMatchObject({ ok: true, user: { email: "Agent@Example.com", role: "agent" } });
  });

  it("rejects a wrong password, an unknown user and a deactivated user alike", async () => {
    const db = database.handle.db;
    for (const email of ["agent@example.com", "nobody@example.com", "gone@example.com"]) {
      const result = await authenticateCredentials(db, { email, password: "wrong", clientKey: `b-${email}` }, policy);
      expect(result).toEqual({ ok: false, reason: "invalid_credentials" });
    }
    const gone = await authenticateCredentials(db, { email: "gone@example.com", password: "correct horse battery", clientKey: "c" }, policy);
    expect(gone).toEqual({ ok: false, reason: "invalid_credentials" });
  });

  it("locks an e-mail after repeated failures, even with the right password", async () => {
    const db = database.handle.db;
    await db.execute(sql`delete from login_attempts`);
    for (let i = 0; i < policy.maxFailures; i++) {
      await authenticateCredentials(db, { email: "agent@example.com", password: `nope-${i}`, clientKey: `d-${i}` }, policy);
    }
    const locked = await authenticateCredentials(db, { email: "agent@example.com", password: "correct horse battery", clientKey: "e" }, policy);
    expect(locked.ok).toBe(false);
    expect(locked).toMatchObject({ reason: "rate_limited" });
    if (!locked.ok) expect(locked.retryAt?.getTime()).toBeGreaterThan(Date.now());
  });

  it("lets no more guesses through than the limit, even in a parallel burst", async () => {
    const db = database.handle.db;
    await db.execute(sql`delete from login_attempts`);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => authenticateCredentials(db, { email: "agent@example.com", password: `burst-${i}`, clientKey: null }, policy)),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid_credentials").length).toBeLessThanOrEqual(policy.maxFailures);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited").length).toBeGreaterThanOrEqual(12 - policy.maxFailures);
    await db.execute(sql`delete from login_attempts`);
  });

  it("writes every attempt to a hash chain that detects a direct edit", async () => {
    const db = database.handle.db;
    const actions = await db.select({ action: auditEvents.action }).from(auditEvents);
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["auth.login", "auth.login_failed", "auth.login_blocked"]));
    expect(await verifyAuditChain(db)).toMatchObject({ intact: true, checked: actions.length });

    const [target] = await db.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.action, "auth.login")).limit(1);
    await db.execute(sql`update audit_events set data = '{"email":"someone-else@example.com"}' where id = ${target!.id}`);
    expect(await verifyAuditChain(db)).toMatchObject({ intact: false, brokenAtId: target!.id, problem: "content_changed" });
  });
});
