import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from "zod-openapi";
import type { z } from "zod";
import type { ApiScope } from "@/lib/db/enums";
import { articleInputSchema, updateArticleSchema } from "@/lib/validation/knowledge";
import {
  apiErrorSchema,
  articlePageSchema,
  articleV1Schema,
  contactDetailSchema,
  contactPageSchema,
  conversationDetailSchema,
  conversationPageSchema,
  idParamsSchema,
  listArticlesV1QuerySchema,
  listContactsV1QuerySchema,
  listConversationsV1QuerySchema,
  metricsSummaryV1QuerySchema,
  metricsSummaryV1Schema,
} from "@/lib/validation/api-v1";

// The OpenAPI 3.1 description of /api/v1, built from the same zod schemas the routes use.
// `npm run openapi` writes it to docs/openapi.json; a unit test keeps the checked-in file in step.
export const API_V1_VERSION = "1.0.0";

export function createApiV1Document() {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "WhatsApp support console API",
      version: API_V1_VERSION,
      description: [
        "Read conversations (messages, per-turn intent and confidence, handoff packets), contacts, knowledge articles and outcome metrics; create and update knowledge articles.",
        "",
        "Authenticate with an API token: `Authorization: Bearer wsc_…`. Admins create tokens under Admin → People and API; each token carries scopes and is shown once.",
        "Errors always look like `{ \"error\": { \"code\": \"type:surface\", \"message\": \"…\" } }`: 400 invalid input, 401 missing, invalid, revoked or expired token, 403 missing scope, 404 unknown id, 409 a stale `expectedVersion`, 429 too many requests (see `Retry-After`).",
        "Lists are newest first and paged with an opaque cursor: pass `nextCursor` as `cursor` until it is null.",
      ].join("\n"),
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerToken: [] }],
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "An API token created under Admin → People and API." },
      },
    },
    tags: [
      { name: "Conversations" },
      { name: "Contacts" },
      { name: "Knowledge" },
      { name: "Metrics" },
    ],
    paths: {
      "/conversations": {
        get: operation({
          operationId: "listConversations",
          tag: "Conversations",
          summary: "List conversations",
          scope: "conversations:read",
          query: listConversationsV1QuerySchema,
          response: conversationPageSchema,
        }),
      },
      "/conversations/{id}": {
        get: operation({
          operationId: "getConversation",
          tag: "Conversations",
          summary: "Get a conversation with messages, assistant turns and handoffs",
          scope: "conversations:read",
          path: idParamsSchema,
          response: conversationDetailSchema,
        }),
      },
      "/contacts": {
        get: operation({ operationId: "listContacts", tag: "Contacts", summary: "List contacts", scope: "contacts:read", query: listContactsV1QuerySchema, response: contactPageSchema }),
      },
      "/contacts/{id}": {
        get: operation({ operationId: "getContact", tag: "Contacts", summary: "Get a contact and their recent conversations", scope: "contacts:read", path: idParamsSchema, response: contactDetailSchema }),
      },
      "/knowledge/articles": {
        get: operation({ operationId: "listKnowledgeArticles", tag: "Knowledge", summary: "List knowledge articles", scope: "knowledge:read", query: listArticlesV1QuerySchema, response: articlePageSchema }),
        post: operation({
          operationId: "createKnowledgeArticle",
          tag: "Knowledge",
          summary: "Create a knowledge article (version 1; `draft` unless a status is given)",
          scope: "knowledge:write",
          body: articleInputSchema.meta({ id: "KnowledgeArticleInput" }),
          response: articleV1Schema,
          created: true,
        }),
      },
      "/knowledge/articles/{id}": {
        get: operation({ operationId: "getKnowledgeArticle", tag: "Knowledge", summary: "Get a knowledge article", scope: "knowledge:read", path: idParamsSchema, response: articleV1Schema }),
        put: operation({
          operationId: "updateKnowledgeArticle",
          tag: "Knowledge",
          summary: "Save the next version of a knowledge article: every field, plus the `expectedVersion` it was based on",
          scope: "knowledge:write",
          path: idParamsSchema,
          body: updateArticleSchema.meta({ id: "KnowledgeArticleUpdate" }),
          response: articleV1Schema,
          conflict: true,
        }),
      },
      "/metrics/summary": {
        get: operation({ operationId: "getMetricsSummary", tag: "Metrics", summary: "Outcome summary for a period", scope: "metrics:read", query: metricsSummaryV1QuerySchema, response: metricsSummaryV1Schema }),
      },
    },
  });
}

type OperationInput = {
  operationId: string;
  tag: string;
  summary: string;
  scope: ApiScope;
  query?: z.ZodObject;
  path?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  // A create answers 201; a versioned write can answer 409.
  created?: boolean;
  conflict?: boolean;
};

function operation(input: OperationInput): ZodOpenApiOperationObject {
  const requestParams: ZodOpenApiOperationObject["requestParams"] = {};
  if (input.query) requestParams.query = input.query;
  if (input.path) requestParams.path = input.path;
  return {
    operationId: input.operationId,
    tags: [input.tag],
    summary: input.summary,
    description: `Needs the scope \`${input.scope}\`.`,
    "x-required-scope": input.scope,
    requestParams,
    ...(input.body ? { requestBody: { required: true, content: { "application/json": { schema: input.body } } } } : {}),
    responses: responses(input),
  };
}

function responses(input: OperationInput): ZodOpenApiResponsesObject {
  const error = (description: string) => ({ description, content: { "application/json": { schema: apiErrorSchema } } });
  const ok = { content: { "application/json": { schema: input.response } } };
  return {
    ...(input.created ? { "201": { description: "Created", ...ok } } : { "200": { description: "OK", ...ok } }),
    "400": error(input.body ? "Invalid body, query or path parameter; `details` names each field." : "Invalid query or path parameter; `details` names each field."),
    "401": error("Missing, invalid, revoked or expired token."),
    "403": error("The token lacks the required scope."),
    ...(input.path ? { "404": error("No resource with this id.") } : {}),
    ...(input.conflict ? { "409": error("`expectedVersion` is not the current version: someone saved meanwhile; `details.currentVersion` says which is.") } : {}),
    "429": error("Too many requests with this token; retry after `Retry-After` seconds."),
  };
}
