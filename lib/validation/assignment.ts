import { z } from "zod";

export const ASSIGNMENT_POLICY_SETTING = "assignment.policy";

// How handoffs reach people: round-robin among online team members, none past their limit.
export const assignmentPolicySchema = z.object({
  autoAssign: z.boolean().default(true),
  maxOpenPerAgent: z.number().int().min(1).max(200).default(8),
});
export type AssignmentPolicy = z.infer<typeof assignmentPolicySchema>;
