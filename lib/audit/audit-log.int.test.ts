import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { auditEvents, type User } from "@/lib/db/schema";
import { createPerson } from "@/lib/testing/console-write-fixtures";
import { connectionUrl, createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { exportAuditCsv } from "./export-audit-csv";
import { listAuditEvents } from "./list-audit-events";
import { recordAuditEvent } from "./record-audit-event";
import { verifyAuditChain } from "./verify-audit-chain";

const run = promisify(execFile);

describe.each(testDatabaseKinds())("audit log on %s", (kind) => {
  let database: TestDatabase;
  let alice: User;
  let embeddedDir = "";
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    alice = await createPerson(db(), { name: "Alice Admin", role: "admin" });
    await recordAuditEvent(db(), { actorType: "user", actorId: alice.id, action: "auth.login", targetType: "user", targetId: alice.id });
    await recordAuditEvent(db(), { actorType: "user", actorId: alice.id, action: "settings.updated", targetType: "setting", targetId: "csat.enabled", data: { before: true, after: false } });
    await recordAuditEvent(db(), { actorType: "bot", action: "agent.tool.get_order", targetType: "conversation", targetId: "c-1", data: { status: "executed", durationMs: 12 } });
    await recordAuditEvent(db(), { actorType: "user", actorId: alice.id, action: "conversation.resolved", targetType: "conversation", targetId: "c-1" });
    await recordAuditEvent(db(), { actorType: "system", action: "auth.login_failed", data: { email: "nobody@example.com" } });
    // An old entry, for the date range.
    await recordAuditEvent(db(), { actorType: "user", actorId: alice.id, action: "knowledge.published", targetType: "article", targetId: "a-1" });
  });
  afterAll(async () => {
    await database.dispose();
    await rm(embeddedDir, { recursive: true, force: true });
  });

  const actions = async (filters: Parameters<typeof listAuditEvents>[1]["filters"]) => (await listAuditEvents(db(), { filters, limit: 50 })).entries.map((entry) => entry.action);

  it("filters by kind, action, actor, target and date range, newest first", async () => {
    expect(await actions({ group: "auth" })).toEqual(["auth.login_failed", "auth.login"]);
    expect(await actions({ group: "agent_tools" })).toEqual(["agent.tool.get_order"]);
    expect(await actions({ group: "settings" })).toEqual(["settings.updated"]);
    expect(await actions({ group: "knowledge" })).toEqual(["knowledge.published"]);
    expect(await actions({ action: "conversation." })).toEqual(["conversation.resolved"]);
    expect(await actions({ actor: "alice admin" })).toEqual(["knowledge.published", "conversation.resolved", "settings.updated", "auth.login"]);
    expect(await actions({ actor: alice.email, group: "auth" })).toEqual(["auth.login"]);
    expect(await actions({ actor: "bot" })).toEqual(["agent.tool.get_order"]);
    expect(await actions({ target: "conversation:c-1" })).toEqual(["conversation.resolved", "agent.tool.get_order"]);
    expect(await actions({ target: "article" })).toEqual(["knowledge.published"]);

    const today = new Date().toISOString().slice(0, 10);
    expect(await actions({ from: today, to: today })).toHaveLength(6);
    expect(await actions({ to: "2020-01-01" })).toEqual([]);
    expect(await actions({ from: "2999-01-01" })).toEqual([]);

    const [entry] = (await listAuditEvents(db(), { filters: { group: "settings" }, limit: 1 })).entries;
    expect(entry).toMatchObject({ actorType: "user", actor: { name: "Alice Admin", email: alice.email }, targetType: "setting", targetId: "csat.enabled", data: { before: true, after: false } });
  });

  it("pages with a keyset cursor on the id", async () => {
    const first = await listAuditEvents(db(), { filters: {}, limit: 4 });
    expect(first.entries).toHaveLength(4);
    expect(first.nextCursor).toBe(first.entries.at(-1)!.id);
    const second = await listAuditEvents(db(), { filters: {}, cursor: first.nextCursor!, limit: 4 });
    expect(second.nextCursor).toBeNull();
    const ids = [...first.entries, ...second.entries].map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it("exports the filtered entries as CSV and audits the export", async () => {
    const { csv, rows } = await exportAuditCsv(db(), { filters: { group: "auth" }, userId: alice.id });
    expect(rows).toBe(2);
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("id,at,actor_type,actor_id,actor_name,actor_email,action,target_type,target_id,data,hash");
    expect(lines[1]).toContain(",auth.login_failed,");
    expect(lines[1]).toContain('"{""email"":""nobody@example.com""}"');
    const [exported] = await db().select().from(auditEvents).where(eq(auditEvents.action, "audit.exported"));
    expect(exported).toMatchObject({ actorType: "user", actorId: alice.id, data: { rows: 2, filters: { group: "auth" } } });
    expect(await actions({ group: "exports" })).toEqual(["audit.exported"]);
    expect(await verifyAuditChain(db())).toMatchObject({ intact: true, checked: 7 });
  });

  it("detects a row edited in the database, then a deleted row, and the command exits non-zero", async () => {
    if (kind === "pglite") embeddedDir = await mkdtemp(path.join(tmpdir(), "audit-verify-"));
    const verify = () => verifyCommand(database, embeddedDir);
    const intact = await verify();
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/intact \(\d+ entries/);

    const [settingsRow] = await db().select().from(auditEvents).where(eq(auditEvents.action, "settings.updated"));
    const original = settingsRow!.data;
    await db().execute(sql`update audit_events set data = ${JSON.stringify({ before: true, after: true })}::jsonb where id = ${settingsRow!.id}`);
    expect(await verifyAuditChain(db())).toMatchObject({ intact: false, brokenAtId: settingsRow!.id, problem: "content_changed", brokenRow: { action: "settings.updated" } });
    const edited = await verify();
    expect(edited.code).toBe(1);
    expect(edited.stderr).toContain(`BROKEN: entry #${settingsRow!.id} (settings.updated`);

    // Put it back: intact again. Then delete a row in the middle: its successor's link breaks.
    await db().execute(sql`update audit_events set data = ${JSON.stringify(original)}::jsonb where id = ${settingsRow!.id}`);
    expect(await verifyAuditChain(db())).toMatchObject({ intact: true });
    const [toolRow] = await db().select().from(auditEvents).where(eq(auditEvents.action, "agent.tool.get_order"));
    await db().delete(auditEvents).where(eq(auditEvents.id, toolRow!.id));
    const verdict = await verifyAuditChain(db());
    expect(verdict).toMatchObject({ intact: false, problem: "link_broken", lastGoodId: settingsRow!.id });
    expect(verdict.intact === false && verdict.brokenAtId).toBeGreaterThan(toolRow!.id);
    const deleted = await verify();
    expect(deleted.code).toBe(1);
    expect(deleted.stderr).toContain(`after #${settingsRow!.id} was deleted or altered`);
  });
});

// `npm run audit:verify` as an operator runs it: against DATABASE_URL, or the embedded database in
// DATA_DIR. PGlite allows one process, so the embedded case copies the chain into a data directory.
async function verifyCommand(database: TestDatabase, dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", LOG_LEVEL: "silent" };
  if (database.handle.kind === "postgres") env.DATABASE_URL = connectionUrl(database);
  else {
    delete env.DATABASE_URL;
    const copy = await openDatabase({ kind: "pglite", dataDir });
    await runMigrations(copy);
    const rows = await database.handle.db.select().from(auditEvents).orderBy(auditEvents.id);
    await copy.db.delete(auditEvents);
    if (rows.length > 0) await copy.db.insert(auditEvents).values(rows);
    await copy.close();
    env.DATA_DIR = dataDir;
  }
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "scripts/verify-audit-chain.ts"], { env, cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}
