import { validateRule } from "@/lib/agent/escalation/validate-rule";
import type { EscalationRuleInput } from "@/lib/agent/escalation/rule-schemas";
import { invalidSettings } from "@/lib/admin/settings/field-errors";
import type { Db } from "@/lib/db/client";
import { teams } from "@/lib/db/schema";

// The rule editor's input, checked like the agent reads it, against the teams that exist now.
export async function checkRule(db: Db, input: unknown): Promise<EscalationRuleInput> {
  const teamRows = await db.select({ slug: teams.slug }).from(teams);
  const result = validateRule(input, { knownTeamSlugs: teamRows.map((team) => team.slug) });
  if (!result.ok) throw invalidSettings(result.errors, "The rule needs fixing before it can be saved.");
  return result.rule;
}
