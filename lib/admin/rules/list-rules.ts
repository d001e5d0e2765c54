import { asc } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { escalationRules, teams } from "@/lib/db/schema";
import { type RuleSnapshot, ruleSnapshot } from "./rule-snapshot";

export type RulesView = { rules: (RuleSnapshot & { updatedAt: string })[]; teams: { slug: string; name: string }[] };

// Every rule in the order the agent checks them, with the teams a rule may hand to.
export async function listRules(db: Db): Promise<RulesView> {
  const [rows, teamRows] = await Promise.all([
    db.select().from(escalationRules).orderBy(asc(escalationRules.position), asc(escalationRules.createdAt)),
    db.select({ slug: teams.slug, name: teams.name }).from(teams).orderBy(asc(teams.name)),
  ]);
  return { rules: rows.map((row) => ({ ...ruleSnapshot(row), updatedAt: row.updatedAt.toISOString() })), teams: teamRows };
}
