import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKinds } from "@/lib/testing/databases";
import { checkReadiness } from "./check-readiness";
import { setDatabase } from "./client";

describe.each(testDatabaseKinds())("readiness on %s", (kind) => {
  afterEach(() => setDatabase(undefined));

  it("is ready once every migration is applied", async () => {
    const database = await createTestDatabase(kind);
    setDatabase(database.handle);
    expect(await checkReadiness()).toMatchObject({ ready: true, database: kind });
    await database.dispose();
  });

  it("reports pending migrations", async () => {
    const database = await createTestDatabase(kind, { migrate: false });
    setDatabase(database.handle);
    const readiness = await checkReadiness();
    expect(readiness.ready).toBe(false);
    await database.dispose();
  });

  it("says why when the database is unreachable", async () => {
    const database = await createTestDatabase(kind);
    setDatabase(database.handle);
    await database.dispose();
    const readiness = await checkReadiness();
    expect(readiness).toMatchObject({ ready: false, reason: expect.stringMatching(/^database unreachable: /) });
  });
});
