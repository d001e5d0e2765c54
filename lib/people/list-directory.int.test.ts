import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { insertPerson, insertTeam } from "@/lib/testing/console-read-fixtures";
import { listDirectory } from "./list-directory";

describe.each(testDatabaseKinds())("directory on %s", (kind) => {
  let database: TestDatabase;
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database.dispose();
  });

  it("lists active people with presence and teams, and every team", async () => {
    const support = await insertTeam(db(), "support", "Customer Support");
    const billing = await insertTeam(db(), "billing", "Billing & Payments");
    const ben = await insertPerson(db(), "Ben Müller", { teamIds: [support.id, billing.id], presence: "online" });
    const ana = await insertPerson(db(), "Ana Costa", { presence: "away" });
    await insertPerson(db(), "Former Colleague", { teamIds: [support.id], active: false });

    const directory = await listDirectory(db());
    expect(directory.users).toEqual([
      { id: ana.id, name: "Ana Costa", email: ana.email, role: "agent", presence: "away", teamIds: [] },
      { id: ben.id, name: "Ben Müller", email: ben.email, role: "agent", presence: "online", teamIds: [support.id, billing.id].sort() },
    ]);
    expect(directory.teams).toEqual([
      { id: billing.id, name: "Billing & Payments", slug: "billing" },
      { id: support.id, name: "Customer Support", slug: "support" },
    ]);
  });
});
