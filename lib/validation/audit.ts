import { z } from "zod";

// The audit log's filter groups: each is a set of action prefixes (SQL LIKE patterns). Other parts
// of the product name their actions `<area>.<verb>`; a group lists every area that belongs to it.
export const AUDIT_ACTION_GROUPS = {
  auth: { label: "Sign-ins", patterns: ["auth.%"] },
  settings: { label: "Settings", patterns: ["settings.%", "setting.%", "assistant.%", "csat.%"] },
  rules: { label: "Escalation rules", patterns: ["rules.%", "rule.%", "escalation_rule.%", "escalation_rules.%"] },
  knowledge: { label: "Knowledge base", patterns: ["knowledge.%", "article.%", "articles.%"] },
  conversation: { label: "Conversations", patterns: ["conversation.%", "handoff.%"] },
  agent_tools: { label: "Agent tool calls", patterns: ["agent.tool.%"] },
  people: { label: "People and roles", patterns: ["user.%", "users.%", "people.%", "team.%", "teams.%", "role.%", "api_token.%", "api_tokens.%"] },
  exports: { label: "Exports", patterns: ["%export%"] },
} as const satisfies Record<string, { label: string; patterns: readonly string[] }>;

export type AuditActionGroup = keyof typeof AUDIT_ACTION_GROUPS;
export const AUDIT_ACTION_GROUP_KEYS = Object.keys(AUDIT_ACTION_GROUPS) as [AuditActionGroup, ...AuditActionGroup[]];

const optionalText = (max: number) => z.string().trim().max(max).optional().transform((value) => (value ? value : undefined));
const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-22.")
  .optional()
  .or(z.literal("").transform(() => undefined));

// What the audit log page, its API and its CSV export filter on.
export const auditFiltersSchema = z
  .object({
    group: z.enum(AUDIT_ACTION_GROUP_KEYS).optional().or(z.literal("").transform(() => undefined)),
    // An action or the start of one ("conversation.resolved", "agent.tool.").
    action: optionalText(120),
    // A user's name, e-mail or id, or an actor type (user, bot, system, api).
    actor: optionalText(200),
    // A target type ("conversation"), id, or "type:id".
    target: optionalText(200),
    // Days in UTC, both inclusive.
    from: day,
    to: day,
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, { message: "The start date is after the end date.", path: ["to"] });
export type AuditFilters = Partial<z.infer<typeof auditFiltersSchema>>;

export const listAuditEventsQuerySchema = z.intersection(
  auditFiltersSchema,
  z.object({
    // Keyset pagination: entries older than this id.
    cursor: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  }),
);
export type ListAuditEventsQuery = z.infer<typeof listAuditEventsQuerySchema>;
