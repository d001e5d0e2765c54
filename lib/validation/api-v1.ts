import { z } from "zod";
import {
  ARTICLE_STATUSES,
  CONSENT_STATES,
  CONTACT_TIERS,
  CONVERSATION_OWNERS,
  CONVERSATION_STATUSES,
  DELIVERY_STATUSES,
  HANDOFF_STATUSES,
  LANGUAGES,
  MESSAGE_DIRECTIONS,
  MESSAGE_SENDERS,
  PRIORITIES,
} from "@/lib/db/enums";

// The public REST API (/api/v1): query and response schemas. The same schemas validate requests in
// the routes, check responses in the tests and generate docs/openapi.json (scripts/generate-openapi.ts).
// `.meta({ id })` makes a schema a named OpenAPI component.

const ESCALATION_REASON_VALUES = [
  "customer_requested_human",
  "vip_customer",
  "high_risk_topic",
  "negative_sentiment",
  "low_confidence",
  "failed_lookups",
  "integration_error",
  "over_threshold",
  "outside_business_hours",
  "rule_matched",
] as const;

const timestamp = z.iso.datetime({ offset: true });
const nullableTimestamp = timestamp.nullable();
const id = z.uuid();

// ---------------------------------------------------------------------------------------------
// Errors and paging

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "Stable code `type:surface`, e.g. `unauthorized:api`, `forbidden:api`, `not_found:api`.", example: "forbidden:api" }),
      message: z.string().meta({ description: "What went wrong, written for the developer.", example: "This token lacks the scope conversations:read." }),
      details: z.unknown().optional().meta({ description: "For invalid input: one entry per field `{ field, message }`." }),
    }),
  })
  .meta({ id: "Error", description: "Every error has this shape." });
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

const pageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(25).meta({ description: "Items per page (1–100, default 25)." }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .meta({ description: "`nextCursor` from the previous page. Omit for the first page." }),
};

const nextCursor = z.string().nullable().meta({ description: "Pass as `cursor` to get the next page; null on the last page." });

// ---------------------------------------------------------------------------------------------
// Conversations

export const listConversationsV1QuerySchema = z.object({
  status: z.enum(CONVERSATION_STATUSES).optional(),
  owner: z.enum(CONVERSATION_OWNERS).optional().meta({ description: "Who answers: the assistant (`bot`) or a person (`human`)." }),
  inboxId: id.optional(),
  contactId: id.optional(),
  teamId: id.optional(),
  intent: z.string().trim().min(1).max(60).optional().meta({ description: "Latest detected intent, e.g. `order_status`." }),
  updatedSince: timestamp.optional().meta({ description: "Only conversations changed at or after this time (ISO 8601)." }),
  ...pageQuery,
});
export type ListConversationsV1Query = z.infer<typeof listConversationsV1QuerySchema>;

const contactRefSchema = z.object({ id, waId: z.string(), name: z.string().nullable() }).meta({ id: "ContactRef" });

export const conversationSummarySchema = z
  .object({
    id,
    inboxId: id,
    contact: contactRefSchema,
    status: z.enum(CONVERSATION_STATUSES),
    owner: z.enum(CONVERSATION_OWNERS),
    assigneeId: id.nullable(),
    teamId: id.nullable(),
    priority: z.enum(PRIORITIES),
    labels: z.array(z.string()),
    language: z.enum(LANGUAGES).nullable(),
    intent: z.string().nullable().meta({ description: "Latest intent detected in the conversation." }),
    createdAt: timestamp,
    updatedAt: timestamp,
    lastMessageAt: nullableTimestamp,
    firstResponseAt: nullableTimestamp,
    resolvedAt: nullableTimestamp,
  })
  .meta({ id: "ConversationSummary" });
export type ConversationSummaryV1 = z.infer<typeof conversationSummarySchema>;

export const conversationPageSchema = z.object({ data: z.array(conversationSummarySchema), nextCursor }).meta({ id: "ConversationPage" });
export type ConversationPageV1 = z.infer<typeof conversationPageSchema>;

export const messageV1Schema = z
  .object({
    id,
    direction: z.enum(MESSAGE_DIRECTIONS),
    sender: z.enum(MESSAGE_SENDERS),
    type: z.string().meta({ description: "WhatsApp message type: text, image, interactive, template, …" }),
    body: z.string().nullable(),
    status: z.enum(DELIVERY_STATUSES),
    authorUserId: id.nullable().meta({ description: "The person who wrote an agent message." }),
    turnId: id.nullable().meta({ description: "For customer messages: the assistant turn that answered them." }),
    sentAt: timestamp,
  })
  .meta({ id: "Message" });

