import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { settings } from "@/lib/db/schema";
import { childLogger } from "@/lib/logger";
import { ASSIGNMENT_POLICY_SETTING, assignmentPolicySchema, type AssignmentPolicy } from "@/lib/validation/assignment";

const log = childLogger("assignment");

// Read on every handoff so an admin's change applies to the next one; an unreadable value falls
// back to the defaults rather than stopping assignment.
export async function loadAssignmentPolicy(db: Db): Promise<AssignmentPolicy> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, ASSIGNMENT_POLICY_SETTING)).limit(1);
  const parsed = assignmentPolicySchema.safeParse(row?.value ?? {});
  if (parsed.success) return parsed.data;
  log.warn({ issues: parsed.error.issues }, "assignment policy setting is invalid; using the defaults");
  return assignmentPolicySchema.parse({});
}
