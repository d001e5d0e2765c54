import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_SCOPES } from "@/lib/db/enums";
import { createApiV1Document } from "./openapi-document";
import { OPENAPI_FILE, serializeOpenApi } from "./openapi-file";

describe("OpenAPI document", () => {
  const generated = serializeOpenApi(createApiV1Document());

  it("is checked in and up to date (run `npm run openapi` after changing lib/validation/api-v1.ts)", () => {
    const checkedIn = readFileSync(path.resolve(import.meta.dirname, "../..", OPENAPI_FILE), "utf8");
    expect(checkedIn).toBe(generated);
  });

  it("describes every endpoint with its scope, bearer auth and the shared error shape", () => {
    const document = JSON.parse(generated) as {
      openapi: string;
      paths: Record<string, { get: { "x-required-scope": string; responses: Record<string, { content: { "application/json": { schema: { $ref?: string } } } }> } }>;
      components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
    };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual([
      "/contacts",
      "/contacts/{id}",
      "/conversations",
      "/conversations/{id}",
      "/knowledge/articles",
      "/knowledge/articles/{id}",
      "/metrics/summary",
    ]);
    for (const item of Object.values(document.paths)) {
      expect(API_SCOPES).toContain(item.get["x-required-scope"]);
      expect(item.get.responses["401"]!.content["application/json"].schema.$ref).toBe("#/components/schemas/Error");
      expect(item.get.responses["403"]).toBeDefined();
    }
    expect(document.components.securitySchemes.bearerToken).toMatchObject({ type: "http", scheme: "bearer" });
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(["ConversationDetail", "AgentTurn", "HandoffPacket", "Contact", "KnowledgeArticle", "MetricsSummary", "Error"]));
  });
});