export const agentTurnV1Schema = z
  .object({
    id,
    status: z.enum(["running", "completed", "failed", "skipped"]),
    intent: z.string().nullable(),
    confidence: z.number().min(0).max(1).nullable().meta({ description: "Confidence in the intent, 0–1." }),
    language: z.enum(LANGUAGES).nullable(),
    sentiment: z.enum(["positive", "neutral", "negative"]).nullable(),
    outcome: z.string().nullable(),
    toolCalls: z.array(
      z.object({
        toolName: z.string(),
        status: z.enum(["executed", "awaiting_confirmation", "denied", "failed"]),
        durationMs: z.number(),
      }),
    ),
    startedAt: timestamp,
    finishedAt: nullableTimestamp,
  })
  .meta({ id: "AgentTurn", description: "One assistant turn: what it understood (intent, confidence) and which tools it used." });

export const handoffPacketV1Schema = z
  .object({
    summary: z.string(),
    customerAsked: z.string(),
    requestedResolution: z.string(),
    identifiers: z.array(z.object({ kind: z.string(), value: z.string(), verified: z.boolean() })),
    stepsTried: z.array(z.object({ step: z.string(), result: z.string() })),
    linksSent: z.array(z.string()),
    sentiment: z.enum(["positive", "neutral", "negative"]),
    urgency: z.enum(["low", "normal", "high"]),
    reason: z.enum(ESCALATION_REASON_VALUES),
    suggestedAction: z.string(),
    draftReply: z.string(),
  })
  .meta({ id: "HandoffPacket", description: "What the assistant hands a person: summary, identifiers, steps tried, suggested action and a draft reply." });

export const handoffV1Schema = z
  .object({
    id,
    reason: z.enum(ESCALATION_REASON_VALUES),
    status: z.enum(HANDOFF_STATUSES),
    teamId: id.nullable(),
    acceptedById: id.nullable(),
    acceptedAt: nullableTimestamp,
    createdAt: timestamp,
    packet: handoffPacketV1Schema,
  })
  .meta({ id: "Handoff" });

export const conversationDetailSchema = conversationSummarySchema
  .extend({
    messages: z.array(messageV1Schema).meta({ description: "Every customer, assistant and agent message, oldest first. Private notes are not included." }),
    turns: z.array(agentTurnV1Schema).meta({ description: "Assistant turns, oldest first." }),
    handoffs: z.array(handoffV1Schema).meta({ description: "Handoffs to people, oldest first." }),
    handoff: handoffV1Schema.nullable().meta({ description: "The latest handoff, if any." }),
  })
  .meta({ id: "ConversationDetail" });
export type ConversationDetailV1 = z.infer<typeof conversationDetailSchema>;

// ---------------------------------------------------------------------------------------------
// Contacts

export const listContactsV1QuerySchema = z.object({
  q: z.string().trim().min(1).max(120).optional().meta({ description: "Matches the WhatsApp number, name or e-mail (substring, case-insensitive)." }),
  ...pageQuery,
});
export type ListContactsV1Query = z.infer<typeof listContactsV1QuerySchema>;

export const contactV1Schema = z
  .object({
    id,
    waId: z.string().meta({ description: "WhatsApp id (phone number in international format, no +)." }),
    name: z.string().nullable(),
    profileName: z.string().nullable().meta({ description: "Name from the customer's WhatsApp profile." }),
    email: z.string().nullable(),
    language: z.enum(LANGUAGES).nullable(),
    country: z.string().nullable(),
    tier: z.enum(CONTACT_TIERS),
    consent: z.enum(CONSENT_STATES),
    createdAt: timestamp,
    updatedAt: timestamp,
    erasedAt: nullableTimestamp.meta({ description: "Set when the customer's personal data was erased." }),
  })
  .meta({ id: "Contact" });
export type ContactV1 = z.infer<typeof contactV1Schema>;

export const contactPageSchema = z.object({ data: z.array(contactV1Schema), nextCursor }).meta({ id: "ContactPage" });
export type ContactPageV1 = z.infer<typeof contactPageSchema>;

export const contactDetailSchema = contactV1Schema
  .extend({
    conversations: z
      .array(z.object({ id, status: z.enum(CONVERSATION_STATUSES), intent: z.string().nullable(), createdAt: timestamp, lastMessageAt: nullableTimestamp }))
      .meta({ description: "The contact's 50 most recent conversations, newest first." }),
  })
  .meta({ id: "ContactDetail" });
export type ContactDetailV1 = z.infer<typeof contactDetailSchema>;

// ---------------------------------------------------------------------------------------------
// Knowledge

export const listArticlesV1QuerySchema = z.object({
  status: z.enum(ARTICLE_STATUSES).optional(),
  locale: z.enum(LANGUAGES).optional(),
  ...pageQuery,
});
export type ListArticlesV1Query = z.infer<typeof listArticlesV1QuerySchema>;

