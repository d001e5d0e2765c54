import { z } from "zod";

// Request shapes of /api/admin/rules besides the rule itself (which is checked by
// lib/agent/escalation/validate-rule.ts so that the editor and the agent agree on what a rule is).

export const ruleIdSchema = z.string().uuid({ error: "not a rule id" });

export const setRuleEnabledSchema = z.strictObject({ enabled: z.boolean({ error: "enabled is true or false" }) });

export const moveRuleSchema = z.strictObject({
  direction: z.enum(["up", "down"], { error: "move a rule up or down" }),
});
export type MoveDirection = z.infer<typeof moveRuleSchema>["direction"];

export const dryRunSchema = z.strictObject({
  conversationId: z.string({ error: "pick a conversation" }).uuid({ error: "pick a conversation from the list" }),
});

export const dryRunConversationsQuerySchema = z.object({
  search: z.string().trim().max(100).optional(),
});

export const revertRuleChangeSchema = z.strictObject({ eventId: z.number({ error: "give the id of the change to revert" }).int().positive() });
