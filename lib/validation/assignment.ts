import { z } from "zod";

export const ASSIGNMENT_POLICY_SETTING = "assignment.policy";

// How handoffs reach people: round-robin among online team members, none past their limit.
export const assignmentPolicySchema = z.object({
  autoAssign: z.boolean({ error: "say whether handoffs are assigned automatically (true or false)" }).default(true),
  maxOpenPerAgent: z
    .number({ error: "the limit must be a number of conversations" })
    .int({ error: "the limit is a whole number of conversations" })
    .min(1, { error: "the limit is at least 1 open conversation" })
    .max(200, { error: "the limit is at most 200 open conversations" })
    .default(8),
});
export type AssignmentPolicy = z.infer<typeof assignmentPolicySchema>;