const isoDate = z.iso.date();

export const articleV1Schema = z
  .object({
    id,
    slug: z.string(),
    title: z.string(),
    body: z.string().meta({ description: "Markdown." }),
    status: z.enum(ARTICLE_STATUSES),
    locale: z.enum(LANGUAGES),
    regions: z.array(z.string()).meta({ description: "ISO country codes; empty means every region." }),
    tags: z.array(z.string()),
    intents: z.array(z.string()),
    effectiveFrom: isoDate.nullable(),
    effectiveUntil: isoDate.nullable(),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "KnowledgeArticle" });
export type ArticleV1 = z.infer<typeof articleV1Schema>;

export const articlePageSchema = z.object({ data: z.array(articleV1Schema), nextCursor }).meta({ id: "KnowledgeArticlePage" });
export type ArticlePageV1 = z.infer<typeof articlePageSchema>;

// ---------------------------------------------------------------------------------------------
// Metrics

export const metricsSummaryV1QuerySchema = z
  .object({
    from: timestamp.optional().meta({ description: "Start of the period (ISO 8601); default 30 days before `to`." }),
    to: timestamp.optional().meta({ description: "End of the period (ISO 8601); default now." }),
    inboxId: id.optional(),
  })
  .refine((query) => !query.from || !query.to || new Date(query.from) < new Date(query.to), { message: "`from` must be before `to`.", path: ["from"] });
export type MetricsSummaryV1Query = z.infer<typeof metricsSummaryV1QuerySchema>;

const percentilesSchema = z
  .object({ count: z.number().int(), p50: z.number().nullable(), p90: z.number().nullable() })
  .meta({ id: "Percentiles", description: "Median and 90th percentile in seconds over `count` values; null without values." });
const rateSchema = z
  .object({ count: z.number().int(), of: z.number().int(), rate: z.number().nullable() })
  .meta({ id: "Rate", description: "`count` of `of`; `rate` = count / of, null when `of` is 0." });

export const metricsSummaryV1Schema = z
  .object({
    range: z.object({ from: timestamp, to: timestamp, inboxId: id.nullable(), correctnessWindowDays: z.number().int() }),
    conversations: z.number().int().meta({ description: "Conversations started in the range." }),
    firstResponse: z.object({ bot: percentilesSchema, human: percentilesSchema }).meta({ description: "Time to the first reply, assistant and people separately." }),
    firstUsefulMessage: z.object({ bot: percentilesSchema, human: percentilesSchema }).meta({ description: "Time to the first message that answered or acted." }),
    automatedResolution: rateSchema.meta({ description: "Resolved by the assistant without a person." }),
    containment: rateSchema
      .extend({ botResolved: z.number().int(), reopened: z.number().int(), recontacted: z.number().int(), reversed: z.number().int(), correctShareOfBotResolved: z.number().nullable() })
      .meta({ description: "Resolved by the assistant and not reopened, recontacted or reversed within the correctness window." }),
    escalation: rateSchema.extend({ byReason: z.array(rateSchema.extend({ reason: z.string() })) }),
    escalationQuality: rateSchema
      .extend({ withIdentifiers: z.number().int(), withSteps: z.number().int(), withSuggestedAction: z.number().int() })
      .meta({ description: "Handoffs whose packet has identifiers, steps tried and a suggested action." }),
    pickup: percentilesSchema.extend({ waiting: z.number().int(), handoffs: z.number().int() }).meta({ description: "Handoff created → accepted by a person, seconds." }),
    recontact: rateSchema,
    csat: z.object({
      sent: z.number().int(),
      answered: z.number().int(),
      positive: z.number().int(),
      positiveRate: z.number().nullable(),
      average: z.number().nullable().meta({ description: "1 (bad) … 5 (great)." }),
      responseRate: z.number().nullable(),
    }),
    intents: z.array(
      z.object({ intent: z.string(), conversations: z.number().int(), automatedResolution: rateSchema, escalation: rateSchema, csat: rateSchema.extend({ average: z.number().nullable() }) }),
    ),
    series: z.array(z.object({ day: isoDate, conversations: z.number().int(), botResolved: z.number().int(), escalated: z.number().int() })),
  })
  .meta({ id: "MetricsSummary", description: "The figures of /admin/metrics for one range; definitions are written on that page." });
export type MetricsSummaryV1 = z.infer<typeof metricsSummaryV1Schema>;

// ---------------------------------------------------------------------------------------------
// Path parameters

export const idParamsSchema = z.object({ id: id.meta({ description: "The resource id (UUID)." }) });
