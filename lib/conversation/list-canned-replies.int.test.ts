import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cannedReplies } from "@/lib/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { listCannedReplies } from "./list-canned-replies";

describe.each(testDatabaseKinds())("canned replies on %s", (kind) => {
  let database: TestDatabase;
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await db()
      .insert(cannedReplies)
      .values([
        { shortcut: "greet", title: "Greeting", body: "Hi {{contact.first_name}}", language: "en" },
        { shortcut: "greet-fr", title: "Salutation", body: "Bonjour {{contact.first_name}}", language: "fr" },
        { shortcut: "address", title: "Our address", body: "Northwind Home, Tilburg", language: null },
      ]);
  });
  afterAll(async () => {
    await database.dispose();
  });

  it("lists replies by shortcut, and for a language those in it plus those for every language", async () => {
    expect((await listCannedReplies(db())).map((reply) => reply.shortcut)).toEqual(["address", "greet", "greet-fr"]);
    const french = await listCannedReplies(db(), { language: "fr" });
    expect(french.map((reply) => reply.shortcut)).toEqual(["address", "greet-fr"]);
    expect(french[1]).toEqual({ id: expect.any(String), shortcut: "greet-fr", title: "Salutation", body: "Bonjour {{contact.first_name}}", language: "fr" });
  });
});
