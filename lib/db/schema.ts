// One drizzle schema for the whole product. The same migrations run on PGlite (embedded default)
// and on stock PostgreSQL 15, so nothing here may depend on an extension (pgvector objects live in
// a guarded migration of their own) or on SQL newer than PG 15.
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ROLES, PRESENCES, LANGUAGES, CONTACT_TIERS, CONSENT_STATES, CONVERSATION_STATUSES, CONVERSATION_OWNERS, PRIORITIES, MESSAGE_DIRECTIONS, MESSAGE_SENDERS, DELIVERY_STATUSES, HANDOFF_STATUSES, ARTICLE_STATUSES } from "./enums";
import type { Language } from "./enums";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
const tstz = (name: string) => timestamp(name, { withTimezone: true });


export * from "./enums";

// ---------------------------------------------------------------------------------------------
// People and access

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: ROLES }).notNull().default("agent"),
  active: boolean("active").notNull().default(true),
  presence: text("presence", { enum: PRESENCES }).notNull().default("offline"),
  // Round-robin: the online agent assigned longest ago gets the next handoff.
  lastAssignedAt: tstz("last_assigned_at"),
  lastLoginAt: tstz("last_login_at"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`)]);
export type User = typeof users.$inferSelect;

export const teams = pgTable("teams", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  createdAt: createdAt(),
});
export type Team = typeof teams.$inferSelect;

export const teamMembers = pgTable("team_members", {
  teamId: uuid("team_id").notNull().references(() => teams.id, { onDelete: "cascade" }),
  userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
}, (t) => [primaryKey({ columns: [t.teamId, t.userId] })]);

// Failed sign-ins per key (email or IP) in a sliding window; kept in the database so the limit holds
// across several app instances.
export const loginAttempts = pgTable("login_attempts", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: tstz("window_started_at").notNull().defaultNow(),
  lockedUntil: tstz("locked_until"),
});

// ---------------------------------------------------------------------------------------------
// Channel: one inbox per WhatsApp business number

export type BusinessHours = {
  timezone: string;
  // 0 = Sunday … 6 = Saturday; each day a list of "HH:MM-HH:MM" ranges
  weekly: Record<string, string[]>;
  holidays: string[];
};

export const inboxes = pgTable("inboxes", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  phoneNumberId: text("phone_number_id").notNull().unique(),
  displayPhoneNumber: text("display_phone_number").notNull(),
  wabaId: text("waba_id"),
  defaultTeamId: uuid("default_team_id").references(() => teams.id, { onDelete: "set null" }),
  businessHours: jsonb("business_hours").$type<BusinessHours>(),
  createdAt: createdAt(),
});
export type Inbox = typeof inboxes.$inferSelect;

export const contacts = pgTable("contacts", {
  id: uuid("id").primaryKey().defaultRandom(),
  waId: text("wa_id").notNull().unique(),
  profileName: text("profile_name"),
  name: text("name"),
  email: text("email"),
  language: text("language", { enum: LANGUAGES }),
  country: text("country"),
  tier: text("tier", { enum: CONTACT_TIERS }).notNull().default("standard"),
  consent: text("consent", { enum: CONSENT_STATES }).notNull().default("unknown"),
  consentUpdatedAt: tstz("consent_updated_at"),
  shopCustomerId: uuid("shop_customer_id"),
  erasedAt: tstz("erased_at"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  // The inbox search's fragment match (lib/conversation/conversation-filters.ts): the searchable
  // fields lower-cased in one text, separated so a fragment cannot span two of them.
  searchText: text("search_text").generatedAlwaysAs(
    sql`lower(coalesce(name, '') || E'\\x1f' || coalesce(profile_name, '') || E'\\x1f' || wa_id || E'\\x1f' || coalesce(email, ''))`,
  ),
});
export type Contact = typeof contacts.$inferSelect;

export const conversations = pgTable("conversations", {
  id: uuid("id").primaryKey().defaultRandom(),
  inboxId: uuid("inbox_id").notNull().references(() => inboxes.id),
  contactId: uuid("contact_id").notNull().references(() => contacts.id),
  status: text("status", { enum: CONVERSATION_STATUSES }).notNull().default("open"),
  owner: text("owner", { enum: CONVERSATION_OWNERS }).notNull().default("bot"),
  assigneeId: uuid("assignee_id").references(() => users.id, { onDelete: "set null" }),
  teamId: uuid("team_id").references(() => teams.id, { onDelete: "set null" }),
  priority: text("priority", { enum: PRIORITIES }).notNull().default("normal"),
  labels: text("labels").array().notNull().default(sql`'{}'::text[]`),
  language: text("language", { enum: LANGUAGES }),
  intent: text("intent"),
  // End of WhatsApp's 24-hour customer-service window: last customer message + 24 h.
  windowExpiresAt: tstz("window_expires_at"),
  lastCustomerMessageAt: tstz("last_customer_message_at"),
  lastMessageAt: tstz("last_message_at"),
  firstResponseAt: tstz("first_response_at"),
  snoozedUntil: tstz("snoozed_until"),
  resolvedAt: tstz("resolved_at"),
  // The assistant's working memory for the current episode (verified identity, collected slots,
  // a change waiting for the customer's confirmation…); handing back to the bot starts a fresh one.
  agentState: jsonb("agent_state").$type<Record<string, unknown>>().notNull().default({}),
  // Bumped on every owner/assignment/status change so concurrent edits are detected, not overwritten.
  version: integer("version").notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index("conversations_inbox_status_idx").on(t.inboxId, t.status, t.lastMessageAt),
  index("conversations_contact_idx").on(t.contactId, t.createdAt),
  index("conversations_assignee_idx").on(t.assigneeId, t.status),
  // Metrics: the dashboard reads the conversations created in a date range (lib/metrics).
  index("conversations_created_idx").on(t.createdAt),
  // The inbox's "latest activity first" order (every queue but "Needs a human"): a page of 100 is read
  // from the top of this index instead of sorting every conversation that matches.
  index("conversations_last_activity_idx").on(sql`${t.lastMessageAt} desc nulls last`, sql`${t.createdAt} desc`, t.id),
  // One live conversation per customer per number: concurrent webhooks cannot open two.
  uniqueIndex("conversations_one_live_key").on(t.inboxId, t.contactId).where(sql`status <> 'resolved'`),
]);
export type Conversation = typeof conversations.$inferSelect;

// Signed numbers of conversations per inbox, team, status, owner and assignee, appended by triggers
// on conversations (written by hand in 0012_inbox_counts) and summed by the inbox's queue counts
// (lib/conversation/count-conversation-queues.ts), which also compact them.
export const conversationTallies = pgTable("conversation_tallies", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  inboxId: uuid("inbox_id").notNull(),
  teamId: uuid("team_id"),
  status: text("status", { enum: CONVERSATION_STATUSES }).notNull(),
  owner: text("owner", { enum: CONVERSATION_OWNERS }).notNull(),
  assigneeId: uuid("assignee_id"),
  conversations: integer("conversations").notNull(),
});

export const media = pgTable("media", {
  id: uuid("id").primaryKey().defaultRandom(),
  waMediaId: text("wa_media_id"),
  mimeType: text("mime_type").notNull(),
  sha256: text("sha256"),
  sizeBytes: integer("size_bytes"),
  fileName: text("file_name"),
  storageKey: text("storage_key"),
  status: text("status", { enum: ["pending", "stored", "failed"] }).notNull().default("pending"),
  error: text("error"),
  createdAt: createdAt(),
}, (t) => [uniqueIndex("media_wa_media_id_key").on(t.waMediaId)]);
export type Media = typeof media.$inferSelect;

export const messages = pgTable("messages", {
  id: uuid("id").primaryKey().defaultRandom(),
  conversationId: uuid("conversation_id").notNull().references(() => conversations.id, { onDelete: "cascade" }),
  direction: text("direction", { enum: MESSAGE_DIRECTIONS }).notNull(),
  sender: text("sender", { enum: MESSAGE_SENDERS }).notNull(),
  authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
  // WhatsApp message type as received or sent (text, image, interactive, …; "unsupported" for unknown).
  type: text("type").notNull(),
  waMessageId: text("wa_message_id"),
  body: text("body"),
  payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
  mediaId: uuid("media_id").references(() => media.id, { onDelete: "set null" }),
  replyToWaMessageId: text("reply_to_wa_message_id"),
  status: text("status", { enum: DELIVERY_STATUSES }).notNull(),
  errorCode: integer("error_code"),
  errorTitle: text("error_title"),
  isPrivateNote: boolean("is_private_note").notNull().default(false),
  // Inbound messages answered together (a burst) share the agent turn that answered them.
  turnId: uuid("turn_id"),
  sentAt: tstz("sent_at").notNull().defaultNow(),
  createdAt: createdAt(),
}, (t) => [
  uniqueIndex("messages_wa_message_id_key").on(t.waMessageId),
  index("messages_conversation_idx").on(t.conversationId, t.sentAt),
  index("messages_unanswered_idx").on(t.conversationId).where(sql`direction = 'inbound' and turn_id is null`),
  // Inbox search over what was said (simple config: every language, no stemming surprises).
  index("messages_body_search_idx").using("gin", sql`to_tsvector('simple', coalesce(${t.body}, ''))`),
]);
export type Message = typeof messages.$inferSelect;

// How far each person has read each conversation; unread counts are the customer messages after it.
export const conversationReads = pgTable("conversation_reads", {
  userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  conversationId: uuid("conversation_id").notNull().references(() => conversations.id, { onDelete: "cascade" }),
  lastReadAt: tstz("last_read_at").notNull(),
}, (t) => [primaryKey({ columns: [t.userId, t.conversationId] })]);

// Reusable answers for people; the body may use {{contact.name}}, {{contact.first_name}},
// {{agent.name}}, {{agent.first_name}} and {{inbox.name}}.
export const cannedReplies = pgTable("canned_replies", {
  id: uuid("id").primaryKey().defaultRandom(),
  shortcut: text("shortcut").notNull(),
  title: text("title").notNull(),
  body: text("body").notNull(),
  language: text("language", { enum: LANGUAGES }),
  createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [uniqueIndex("canned_replies_shortcut_key").on(sql`lower(${t.shortcut})`)]);
export type CannedReply = typeof cannedReplies.$inferSelect;

// Scoped API tokens for /api/v1. Only a SHA-256 of the secret is stored; the token is shown once.

export const apiTokens = pgTable("api_tokens", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  // The first characters of the token, so people can tell their tokens apart.
  prefix: text("prefix").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  scopes: text("scopes").array().notNull(),
  createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  expiresAt: tstz("expires_at"),
  lastUsedAt: tstz("last_used_at"),
  revokedAt: tstz("revoked_at"),
});
export type ApiToken = typeof apiTokens.$inferSelect;

// The satisfaction survey sent after a conversation is resolved, and the customer's answer.
export const csatSurveys = pgTable("csat_surveys", {
  id: uuid("id").primaryKey().defaultRandom(),
  conversationId: uuid("conversation_id").notNull().unique().references(() => conversations.id, { onDelete: "cascade" }),
  // The message that carried the survey (reply buttons, or a template outside the window).
  messageId: uuid("message_id").references(() => messages.id, { onDelete: "set null" }),
  sentAt: tstz("sent_at").notNull().defaultNow(),
  // 1 (bad) … 5 (great); null until the customer answers.
  score: integer("score"),
  comment: text("comment"),
  answeredAt: tstz("answered_at"),
}, (t) => [index("csat_surveys_answered_idx").on(t.answeredAt)]);
export type CsatSurvey = typeof csatSurveys.$inferSelect;

// Every verified webhook body, stored before we answer 200 so acknowledging costs one insert; a job
// then ingests pending bodies in batches. The raw body stays as the record of what Meta sent.
export const inboundWebhooks = pgTable("inbound_webhooks", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  receivedAt: tstz("received_at").notNull().defaultNow(),
  payload: jsonb("payload").notNull(),
  status: text("status", { enum: ["pending", "done", "failed"] }).notNull().default("pending"),
  attempts: integer("attempts").notNull().default(0),
  error: text("error"),
  processedAt: tstz("processed_at"),
}, (t) => [index("inbound_webhooks_pending_idx").on(t.id).where(sql`status = 'pending'`)]);

// Meta may deliver a status before we have recorded the send it belongs to; it waits here and is
// applied when the send's message id is recorded.
export const pendingStatuses = pgTable("pending_statuses", {
  id: uuid("id").primaryKey().defaultRandom(),
  waMessageId: text("wa_message_id").notNull(),
  status: text("status", { enum: DELIVERY_STATUSES }).notNull(),
  occurredAt: tstz("occurred_at").notNull(),
  errorCode: integer("error_code"),
  errorTitle: text("error_title"),
  callbackData: text("callback_data"),
  receivedAt: tstz("received_at").notNull().defaultNow(),
}, (t) => [index("pending_statuses_wa_message_idx").on(t.waMessageId)]);

export const OUTBOX_STATES = ["pending", "sending", "sent", "failed"] as const;

// Every outbound send goes through a row here: it survives a crash, and the recorded WhatsApp id
// makes "sent" final, so a message is sent successfully at most once.
export const outbox = pgTable("outbox", {
  id: uuid("id").primaryKey().defaultRandom(),
  messageId: uuid("message_id").notNull().unique().references(() => messages.id, { onDelete: "cascade" }),
  conversationId: uuid("conversation_id").notNull().references(() => conversations.id, { onDelete: "cascade" }),
  phoneNumberId: text("phone_number_id").notNull(),
  recipient: text("recipient").notNull(),
  request: jsonb("request").$type<Record<string, unknown>>().notNull(),
  freeForm: boolean("free_form").notNull(),
  state: text("state", { enum: OUTBOX_STATES }).notNull().default("pending"),
  attempts: integer("attempts").notNull().default(0),
  nextAttemptAt: tstz("next_attempt_at").notNull().defaultNow(),
  claimedAt: tstz("claimed_at"),
  waMessageId: text("wa_message_id"),
  lastErrorCode: integer("last_error_code"),
  lastError: text("last_error"),
  createdAt: createdAt(),
  sentAt: tstz("sent_at"),
}, (t) => [
  index("outbox_due_idx").on(t.state, t.nextAttemptAt),
  index("outbox_conversation_idx").on(t.conversationId, t.createdAt),
]);
export type OutboxRow = typeof outbox.$inferSelect;

export type ToolCallRecord = {
  toolCallId: string;
  toolName: string;
  input: unknown;
  output?: unknown;
  error?: string;
  status: "executed" | "awaiting_confirmation" | "denied" | "failed";
  durationMs: number;
};

export type TurnUsage = { inputTokens: number; outputTokens: number; model: string; modelMs: number };

// One agent turn: the customer messages it answered and what the agent decided and did.
export const agentTurns = pgTable("agent_turns", {
  id: uuid("id").primaryKey().defaultRandom(),
  conversationId: uuid("conversation_id").notNull().references(() => conversations.id, { onDelete: "cascade" }),
  status: text("status", { enum: ["running", "completed", "failed", "skipped"] }).notNull().default("running"),
  inboundCount: integer("inbound_count").notNull(),
  intent: text("intent"),
  confidence: real("confidence"),
  language: text("language", { enum: LANGUAGES }),
  sentiment: text("sentiment", { enum: ["positive", "neutral", "negative"] }),
  toolCalls: jsonb("tool_calls").$type<ToolCallRecord[]>().notNull().default([]),
  usage: jsonb("usage").$type<TurnUsage>(),
  outcome: text("outcome"),
  error: text("error"),
  startedAt: tstz("started_at").notNull().defaultNow(),
  finishedAt: tstz("finished_at"),
}, (t) => [index("agent_turns_conversation_idx").on(t.conversationId, t.startedAt)]);
export type AgentTurn = typeof agentTurns.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Agent and handoff

export const ESCALATION_REASONS = [
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
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

export type HandoffPacket = {
  summary: string;
  customerAsked: string;
  requestedResolution: string;
  identifiers: { kind: string; value: string; verified: boolean }[];
  stepsTried: { step: string; result: string }[];
  linksSent: string[];
  sentiment: "positive" | "neutral" | "negative";
  urgency: "low" | "normal" | "high";
  reason: EscalationReason;
  suggestedAction: string;
  draftReply: string;
};

export const handoffs = pgTable("handoffs", {
  id: uuid("id").primaryKey().defaultRandom(),
  conversationId: uuid("conversation_id").notNull().references(() => conversations.id, { onDelete: "cascade" }),
  reason: text("reason", { enum: ESCALATION_REASONS }).notNull(),
  packet: jsonb("packet").$type<HandoffPacket>().notNull(),
  status: text("status", { enum: HANDOFF_STATUSES }).notNull().default("waiting"),
  teamId: uuid("team_id").references(() => teams.id, { onDelete: "set null" }),
  acceptedById: uuid("accepted_by_id").references(() => users.id, { onDelete: "set null" }),
  acceptedAt: tstz("accepted_at"),
  createdAt: createdAt(),
}, (t) => [
  index("handoffs_status_idx").on(t.status, t.createdAt),
  // Metrics: a conversation's handoffs (escalation rate, packet quality, pick-up time).
  index("handoffs_conversation_idx").on(t.conversationId, t.createdAt),
]);
export type Handoff = typeof handoffs.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Knowledge and rules

export const knowledgeArticles = pgTable("knowledge_articles", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  body: text("body").notNull(),
  status: text("status", { enum: ARTICLE_STATUSES }).notNull().default("draft"),
  locale: text("locale", { enum: LANGUAGES }).notNull().default("en"),
  // Empty means every region; otherwise ISO country codes the article applies to.
  regions: text("regions").array().notNull().default(sql`'{}'::text[]`),
  tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
  intents: text("intents").array().notNull().default(sql`'{}'::text[]`),
  effectiveFrom: date("effective_from"),
  effectiveUntil: date("effective_until"),
  version: integer("version").notNull().default(1),
  authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index("knowledge_articles_status_locale_idx").on(t.status, t.locale)]);
export type KnowledgeArticle = typeof knowledgeArticles.$inferSelect;

export const knowledgeArticleVersions = pgTable("knowledge_article_versions", {
  id: uuid("id").primaryKey().defaultRandom(),
  articleId: uuid("article_id").notNull().references(() => knowledgeArticles.id, { onDelete: "cascade" }),
  version: integer("version").notNull(),
  title: text("title").notNull(),
  body: text("body").notNull(),
  status: text("status", { enum: ARTICLE_STATUSES }).notNull(),
  snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
  authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
}, (t) => [uniqueIndex("knowledge_article_versions_key").on(t.articleId, t.version)]);

export type RuleCondition =
  | { kind: "explicit_human_request" }
  | { kind: "intent_in"; intents: string[] }
  | { kind: "confidence_below"; threshold: number }
  | { kind: "negative_sentiment"; consecutive: number }
  | { kind: "topic_in"; topics: string[] }
  | { kind: "tier_in"; tiers: string[] }
  | { kind: "keyword"; keywords: string[] }
  | { kind: "failed_lookups"; atLeast: number }
  | { kind: "integration_error" }
  | { kind: "outside_business_hours" };

export type RuleAction = {
  handToTeam?: string;
  setPriority?: (typeof PRIORITIES)[number];
  addLabels?: string[];
  messageToCustomer?: Partial<Record<Language, string>>;
  // Outside business hours the bot keeps helping; other rules hand over at once.
  handover: boolean;
};

export const escalationRules = pgTable("escalation_rules", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  position: integer("position").notNull(),
  enabled: boolean("enabled").notNull().default(true),
  condition: jsonb("condition").$type<RuleCondition>().notNull(),
  action: jsonb("action").$type<RuleAction>().notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
export type EscalationRule = typeof escalationRules.$inferSelect;

// Admin-editable settings (thresholds, persona, burst window…), one JSON value per key.
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedById: uuid("updated_by_id").references(() => users.id, { onDelete: "set null" }),
  updatedAt: updatedAt(),
});

// Append-only, hash-chained: each row's hash covers its content and the previous row's hash.
export const auditEvents = pgTable("audit_events", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  at: tstz("at").notNull().defaultNow(),
  actorType: text("actor_type", { enum: ["user", "bot", "system", "api"] }).notNull(),
  actorId: text("actor_id"),
  action: text("action").notNull(),
  targetType: text("target_type"),
  targetId: text("target_id"),
  data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
  prevHash: text("prev_hash").notNull(),
  hash: text("hash").notNull(),
}, (t) => [
  index("audit_events_action_idx").on(t.action, t.at),
  // Metrics: per conversation, the events that undo an automated resolution (lib/metrics).
  index("audit_events_metrics_target_idx").on(t.targetId, t.at).where(sql`action in ('conversation.reopened', 'agent.tool.cancel_order', 'agent.tool.request_refund')`),
  // Metrics rollup triggers (0011_metric_facts): the conversations whose audited call names an order or a refund.
  index("audit_events_metrics_order_idx").on(sql`(${t.data}->'input'->>'orderNumber')`).where(sql`action = 'agent.tool.cancel_order'`),
  index("audit_events_metrics_refund_idx").on(sql`(${t.data}->'outcome'->'data'->'refund'->>'refundId')`).where(sql`action in ('agent.tool.cancel_order', 'agent.tool.request_refund')`),
]);
export type AuditEvent = typeof auditEvents.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Demo shop: the built-in connector's systems of record (orders, scheduling, billing)

export const shopCustomers = pgTable("shop_customers", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  phone: text("phone").notNull().unique(),
  country: text("country").notNull(),
  language: text("language", { enum: LANGUAGES }).notNull(),
  tier: text("tier", { enum: CONTACT_TIERS }).notNull(),
  addressLine: text("address_line").notNull(),
  city: text("city").notNull(),
  postcode: text("postcode").notNull(),
  createdAt: createdAt(),
});
export type ShopCustomer = typeof shopCustomers.$inferSelect;

export const products = pgTable("products", {
  id: uuid("id").primaryKey().defaultRandom(),
  sku: text("sku").notNull().unique(),
  name: text("name").notNull(),
  category: text("category").notNull(),
  priceCents: integer("price_cents").notNull(),
  warrantyMonths: integer("warranty_months").notNull(),
});
export type Product = typeof products.$inferSelect;

export const ORDER_STATES = [
  "pending_payment",
  "paid",
  "processing",
  "shipped",
  "delivered",
  "cancelled",
  "returned",
  "refunded",
] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export type ShippingAddress = { line: string; city: string; postcode: string; country: string };

export const orders = pgTable("orders", {
  id: uuid("id").primaryKey().defaultRandom(),
  number: text("number").notNull().unique(),
  customerId: uuid("customer_id").notNull().references(() => shopCustomers.id),
  state: text("state", { enum: ORDER_STATES }).notNull(),
  currency: text("currency").notNull(),
  totalCents: integer("total_cents").notNull(),
  shippingCents: integer("shipping_cents").notNull(),
  shippingMethod: text("shipping_method").notNull(),
  shippingAddress: jsonb("shipping_address").$type<ShippingAddress>().notNull(),
  placedAt: tstz("placed_at").notNull(),
  deliveredAt: tstz("delivered_at"),
  updatedAt: updatedAt(),
}, (t) => [index("orders_customer_idx").on(t.customerId, t.placedAt)]);
export type Order = typeof orders.$inferSelect;

export const orderItems = pgTable("order_items", {
  id: uuid("id").primaryKey().defaultRandom(),
  orderId: uuid("order_id").notNull().references(() => orders.id, { onDelete: "cascade" }),
  productId: uuid("product_id").notNull().references(() => products.id),
  quantity: integer("quantity").notNull(),
  unitPriceCents: integer("unit_price_cents").notNull(),
}, (t) => [index("order_items_order_idx").on(t.orderId)]);

export const payments = pgTable("payments", {
  id: uuid("id").primaryKey().defaultRandom(),
  orderId: uuid("order_id").notNull().references(() => orders.id, { onDelete: "cascade" }),
  method: text("method", { enum: ["card", "paypal", "ideal", "bank_transfer", "mbway"] }).notNull(),
  // Only the last four digits are ever stored.
  cardLast4: text("card_last4"),
  amountCents: integer("amount_cents").notNull(),
  status: text("status", { enum: ["pending", "captured", "refunded", "failed"] }).notNull(),
  createdAt: tstz("created_at").notNull(),
}, (t) => [index("payments_order_idx").on(t.orderId)]);

export const shipments = pgTable("shipments", {
  id: uuid("id").primaryKey().defaultRandom(),
  orderId: uuid("order_id").notNull().references(() => orders.id, { onDelete: "cascade" }),
  carrier: text("carrier").notNull(),
  trackingNumber: text("tracking_number").notNull().unique(),
  status: text("status", { enum: ["label_created", "in_transit", "out_for_delivery", "delivered", "lost", "returned"] }).notNull(),
  estimatedDelivery: date("estimated_delivery"),
  createdAt: tstz("created_at").notNull(),
}, (t) => [index("shipments_order_idx").on(t.orderId)]);

export const trackingEvents = pgTable("tracking_events", {
  id: uuid("id").primaryKey().defaultRandom(),
  shipmentId: uuid("shipment_id").notNull().references(() => shipments.id, { onDelete: "cascade" }),
  at: tstz("at").notNull(),
  location: text("location").notNull(),
  description: text("description").notNull(),
}, (t) => [index("tracking_events_shipment_idx").on(t.shipmentId, t.at)]);

export const refunds = pgTable("refunds", {
  id: uuid("id").primaryKey().defaultRandom(),
  orderId: uuid("order_id").notNull().references(() => orders.id, { onDelete: "cascade" }),
  amountCents: integer("amount_cents").notNull(),
  reason: text("reason").notNull(),
  status: text("status", { enum: ["requested", "approved", "paid", "rejected"] }).notNull(),
  idempotencyKey: text("idempotency_key").unique(),
  createdAt: tstz("created_at").notNull(),
});

export const returns = pgTable("returns", {
  id: uuid("id").primaryKey().defaultRandom(),
  orderId: uuid("order_id").notNull().references(() => orders.id, { onDelete: "cascade" }),
  kind: text("kind", { enum: ["return", "exchange"] }).notNull(),
  reason: text("reason").notNull(),
  labelUrl: text("label_url"),
  status: text("status", { enum: ["label_sent", "received", "closed"] }).notNull(),
  idempotencyKey: text("idempotency_key").unique(),
  createdAt: tstz("created_at").notNull(),
});

// Idempotency records for the built-in connectors' changes: the first result of a key is returned
// on every repeat, so a confirmation delivered twice never applies twice.
export const connectorOperations = pgTable("connector_operations", {
  idempotencyKey: text("idempotency_key").primaryKey(),
  operation: text("operation").notNull(),
  target: text("target").notNull(),
  fingerprint: text("fingerprint").notNull(),
  result: jsonb("result").notNull(),
  createdAt: createdAt(),
}, (t) => [index("connector_operations_created_idx").on(t.createdAt)]);

export const invoices = pgTable("invoices", {
  id: uuid("id").primaryKey().defaultRandom(),
  number: text("number").notNull().unique(),
  orderId: uuid("order_id").references(() => orders.id, { onDelete: "cascade" }),
  subscriptionId: uuid("subscription_id"),
  customerId: uuid("customer_id").notNull().references(() => shopCustomers.id),
  amountCents: integer("amount_cents").notNull(),
  issuedAt: tstz("issued_at").notNull(),
});

export const promoCodes = pgTable("promo_codes", {
  code: text("code").primaryKey(),
  description: text("description").notNull(),
  percentOff: integer("percent_off"),
  amountOffCents: integer("amount_off_cents"),
  minOrderCents: integer("min_order_cents").notNull().default(0),
  validFrom: date("valid_from").notNull(),
  validUntil: date("valid_until").notNull(),
  regions: text("regions").array().notNull().default(sql`'{}'::text[]`),
  active: boolean("active").notNull().default(true),
});

export const shippingRates = pgTable("shipping_rates", {
  id: uuid("id").primaryKey().defaultRandom(),
  country: text("country").notNull(),
  method: text("method", { enum: ["standard", "express", "pickup"] }).notNull(),
  priceCents: integer("price_cents").notNull(),
  freeAboveCents: integer("free_above_cents"),
  minDays: integer("min_days").notNull(),
  maxDays: integer("max_days").notNull(),
}, (t) => [uniqueIndex("shipping_rates_key").on(t.country, t.method)]);

export const appointmentSlots = pgTable("appointment_slots", {
  id: uuid("id").primaryKey().defaultRandom(),
  service: text("service").notNull(),
  location: text("location").notNull(),
  startsAt: tstz("starts_at").notNull(),
  durationMinutes: integer("duration_minutes").notNull(),
  capacity: integer("capacity").notNull().default(1),
}, (t) => [index("appointment_slots_start_idx").on(t.service, t.startsAt)]);

export const bookings = pgTable("bookings", {
  id: uuid("id").primaryKey().defaultRandom(),
  reference: text("reference").notNull().unique(),
  customerId: uuid("customer_id").notNull().references(() => shopCustomers.id),
  slotId: uuid("slot_id").notNull().references(() => appointmentSlots.id),
  status: text("status", { enum: ["confirmed", "cancelled", "completed", "no_show"] }).notNull(),
  createdAt: tstz("created_at").notNull(),
}, (t) => [index("bookings_customer_idx").on(t.customerId)]);

export const SUBSCRIPTION_PLANS = ["coffee-monthly", "coffee-biweekly", "filters-quarterly", "care-plus"] as const;

export const subscriptions = pgTable("subscriptions", {
  id: uuid("id").primaryKey().defaultRandom(),
  reference: text("reference").notNull().unique(),
  customerId: uuid("customer_id").notNull().references(() => shopCustomers.id),
  plan: text("plan", { enum: SUBSCRIPTION_PLANS }).notNull(),
  status: text("status", { enum: ["active", "paused", "cancelled"] }).notNull(),
  priceCents: integer("price_cents").notNull(),
  nextBillingOn: date("next_billing_on"),
  pausedUntil: date("paused_until"),
  createdAt: tstz("created_at").notNull(),
}, (t) => [index("subscriptions_customer_idx").on(t.customerId)]);

// ---------------------------------------------------------------------------------------------
// Metrics rollup (lib/metrics/refresh-metric-facts.ts, migration 0011_metric_facts)
//
// One row per conversation with the facts that do not depend on the correctness window; the window
// is applied when reading (conversation-facts.ts). Triggers written by hand in 0011 (drizzle has no
// schema for them) put a conversation's id in metric_facts_stale whenever its messages, turns,
// handoffs, survey, relevant audit events, shop order or refund, or its contact's later
// conversations change; every metrics read first recomputes the stale rows. No foreign key: a
// deleted conversation's row is removed by the refresh that handles its stale mark.

export const conversationMetricFacts = pgTable("conversation_metric_facts", {
  conversationId: uuid("conversation_id").primaryKey(),
  inboxId: uuid("inbox_id").notNull(),
  contactId: uuid("contact_id").notNull(),
  createdAt: tstz("created_at").notNull(),
  status: text("status").notNull(),
  resolvedAt: tstz("resolved_at"),
  // 'unknown' when the conversation has none.
  intent: text("intent").notNull(),
  firstCustomerAt: tstz("first_customer_at"),
  firstBotAt: tstz("first_bot_at"),
  firstUsefulBotAt: tstz("first_useful_bot_at"),
  firstHumanAt: tstz("first_human_at"),
  firstHandoffAt: tstz("first_handoff_at"),
  escalationReason: text("escalation_reason"),
  resolved: boolean("resolved").notNull(),
  botResolved: boolean("bot_resolved").notNull(),
  csatSent: boolean("csat_sent").notNull(),
  csatScore: integer("csat_score"),
  // The first `conversation.reopened`; the same contact's first conversation created after the
  // resolution; the earliest moment a change the assistant made was undone ('-infinity' for a
  // rejected refund, which counts whenever it happened). Compared with resolved_at + window.
  firstReopenedAt: tstz("first_reopened_at"),
  nextContactAt: tstz("next_contact_at"),
  firstReversalAt: tstz("first_reversal_at"),
  // Seconds, as defined in conversation-facts.ts.
  botResponseS: doublePrecision("bot_response_s"),
  botUsefulS: doublePrecision("bot_useful_s"),
  humanResponseS: doublePrecision("human_response_s"),
  // The conversation's handoffs: how many, how many with a complete packet (and each part), accepted,
  // still waiting; the pick-up seconds of the accepted ones, and of the first handoff.
  handoffs: integer("handoffs").notNull(),
  handoffsComplete: integer("handoffs_complete").notNull(),
  handoffsWithIdentifiers: integer("handoffs_with_identifiers").notNull(),
  handoffsWithSteps: integer("handoffs_with_steps").notNull(),
  handoffsWithSuggestedAction: integer("handoffs_with_suggested_action").notNull(),
  handoffsPickedUp: integer("handoffs_picked_up").notNull(),
  handoffsWaiting: integer("handoffs_waiting").notNull(),
  handoffPickupS: doublePrecision("handoff_pickup_s").array().notNull(),
  firstPickupS: doublePrecision("first_pickup_s"),
  computedAt: tstz("computed_at").notNull().defaultNow(),
}, (t) => [index("conversation_metric_facts_created_idx").on(t.createdAt)]);

export const metricFactsStale = pgTable("metric_facts_stale", {
  conversationId: uuid("conversation_id").primaryKey(),
});
