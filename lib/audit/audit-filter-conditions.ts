import { and, eq, gte, ilike, like, lt, or, sql, type SQL } from "drizzle-orm";
import { auditEvents, users } from "@/lib/db/schema";
import { AUDIT_ACTION_GROUPS, type AuditFilters } from "@/lib/validation/audit";

const ACTOR_TYPES = ["user", "bot", "system", "api"] as const;
type ActorType = (typeof ACTOR_TYPES)[number];
const isActorType = (value: string): value is ActorType => (ACTOR_TYPES as readonly string[]).includes(value);

// The WHERE clause shared by the audit log's list and its CSV export. The query joins users as the
// actor (left join on actor_id), so a person can be found by name or e-mail.
export function auditFilterConditions(filters: AuditFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filters.group) conditions.push(or(...AUDIT_ACTION_GROUPS[filters.group].patterns.map((pattern) => like(auditEvents.action, pattern))));
  if (filters.action) conditions.push(like(auditEvents.action, `${escapeLike(filters.action)}%`));
  if (filters.actor) {
    const needle = `%${escapeLike(filters.actor)}%`;
    const actorType = filters.actor.toLowerCase();
    conditions.push(
      or(
        eq(auditEvents.actorId, filters.actor),
        isActorType(actorType) ? eq(auditEvents.actorType, actorType) : undefined,
        ilike(users.name, needle),
        ilike(users.email, needle),
      ),
    );
  }
  if (filters.target) {
    const [type, id] = splitTarget(filters.target);
    conditions.push(
      type && id
        ? and(eq(auditEvents.targetType, type), eq(auditEvents.targetId, id))
        : or(eq(auditEvents.targetType, filters.target), eq(auditEvents.targetId, filters.target)),
    );
  }
  if (filters.from) conditions.push(gte(auditEvents.at, new Date(`${filters.from}T00:00:00.000Z`)));
  if (filters.to) conditions.push(lt(auditEvents.at, sql`${`${filters.to}T00:00:00.000Z`}::timestamptz + interval '1 day'`));
  const present = conditions.filter((condition): condition is SQL => condition !== undefined);
  return present.length > 0 ? and(...present) : undefined;
}

// "conversation:9f…" names a type and an id; anything else is either.
function splitTarget(target: string): [string | null, string | null] {
  const colon = target.indexOf(":");
  if (colon <= 0 || colon === target.length - 1) return [null, null];
  return [target.slice(0, colon), target.slice(colon + 1)];
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
