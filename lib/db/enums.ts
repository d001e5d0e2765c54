// Enumerations shared by the schema, validation and the browser. Kept apart from schema.ts so client
// components can use them without bundling the table definitions.
export const ROLES = ["admin", "supervisor", "agent"] as const;
export type Role = (typeof ROLES)[number];

export const PRESENCES = ["online", "away", "offline"] as const;
export type Presence = (typeof PRESENCES)[number];

export const LANGUAGES = ["en", "fr", "de", "nl", "es", "pt"] as const;
export type Language = (typeof LANGUAGES)[number];

export const CONTACT_TIERS = ["standard", "plus", "vip"] as const;
export const CONSENT_STATES = ["unknown", "opted_in", "opted_out"] as const;
export const CONVERSATION_STATUSES = ["open", "snoozed", "resolved"] as const;
export const CONVERSATION_OWNERS = ["bot", "human"] as const;
export const PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export const MESSAGE_DIRECTIONS = ["inbound", "outbound"] as const;
export const MESSAGE_SENDERS = ["customer", "bot", "agent", "system"] as const;
export const DELIVERY_STATUSES = ["received", "queued", "sent", "delivered", "read", "failed"] as const;
export const HANDOFF_STATUSES = ["waiting", "accepted", "closed"] as const;
export const ARTICLE_STATUSES = ["draft", "published", "archived"] as const;

// Scopes an API token for /api/v1 can carry.
export const API_SCOPES = ["conversations:read", "contacts:read", "knowledge:read", "knowledge:write", "metrics:read"] as const;
export type ApiScope = (typeof API_SCOPES)[number];
