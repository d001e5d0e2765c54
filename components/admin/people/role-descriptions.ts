import type { Role } from "@/lib/db/enums";

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: "Everything, including settings, knowledge, rules, people and API tokens.",
  supervisor: "All conversations, metrics and the audit log; cannot change settings.",
  agent: "The inbox: their conversations and their teams' queues.",
};
