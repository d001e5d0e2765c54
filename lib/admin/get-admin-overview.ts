import { count, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/sql-rows";
import { conversations, escalationRules, handoffs, knowledgeArticles, users } from "@/lib/db/schema";

export type AdminOverview = {
  articles: Record<string, number>;
  rules: { enabled: number; disabled: number };
  users: Record<string, number>;
  conversations: { open: number; resolved: number; waitingHandoffs: number };
};

export async function getAdminOverview(db: Db): Promise<AdminOverview> {
  const [articleRows, ruleRows, userRows, conversationRows, waiting] = await Promise.all([
    db.select({ key: knowledgeArticles.status, value: count() }).from(knowledgeArticles).groupBy(knowledgeArticles.status),
    db.select({ key: escalationRules.enabled, value: count() }).from(escalationRules).groupBy(escalationRules.enabled),
    db.select({ key: users.role, value: count() }).from(users).where(eq(users.active, true)).groupBy(users.role),
    db.select({ key: conversations.status, value: count() }).from(conversations).groupBy(conversations.status),
    db.select({ value: count() }).from(handoffs).where(eq(handoffs.status, "waiting")),
  ]);
  const byKey = (rows: { key: string | boolean; value: number }[]) =>
    Object.fromEntries(rows.map((row) => [String(row.key), Number(row.value)])) as Record<string, number>;
  const rules = byKey(ruleRows);
  const convs = byKey(conversationRows);
  return {
    articles: byKey(articleRows),
    rules: { enabled: rules.true ?? 0, disabled: rules.false ?? 0 },
    users: byKey(userRows),
    conversations: { open: (convs.open ?? 0) + (convs.snoozed ?? 0), resolved: convs.resolved ?? 0, waitingHandoffs: Number(waiting[0]?.value ?? 0) },
  };
}

export async function getPlatformStatus(db: Db): Promise<{ database: string; version: string }> {
  const rows = await queryRows<{ version: string }>(db, sql`select version() as version`);
  const version = rows[0]?.version ?? "unknown";
  return { database: version.split(" ").slice(0, 2).join(" "), version };
}
