import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { and, eq } from "drizzle-orm";
import { agentTurns, auditEvents, contacts, csatSurveys, knowledgeArticles, knowledgeArticleVersions, messages } from "@/lib/db/schema";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { createApiToken } from "@/lib/people/create-api-token";
import { revokeApiToken } from "@/lib/people/revoke-api-token";
import { createConversation, createHandoffRow, createPerson, HANDOFF_PACKET, useConsoleWorld } from "@/lib/testing/console-write-fixtures";
import { testDatabaseKinds } from "@/lib/testing/databases";
import {
  apiErrorSchema,
  articlePageSchema,
  articleV1Schema,
  contactDetailSchema,
  contactPageSchema,
  conversationDetailSchema,
  conversationPageSchema,
  metricsSummaryV1Schema,
} from "@/lib/validation/api-v1";
import * as contactRoute from "./contacts/[id]/route";
import * as contactsRoute from "./contacts/route";
import * as conversationRoute from "./conversations/[id]/route";
import * as conversationsRoute from "./conversations/route";
import * as articleRoute from "./knowledge/articles/[id]/route";
import * as articlesRoute from "./knowledge/articles/route";
import * as metricsRoute from "./metrics/summary/route";
import * as openapiRoute from "./openapi.json/route";

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

async function call<P extends Record<string, string>>(handler: Handler<P>, path: string, token: string | null, params = {} as P, write?: { method: "POST" | "PUT"; body: unknown }) {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (write) headers["content-type"] = "application/json";
  const init = write ? { headers, method: write.method, body: JSON.stringify(write.body) } : { headers };
  const response = await handler(new NextRequest(`http://localhost/api/v1${path}`, init), { params: Promise.resolve(params) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
}

function parsed<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  return schema.parse(body);
}

describe.each(testDatabaseKinds())("REST API /api/v1 on %s", (kind) => {
  const world = useConsoleWorld(kind, { global: true, people: false });
  const { db } = world;

  async function tokenWith(scopes: Parameters<typeof createApiToken>[1]["body"]["scopes"]) {
    const admin = await createPerson(db(), { name: "Token Admin", role: "admin" });
    return createApiToken(db(), { actorId: admin.id, body: { name: "test", scopes, expiresInDays: null } });
  }

  it("answers 401 without, with an invalid and with a revoked token, and 403 without the scope, in the one error shape", async () => {
    const anonymous = await call(conversationsRoute.GET, "/conversations", null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(parsed(apiErrorSchema, anonymous.body).error.code).toBe("unauthorized:api");

    expect((await call(conversationsRoute.GET, "/conversations", "wsc_not-a-token")).status).toBe(401);

    const { token, secret } = await tokenWith(["contacts:read"]);
    const forbidden = await call(conversationsRoute.GET, "/conversations", secret);
    expect(forbidden.status).toBe(403);
    expect(parsed(apiErrorSchema, forbidden.body).error).toMatchObject({ code: "forbidden:api", message: "This token lacks the scope conversations:read." });
    expect((await call(contactsRoute.GET, "/contacts", secret)).status).toBe(200);

    await revokeApiToken(db(), { actorId: token.createdBy!.id, tokenId: token.id });
    const revoked = await call(contactsRoute.GET, "/contacts", secret);
    expect(revoked.status).toBe(401);
    expect(parsed(apiErrorSchema, revoked.body).error.message).toBe("This API token was revoked.");
  });

  it("lists conversations with filters and cursor paging, and returns one with messages, turns and handoff packet", async () => {
    const { secret } = await tokenWith(["conversations:read"]);
    const first = await createConversation(db(), { inbox: world.inbox, status: "resolved" });
    const second = await createConversation(db(), { inbox: world.inbox, owner: "human" });
    const third = await createConversation(db(), { inbox: world.inbox });

    const seen: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page: { status: number; body: unknown } = await call(conversationsRoute.GET, `/conversations?limit=2&inboxId=${world.inbox.id}${cursor ? `&cursor=${cursor}` : ""}`, secret);
      expect(page.status).toBe(200);
      const body: z.infer<typeof conversationPageSchema> = parsed(conversationPageSchema, page.body);
      expect(body.data.length).toBeLessThanOrEqual(2);
      seen.push(...body.data.map((row) => row.id));
      cursor = body.nextCursor;
    }
    expect(seen).toEqual([third.id, second.id, first.id]);

    const resolved = parsed(conversationPageSchema, (await call(conversationsRoute.GET, `/conversations?status=resolved&inboxId=${world.inbox.id}`, secret)).body);
    expect(resolved.data.map((row) => row.id)).toEqual([first.id]);
    const humans = parsed(conversationPageSchema, (await call(conversationsRoute.GET, `/conversations?owner=human&inboxId=${world.inbox.id}`, secret)).body);
    expect(humans.data.map((row) => row.id)).toEqual([second.id]);

    const invalid = await call(conversationsRoute.GET, "/conversations?limit=500&status=closed", secret);
    expect(invalid.status).toBe(400);
    expect(parsed(apiErrorSchema, invalid.body).error.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: "limit" }), expect.objectContaining({ field: "status" })]));
    expect((await call(conversationsRoute.GET, "/conversations?cursor=bm9wZQ", secret)).status).toBe(400);

    // A conversation the assistant answered, then handed over.
    const [turn] = await db()
      .insert(agentTurns)
      .values({ conversationId: second.id, status: "completed", inboundCount: 1, intent: "refund_request", confidence: 0.42, language: "en", sentiment: "negative", toolCalls: [{ toolCallId: "c1", toolName: "lookupOrder", input: { orderNumber: "SO-1" }, output: { secret: "x" }, status: "executed", durationMs: 12 }] })
      .returning();
    await db().insert(messages).values([
      { conversationId: second.id, direction: "inbound", sender: "customer", type: "text", body: "I want my money back", status: "received", turnId: turn!.id, sentAt: new Date(Date.now() - 3000) },
      { conversationId: second.id, direction: "outbound", sender: "bot", type: "text", body: "Let me get a colleague.", status: "delivered", sentAt: new Date(Date.now() - 2000) },
      { conversationId: second.id, direction: "outbound", sender: "agent", type: "text", body: "internal: VIP", status: "delivered", isPrivateNote: true, sentAt: new Date(Date.now() - 1000) },
    ]);
    const handoff = await createHandoffRow(db(), { conversation: second });

    const detail = await call(conversationRoute.GET, `/conversations/${second.id}`, secret, { id: second.id });
    expect(detail.status).toBe(200);
    const body = parsed(conversationDetailSchema, detail.body);
    expect(body).toMatchObject({ id: second.id, status: "open", owner: "human" });
    expect(body.messages.map((message) => message.body)).toEqual(["I want my money back", "Let me get a colleague."]);
    expect(body.messages[0]!.turnId).toBe(turn!.id);
    expect(body.turns).toEqual([expect.objectContaining({ id: turn!.id, intent: "refund_request", confidence: expect.closeTo(0.42, 5), toolCalls: [{ toolName: "lookupOrder", status: "executed", durationMs: 12 }] })]);
    expect(JSON.stringify(body.turns)).not.toContain("SO-1");
    expect(body.handoff).toMatchObject({ id: handoff.id, reason: "customer_requested_human", status: "waiting", packet: HANDOFF_PACKET });

    expect((await call(conversationRoute.GET, "/conversations/00000000-0000-4000-8000-000000000000", secret, { id: "00000000-0000-4000-8000-000000000000" })).status).toBe(404);
    expect((await call(conversationRoute.GET, "/conversations/42", secret, { id: "42" })).status).toBe(400);
  });

  it("lists and reads contacts and knowledge articles, and summarises metrics", async () => {
    const { secret } = await tokenWith(["contacts:read", "knowledge:read", "metrics:read"]);
    const [contact] = await db().insert(contacts).values({ waId: "31612340000", name: "Zoë Searchable", email: "zoe@example.test", tier: "vip" }).returning();
    const conversation = await createConversation(db(), { inbox: world.inbox, contactId: contact!.id, status: "resolved", firstResponseAt: new Date() });

    const found = parsed(contactPageSchema, (await call(contactsRoute.GET, "/contacts?q=zoë", secret)).body);
    expect(found.data.map((row) => row.id)).toEqual([contact!.id]);
    const detail = parsed(contactDetailSchema, (await call(contactRoute.GET, `/contacts/${contact!.id}`, secret, { id: contact!.id })).body);
    expect(detail).toMatchObject({ waId: "31612340000", tier: "vip", conversations: [{ id: conversation.id, status: "resolved" }] });

    const [article] = await db().insert(knowledgeArticles).values({ slug: `returns-${Date.now()}`, title: "Returns", body: "# Returns\n30 days.", status: "published", locale: "en", effectiveFrom: "2024-01-01" }).returning();
    const articles = parsed(articlePageSchema, (await call(articlesRoute.GET, "/knowledge/articles?status=published&locale=en", secret)).body);
    expect(articles.data.map((row) => row.id)).toContain(article!.id);
    const one = parsed(articleV1Schema, (await call(articleRoute.GET, `/knowledge/articles/${article!.id}`, secret, { id: article!.id })).body);
    expect(one).toMatchObject({ title: "Returns", effectiveFrom: "2024-01-01", effectiveUntil: null });

    await db().insert(csatSurveys).values({ conversationId: conversation.id, score: 4, answeredAt: new Date() });
    const metrics = await call(metricsRoute.GET, `/metrics/summary?inboxId=${world.inbox.id}`, secret);
    expect(metrics.status).toBe(200);
    const summary = parsed(metricsSummaryV1Schema, metrics.body);
    expect(summary.range.inboxId).toBe(world.inbox.id);
    expect(summary.conversations).toBeGreaterThanOrEqual(1);
    expect(summary.csat).toMatchObject({ answered: 1, average: 4 });
    expect((await call(metricsRoute.GET, "/metrics/summary?from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z", secret)).status).toBe(400);
  });

  it("creates and updates knowledge articles with knowledge:write: versioned, audited as the token, 409 on a stale version", async () => {
    const reader = await tokenWith(["knowledge:read"]);
    const denied = await call(articlesRoute.POST, "/knowledge/articles", reader.secret, {}, { method: "POST", body: { title: "Nope", body: "Nope" } });
    expect(denied.status).toBe(403);

    const { token, secret } = await tokenWith(["knowledge:write"]);
    const invalid = await call(articlesRoute.POST, "/knowledge/articles", secret, {}, { method: "POST", body: { title: "", body: "x", regions: ["Netherlands"] } });
    expect(invalid.status).toBe(400);
    expect(parsed(apiErrorSchema, invalid.body).error.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: "title" }), expect.objectContaining({ field: "regions.0" })]));

    const created = await call(articlesRoute.POST, "/knowledge/articles", secret, {}, { method: "POST", body: { title: "Gift cards via API", body: "Gift cards are valid for 12 months.", tags: ["gift-cards"] } });
    expect(created.status).toBe(201);
    const article = parsed(articleV1Schema, created.body);
    expect(article).toMatchObject({ title: "Gift cards via API", status: "draft", locale: "en", version: 1, tags: ["gift-cards"] });

    const path = `/knowledge/articles/${article.id}`;
    const update = { expectedVersion: 1, title: "Gift cards via API", body: "Gift cards are valid for 24 months.", status: "published" };
    const saved = await call(articleRoute.PUT, path, secret, { id: article.id }, { method: "PUT", body: update });
    expect(saved.status).toBe(200);
    expect(parsed(articleV1Schema, saved.body)).toMatchObject({ version: 2, status: "published", body: "Gift cards are valid for 24 months." });

    const stale = await call(articleRoute.PUT, path, secret, { id: article.id }, { method: "PUT", body: { ...update, body: "Lost update" } });
    expect(stale.status).toBe(409);
    expect(parsed(apiErrorSchema, stale.body).error).toMatchObject({ code: "conflict:api", details: { currentVersion: 2 } });
    const missing = "00000000-0000-4000-8000-000000000000";
    expect((await call(articleRoute.PUT, `/knowledge/articles/${missing}`, secret, { id: missing }, { method: "PUT", body: update })).status).toBe(404);

    // Versions are attributed to the token's creator; the audit log names the token.
    const versions = await db().select().from(knowledgeArticleVersions).where(eq(knowledgeArticleVersions.articleId, article.id));
    expect(versions.map((row) => [row.version, row.authorId])).toEqual(expect.arrayContaining([[1, token.createdBy!.id], [2, token.createdBy!.id]]));
    const audit = await db().select().from(auditEvents).where(and(eq(auditEvents.targetType, "knowledge_article"), eq(auditEvents.targetId, article.id)));
    expect(audit.map((row) => [row.action, row.actorType, row.actorId])).toEqual([
      ["knowledge.article.created", "api", token.id],
      ["knowledge.article.published", "api", token.id],
    ]);
    expect(audit[0]!.data).toMatchObject({ apiToken: "test" });
    const { entries } = await listAuditEvents(db(), { filters: { target: article.id }, limit: 10 });
    expect(entries.map((entry) => entry.actor)).toEqual([{ name: "test", email: null }, { name: "test", email: null }]);
    const [row] = await db().select().from(knowledgeArticles).where(eq(knowledgeArticles.id, article.id));
    expect(row!.body).toBe("Gift cards are valid for 24 months.");
  });

  it("serves its OpenAPI document without a token", async () => {
    const response = openapiRoute.GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ openapi: "3.1.0", paths: { "/conversations": expect.any(Object) } });
  });
});
