import { createHash } from "node:crypto";
import { MockEmbeddingModelV4 } from "ai/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setSemanticSearch } from "@/lib/ai/embedding-models";
import { hasVectorSupport } from "@/lib/db/migrate";
import { seedDemoData } from "@/lib/db/seed";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/databases";
import { indexKnowledgeEmbeddings } from "./index-knowledge-embeddings";
import { searchKnowledge } from "./search-knowledge";
import { semanticSearch } from "./semantic-search";

// A stand-in embedding model: words hashed into 512 dimensions, with "parcel" and "package" sharing a
// dimension, so a question with a synonym the article never uses still lands near it.
const SYNONYMS: Record<string, string> = { package: "parcel", packet: "parcel", shipment: "parcel" };
function embedText(text: string): number[] {
  const vector = new Array<number>(512).fill(0);
  for (const raw of text.toLowerCase().match(/[a-z]{4,}/g) ?? []) {
    const word = SYNONYMS[raw] ?? raw;
    const index = createHash("sha1").update(word).digest().readUInt16BE(0) % 512;
    vector[index] = (vector[index] ?? 0) + 1;
  }
  return vector;
}
const model = { id: "mock:words-512", model: new MockEmbeddingModelV4({ doEmbed: async ({ values }) => ({ embeddings: values.map((value) => embedText(String(value))), warnings: [] }) }) };

// pgvector is available on PGlite (stock PostgreSQL 15 here has no pgvector, where this path is off).
describe("semantic knowledge search with pgvector (PGlite)", () => {
  let database: TestDatabase;
  const today = new Date().toISOString().slice(0, 10);
  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    expect(await hasVectorSupport(database.handle)).toBe(true);
    await seedDemoData(database.handle.db);
  }, 120_000);
  afterAll(async () => {
    setSemanticSearch(null);
    await database.dispose();
  });

  it("embeds every published article once", async () => {
    const first = await indexKnowledgeEmbeddings(database.handle.db, model);
    expect(first).toBeGreaterThanOrEqual(30);
    expect(await indexKnowledgeEmbeddings(database.handle.db, model)).toBe(0);
  });

  it("finds articles by meaning, under the same publication and region rules", async () => {
    const hits = await semanticSearch(database.handle.db, model, { query: "package never arrived", language: "en", country: "NL", today });
    expect(hits[0]!.similarity).toBeGreaterThan(0);
    expect(hits.map((hit) => hit.articleId)).toContain((await parcelArticle())!);
  });

  it("fuses semantic and keyword results when semantic search is on", async () => {
    setSemanticSearch(model);
    const hits = await searchKnowledge(database.handle.db, { query: "package never arrived", language: "en", country: "NL", today });
    expect(hits.map((hit) => hit.articleId)).toContain((await parcelArticle())!);
    setSemanticSearch(null);
  });

  async function parcelArticle(): Promise<string | undefined> {
    const keyword = await searchKnowledge(database.handle.db, { query: "parcel has not arrived", language: "en", country: "NL", today });
    return keyword[0]?.articleId;
  }
});
