import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBuiltinConnectors } from "@/lib/agent/connectors/builtin/create-builtin-connectors";
import { loadAgentPolicy } from "@/lib/agent/load-agent-policy";
import { OUT_OF_SCOPE_THRESHOLD } from "@/lib/ai/offline/nlu/classifier";
import { resolveLanguageModel } from "@/lib/ai/providers";
import { seedDemoData } from "@/lib/db/seed";
import { agentTurns, auditEvents, conversations, knowledgeArticles, knowledgeArticleVersions, messages, orders, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { searchKnowledge } from "@/lib/knowledge/search-knowledge";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/lib/testing/databases";
import { articleInputSchema, testQuestionSchema, updateArticleSchema } from "@/lib/validation/knowledge";
import { createArticle } from "./create-article";
import { diffArticleVersions } from "./diff-article-versions";
import { getArticle } from "./get-article";
import { importArticleFile } from "./import-article-file";
import { listArticleVersions } from "./list-article-versions";
import { listArticles } from "./list-articles";
import { minimalPdf } from "./minimal-pdf";
import { restoreArticleVersion } from "./restore-article-version";
import { testKnowledgeQuestion, type TestQuestionDeps } from "./test-knowledge-question";
import { updateArticle } from "./update-article";

const DAY_MS = 24 * 3600_000;
const today = new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

describe.each(testDatabaseKinds())("knowledge base administration on %s", (kind) => {
  let database: TestDatabase;
  let adminId: string;
  let deps: TestQuestionDeps;
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedDemoData(db());
    const [admin] = await db().select({ id: users.id }).from(users).where(eq(users.role, "admin")).limit(1);
    adminId = admin!.id;
    deps = {
      model: resolveLanguageModel({ AI_MODEL: "offline", AI_BASE_URL: undefined, AI_API_KEY: undefined }),
      connectors: createBuiltinConnectors(db()),
      policy: await loadAgentPolicy(db()),
      confidenceThreshold: OUT_OF_SCOPE_THRESHOLD,
    };
  }, 120_000);
  afterAll(() => database.dispose());

  const draft = (fields: Partial<ReturnType<typeof articleInputSchema.parse>> & { title: string; body: string }) => articleInputSchema.parse({ ...fields });
  const search = (query: string, on = today, country: string | null = "NL") => searchKnowledge(db(), { query, language: "en", country, today: on });
  // The ids the agent's search returns (other articles may match some of the words too).
  const found = async (query: string, on = today, country: string | null = "NL") => (await search(query, on, country)).map((hit) => hit.articleId);

  it("makes every save a version with its author, diffs any two, and restores by adding a version", async () => {
    const created = await createArticle(db(), { authorId: adminId, article: draft({ title: "Gift card balance", body: "Gift cards are valid for 12 months.\nCheck the balance online." }) });
    expect(created.version).toBe(1);
    const v2 = await updateArticle(db(), {
      articleId: created.id,
      authorId: adminId,
      update: updateArticleSchema.parse({ expectedVersion: 1, title: "Gift card balance and validity", body: "Gift cards are valid for 24 months.\nCheck the balance online.", tags: ["gift-cards"] }),
    });
    expect(v2.version).toBe(2);

    // Someone still editing version 1 cannot overwrite version 2.
    const stale = updateArticle(db(), { articleId: created.id, authorId: adminId, update: updateArticleSchema.parse({ expectedVersion: 1, title: "Old", body: "Old" }) });
    await expect(stale).rejects.toMatchObject({ type: "conflict" });

    const versions = await listArticleVersions(db(), created.id);
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions.every((v) => v.authorName === "Alex Admin" || typeof v.authorName === "string")).toBe(true);

    const diff = await diffArticleVersions(db(), { articleId: created.id, from: 2, to: 1 });
    expect([diff.from.version, diff.to.version]).toEqual([1, 2]);
    expect(diff.body).toEqual([
      { kind: "removed", value: "Gift cards are valid for 12 months.\n" },
      { kind: "added", value: "Gift cards are valid for 24 months.\n" },
      { kind: "same", value: "Check the balance online.\n" },
    ]);
    expect(diff.fields).toEqual([{ field: "tags", label: "Tags", before: "—", after: "gift-cards" }]);

    const restored = await restoreArticleVersion(db(), { articleId: created.id, version: 1, expectedVersion: 2, authorId: adminId });
    expect(restored.version).toBe(3);
    const article = await getArticle(db(), created.id);
    expect({ title: article.title, body: article.body, tags: article.tags, version: article.version }).toEqual({
      title: "Gift card balance",
      body: "Gift cards are valid for 12 months.\nCheck the balance online.",
      tags: [],
      version: 3,
    });
    expect((await listArticleVersions(db(), created.id)).map((v) => v.version)).toEqual([3, 2, 1]);

    const audit = await db().select().from(auditEvents).where(eq(auditEvents.targetId, created.id)).orderBy(auditEvents.id);
    expect(audit.map((event) => event.action)).toEqual(["knowledge.article.created", "knowledge.article.updated", "knowledge.article.restored"]);
    expect(audit[1]!.data).toMatchObject({ version: 2, before: { body: "Gift cards are valid for 12 months.\nCheck the balance online." }, after: { body: "Gift cards are valid for 24 months.\nCheck the balance online." } });
    expect(audit[2]!.data).toMatchObject({ version: 3, restoredFrom: 1 });
  });

  it("puts a published article in front of the agent the moment the save commits, and takes it away on unpublish", async () => {
    const words = "zanzibar espresso voucher";
    const created = await createArticle(db(), { authorId: adminId, article: draft({ title: "Zanzibar espresso voucher", body: "The Zanzibar espresso voucher gives 15% off descaler." }) });
    expect(await found(words)).not.toContain(created.id);

    await updateArticle(db(), { articleId: created.id, authorId: adminId, update: updateArticleSchema.parse({ expectedVersion: 1, title: "Zanzibar espresso voucher", body: "The Zanzibar espresso voucher gives 20% off descaler.", status: "published" }) });
    const live = await search(words);
    expect(live[0]?.articleId).toBe(created.id);
    expect(live[0]?.snippet).toContain("20% off");

    const audit = await db().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.targetId, created.id));
    expect(audit.map((event) => event.action)).toContain("knowledge.article.published");

    await updateArticle(db(), { articleId: created.id, authorId: adminId, update: updateArticleSchema.parse({ expectedVersion: 2, title: "Zanzibar espresso voucher", body: "Gone.", status: "archived" }) });
    expect(await found(words)).not.toContain(created.id);
  });

  it("applies a future effective date on that date, an end date after it, and regions always", async () => {
    const created = await createArticle(db(), {
      authorId: adminId,
      article: draft({ title: "Kilimanjaro grinder recall", body: "Kilimanjaro grinders from batch 7 are recalled.", status: "published", effectiveFrom: inDays(3), effectiveUntil: inDays(10), regions: ["NL"] }),
    });
    const words = "kilimanjaro grinder recall";
    expect(await found(words)).not.toContain(created.id);
    expect(await found(words, inDays(2))).not.toContain(created.id);
    expect((await found(words, inDays(3)))[0]).toBe(created.id);
    expect((await found(words, inDays(10)))[0]).toBe(created.id);
    expect(await found(words, inDays(11))).not.toContain(created.id);
    expect(await found(words, inDays(3), "BE")).not.toContain(created.id);

    const listed = await listArticles(db(), { q: "Kilimanjaro", limit: 10 });
    expect(listed.articles.map((a) => a.availability)).toEqual(["scheduled"]);
  });

  it("imports several files, keeping every good one when others fail", async () => {
    const files = [
      { fileName: "warranty.md", bytes: new TextEncoder().encode("# Warranty on grinders\n\nGrinders have a 3-year warranty.") },
      { fileName: "notes.docx", bytes: new TextEncoder().encode("not supported") },
      { fileName: "descaling.pdf", bytes: minimalPdf([["Descale every 3 months with citric acid."]], { title: "Descaling guide" }) },
      { fileName: "scan.pdf", bytes: minimalPdf([[]]) },
      { fileName: "empty.txt", bytes: new TextEncoder().encode("   ") },
    ];
    const before = (await db().select({ n: count() }).from(knowledgeArticles))[0]!.n;
    const outcomes: { fileName: string; ok: boolean; reason?: string; id?: string }[] = [];
    for (const file of files) {
      try {
        const imported = await importArticleFile(db(), { authorId: adminId, file, locale: "en", tags: ["imported"] });
        outcomes.push({ fileName: file.fileName, ok: true, id: imported.id });
      } catch (error) {
        outcomes.push({ fileName: file.fileName, ok: false, reason: error instanceof AppError ? (error.details as { reason: string }).reason : "unexpected" });
      }
    }
    expect(outcomes.map(({ fileName, ok, reason }) => ({ fileName, ok, reason }))).toEqual([
      { fileName: "warranty.md", ok: true, reason: undefined },
      { fileName: "notes.docx", ok: false, reason: "unsupported_type" },
      { fileName: "descaling.pdf", ok: true, reason: undefined },
      { fileName: "scan.pdf", ok: false, reason: "empty_text" },
      { fileName: "empty.txt", ok: false, reason: "empty_text" },
    ]);
    expect((await db().select({ n: count() }).from(knowledgeArticles))[0]!.n).toBe(before + 2);
    const pdfArticle = await getArticle(db(), outcomes[2]!.id!);
    expect({ title: pdfArticle.title, status: pdfArticle.status, tags: pdfArticle.tags }).toEqual({ title: "Descaling guide", status: "draft", tags: ["imported"] });
    expect(pdfArticle.body).toContain("Descale every 3 months with citric acid.");
    const versions = await db().select().from(knowledgeArticleVersions).where(eq(knowledgeArticleVersions.articleId, pdfArticle.id));
    expect(versions).toHaveLength(1);
  });

  it("tests a question the way the agent answers it, from the newly published text, without side effects", async () => {
    const [hours] = await db().select().from(knowledgeArticles).where(eq(knowledgeArticles.slug, "opening-hours-and-contact"));
    const question = testQuestionSchema.parse({ message: "What are your opening hours on Saturday?", locale: "en", region: "NL" });
    const counts = async () => ({
      conversations: (await db().select({ n: count() }).from(conversations))[0]!.n,
      messages: (await db().select({ n: count() }).from(messages))[0]!.n,
      turns: (await db().select({ n: count() }).from(agentTurns))[0]!.n,
      audit: (await db().select({ n: count() }).from(auditEvents))[0]!.n,
      orderStates: await db().select({ state: orders.state, n: count() }).from(orders).groupBy(orders.state).orderBy(orders.state),
    });

    const before = await testKnowledgeQuestion(db(), question, deps);
    expect(before.retrieved[0]?.articleId).toBe(hours!.id);
    expect(before.answer).toContain("10:00–14:00");

    await updateArticle(db(), {
      articleId: hours!.id,
      authorId: adminId,
      update: updateArticleSchema.parse({ ...hours, expectedVersion: hours!.version, body: hours!.body.replace("| Saturday | 10:00–14:00 |", "| Saturday | 09:30–16:30 |") }),
    });
    const sideEffects = await counts();
    const after = await testKnowledgeQuestion(db(), question, deps);
    expect(after.retrieved[0]).toMatchObject({ articleId: hours!.id, slug: "opening-hours-and-contact" });
    expect(after.retrieved[0]!.score).toBeGreaterThan(0);
    expect(after.answer).toContain("09:30–16:30");
    expect(after.answer).not.toContain("10:00–14:00");
    expect(after.citedArticleId).toBe(hours!.id);
    expect(after.model).toBe("offline");

    // A change request is only rehearsed: nothing is stored, sent or changed.
    await testKnowledgeQuestion(db(), testQuestionSchema.parse({ message: "Please cancel my order SO-100234", locale: "en" }), deps);
    expect(await counts()).toEqual(sideEffects);
  });

  it("tests a question on a future date with the same date filter the agent uses", async () => {
    await createArticle(db(), {
      authorId: adminId,
      article: draft({ title: "Opening hours on Christmas Eve", body: "On Christmas Eve our team is available from 08:30 to 12:30, and the shop closes early.", status: "published", effectiveFrom: inDays(5), intents: ["opening_hours_contact"] }),
    });
    const ask = (date?: string) => testKnowledgeQuestion(db(), testQuestionSchema.parse({ message: "What are your opening hours on Christmas Eve?", locale: "en", region: "NL", date }), deps);
    const now = await ask();
    expect(now.retrieved.map((hit) => hit.title)).not.toContain("Opening hours on Christmas Eve");
    expect(now.answer ?? "").not.toContain("08:30 to 12:30");
    const later = await ask(inDays(5));
    expect(later.date).toBe(inDays(5));
    expect(later.retrieved[0]?.title).toBe("Opening hours on Christmas Eve");
    expect(later.answer).toContain("08:30 to 12:30");
  });

  it("filters the list by words, status, locale and tag", async () => {
    const drafts = await listArticles(db(), { status: "draft", limit: 500 });
    expect(drafts.articles.length).toBeGreaterThan(0);
    expect(drafts.articles.every((a) => a.status === "draft" && a.availability === "draft")).toBe(true);
    const french = await listArticles(db(), { locale: "fr", limit: 500 });
    expect(french.articles.every((a) => a.locale === "fr")).toBe(true);
    const tagged = await listArticles(db(), { tag: "imported", limit: 500 });
    expect(tagged.articles.map((a) => a.title).sort()).toEqual(["Descaling guide", "Warranty on grinders"]);
    const found = await listArticles(db(), { q: "citric acid", limit: 500 });
    expect(found.articles.map((a) => a.title)).toEqual(["Descaling guide"]);
    expect(drafts.tags).toContain("imported");
    const scoped = await listArticles(db(), { status: "published", locale: "en", tag: "returns", limit: 500 });
    expect(scoped.articles.length).toBeGreaterThan(0);
    expect(scoped.articles.every((a) => a.status === "published" && a.locale === "en" && a.tags.includes("returns"))).toBe(true);
  });
});
