import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { ORDER_STATES, settings } from "@/lib/db/schema";
import { DEFAULT_AGENT_POLICY, type AgentPolicy } from "./tools/tool-context";

export const AGENT_POLICY_SETTING = "agent.policy";

export const agentPolicySchema = z.object({
  maxAutoRefundCents: z.number().int().min(0).max(10_000_000),
  returnWindowDays: z.number().int().min(0).max(365),
  cancellableStates: z.array(z.enum(ORDER_STATES)).min(0),
  addressChangeStates: z.array(z.enum(ORDER_STATES)).min(0),
});

const storedPolicySchema = agentPolicySchema.partial();

// Thresholds admins set (refund auto-approval limit, return window, states that allow changes),
// read on every turn so a change applies to the next message; the shipped defaults otherwise.
export async function loadAgentPolicy(db: Db): Promise<AgentPolicy> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, AGENT_POLICY_SETTING)).limit(1);
  const parsed = storedPolicySchema.safeParse(row?.value ?? {});
  return { ...DEFAULT_AGENT_POLICY, ...(parsed.success ? parsed.data : {}) };
}
