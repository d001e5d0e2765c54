import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { appliedMigrationCount, hasVectorSupport, MIGRATIONS_FOLDER, MigrationError, runMigrations } from "./migrate";
import { queryRows } from "./sql-rows";
import { readdirSync } from "node:fs";
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const migrationFiles = readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith(".sql"));

describe.each(testDatabaseKinds())("migrations on %s", (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.dispose();
    database = undefined;
  });

  it("apply from an empty database and are idempotent", async () => {
    database = await createTestDatabase(kind, { migrate: false });
    await runMigrations(database.handle);
    expect(await appliedMigrationCount(database.handle)).toBe(migrationFiles.length);
    await runMigrations(database.handle);
    expect(await appliedMigrationCount(database.handle)).toBe(migrationFiles.length);
    const tables = await queryRows<{ table_name: string }>(
      database.handle.db,
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    const names = tables.map((t) => t.table_name);
    for (const table of ["users", "contacts", "inboxes", "conversations", "messages", "handoffs", "knowledge_articles", "escalation_rules", "audit_events", "orders"]) {
      expect(names).toContain(table);
    }
  });

  it("uses pgvector only where the extension is available", async () => {
    database = await createTestDatabase(kind);
    const vector = await hasVectorSupport(database.handle);
    // PGlite is loaded with the pgvector extension; Debian's stock PostgreSQL 15 has none.
    const available = await queryRows<{ present: boolean }>(
      database.handle.db,
      sql`select exists(select 1 from pg_available_extensions where name = 'vector') as present`,
    );
    expect(vector).toBe(available[0]?.present === true);
    if (kind === "pglite") expect(vector).toBe(true);
  });

  it("leaves nothing half-applied when a migration fails", async () => {
    database = await createTestDatabase(kind, { migrate: false });
    const folder = mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    const broken = path.join(folder, migrationFiles[0] ?? "0000_init.sql");
    writeFileSync(broken, `${readFileSync(broken, "utf8")}\n--> statement-breakpoint\nSELECT * FROM table_that_does_not_exist;`);
    await expect(runMigrations(database.handle, folder)).rejects.toBeInstanceOf(MigrationError);
    const tables = await queryRows<{ count: number | string }>(
      database.handle.db,
      sql`select count(*) as count from information_schema.tables where table_schema = 'public'`,
    );
    expect(Number(tables[0]?.count)).toBe(0);
  });
});
