import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/lib/db/seed";
import { knowledgeArticles } from "@/lib/db/schema";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { searchKnowledge } from "./search-knowledge";

describe.each(testDatabaseKinds())("knowledge search on %s", (kind) => {
  let database: TestDatabase;
  const today = new Date().toISOString().slice(0, 10);
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedDemoData(database.handle.db);
  });
  afterAll(() => database.dispose());

  it("finds the returns policy from a colloquial question, in the customer's language", async () => {
    const en = await searchKnowledge(database.handle.db, { query: "how many days do I have to send something back for a return?", language: "en", country: "NL", today });
    expect(en[0]?.title).toMatch(/return/i);
    expect(en[0]!.score).toBeGreaterThan(0);
    const fr = await searchKnowledge(database.handle.db, { query: "combien de jours pour retourner un article", language: "fr", country: "FR", today });
    expect(fr[0]?.locale).toBe("fr");
  });

  it("never returns drafts, archived, future-dated, expired or other-region articles", async () => {
    const all = await database.handle.db.select().from(knowledgeArticles);
    const hidden = all.filter(
      (a) => a.status !== "published" || (a.effectiveFrom && a.effectiveFrom > today) || (a.effectiveUntil && a.effectiveUntil < today),
    );
    expect(hidden.length).toBeGreaterThan(0);
    for (const article of hidden) {
      const hits = await searchKnowledge(database.handle.db, { query: article.title, language: article.locale, country: article.regions[0] ?? null, today });
      expect(hits.map((h) => h.articleId)).not.toContain(article.id);
    }
    const regional = all.find((a) => a.status === "published" && a.regions.length > 0 && !(a.effectiveFrom && a.effectiveFrom > today));
    expect(regional).toBeDefined();
    const elsewhere = await searchKnowledge(database.handle.db, { query: regional!.title, language: regional!.locale, country: "ZZ", today });
    expect(elsewhere.map((h) => h.articleId)).not.toContain(regional!.id);
    const inRegion = await searchKnowledge(database.handle.db, { query: regional!.title, language: regional!.locale, country: regional!.regions[0]!, today });
    expect(inRegion.map((h) => h.articleId)).toContain(regional!.id);
  });

  it("says nothing rather than guessing when no article matches", async () => {
    expect(await searchKnowledge(database.handle.db, { query: "quantum chromodynamics lattice", language: "en", country: "GB", today })).toEqual([]);
  });
});
