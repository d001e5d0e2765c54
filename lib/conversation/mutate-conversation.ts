import { and, desc, eq, like, or, sql } from "drizzle-orm";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import { auditEvents, type Conversation, conversations, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { publish } from "@/lib/realtime/publish";

// The columns a console action may change.
export type ConversationPatch = Partial<
  Pick<Conversation, "owner" | "assigneeId" | "teamId" | "status" | "priority" | "labels" | "snoozedUntil" | "resolvedAt" | "firstResponseAt" | "agentState">
>;

export type MutationActor = { type: "user"; id: string } | { type: "system" };

export type MutationStep<R> = {
  patch: ConversationPatch;
  // Extra facts for the audit event (the patch itself is always recorded).
  audit?: Record<string, unknown>;
  result: R;
};

export type MutationOutcome<R> = {
  version: number;
  inboxId: string;
  // What was published in conversation.updated: the patch, dates as ISO strings; null when the
  // patch was empty and nothing was written.
  changes: Record<string, unknown> | null;
  // The conversation as it was before the change.
  before: Conversation;
  result: R;
};

// Every change a person (or the assignment robot) makes to a conversation goes through here: the
// row is locked so concurrent actions queue up, a stale `expectedVersion` is refused with a conflict
// that says who changed it, the version is bumped (unless the patch is empty), the change is audited as `conversation.<action>`
// and, only after the commit, announced to browsers.
export async function mutateConversation<R>(
  db: Db,
  input: {
    conversationId: string;
    // The version the person saw; undefined for callers that act on whatever is current.
    expectedVersion?: number;
    actor: MutationActor;
    action: string;
    now?: Date;
    apply: (context: { tx: Db; conversation: Conversation; now: Date }) => Promise<MutationStep<R>>;
  },
): Promise<MutationOutcome<R>> {
  const now = input.now ?? new Date();
  const outcome = await db.transaction(async (tx) => {
    const [conversation] = await tx.select().from(conversations).where(eq(conversations.id, input.conversationId)).for("update");
    if (!conversation) throw new AppError("not_found:api", "Conversation not found.");
    if (input.expectedVersion !== undefined && conversation.version !== input.expectedVersion) {
      throw new AppError("conflict:api", await describeLatestChange(tx, conversation, now), { details: { version: conversation.version } });
    }
    const step = await input.apply({ tx, conversation, now });
    // Nothing to change (e.g. a second reply by the assignee): no new version for others to trip on.
    if (Object.keys(step.patch).length === 0) return { version: conversation.version, inboxId: conversation.inboxId, changes: null, before: conversation, result: step.result };
    const [updated] = await tx
      .update(conversations)
      .set({ ...step.patch, version: sql`${conversations.version} + 1`, updatedAt: now })
      .where(eq(conversations.id, conversation.id))
      .returning({ version: conversations.version });
    if (!updated) throw new Error(`conversation ${conversation.id} vanished inside its own lock`);
    const changes = publicChanges(step.patch);
    await recordAuditEvent(tx, {
      actorType: input.actor.type,
      actorId: input.actor.type === "user" ? input.actor.id : null,
      action: `conversation.${input.action}`,
      targetType: "conversation",
      targetId: conversation.id,
      // The version lets a later conflict name whoever made exactly this change.
      data: { version: updated.version, changes, ...step.audit },
    });
    return { version: updated.version, inboxId: conversation.inboxId, changes, before: conversation, result: step.result };
  });
  if (outcome.changes) publish({ type: "conversation.updated", conversationId: input.conversationId, inboxId: outcome.inboxId, version: outcome.version, changes: outcome.changes });
  return outcome;
}

// The agent's working memory is internal; dates travel as ISO strings like the read APIs send them.
function publicChanges(patch: ConversationPatch): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === "agentState" || value === undefined) continue;
    changes[key] = value instanceof Date ? value.toISOString() : value;
  }
  return changes;
}

const VERBS: Record<string, string> = {
  "conversation.taken_over": "took over this conversation",
  "conversation.assigned": "changed who handles this conversation",
  "conversation.resolved": "resolved this conversation",
  "conversation.reopened": "reopened this conversation",
  "conversation.snoozed": "snoozed this conversation",
  "conversation.priority_set": "changed this conversation's priority",
  "conversation.labels_set": "changed this conversation's labels",
  "conversation.handed_back": "handed this conversation back to the assistant",
  "conversation.replied": "replied in this conversation",
  "conversation.auto_assigned": "assigned this conversation",
  "handoff.created": "handed this conversation to the team",
};

// "Ben Ortiz assigned this conversation a moment ago." when the newest audited change is the one
// that produced the current version; a generic sentence otherwise (e.g. a snooze that ran out).
async function describeLatestChange(db: Db, conversation: Conversation, now: Date): Promise<string> {
  const tail = "The view now shows the latest state.";
  // Only on conflicts, which are rare: a scan of this conversation's audit rows is fine here.
  const [latest] = await db
    .select({ action: auditEvents.action, actorType: auditEvents.actorType, actorId: auditEvents.actorId, at: auditEvents.at, data: auditEvents.data, name: users.name })
    .from(auditEvents)
    .leftJoin(users, sql`${users.id}::text = ${auditEvents.actorId}`)
    .where(and(eq(auditEvents.targetType, "conversation"), eq(auditEvents.targetId, conversation.id), or(like(auditEvents.action, "conversation.%"), eq(auditEvents.action, "handoff.created"))))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  const verb = latest ? VERBS[latest.action] : undefined;
  const madeCurrentVersion = latest?.action === "handoff.created" || latest?.data.version === conversation.version;
  if (!latest || !verb || !madeCurrentVersion) return `Someone else changed this conversation a moment ago. ${tail}`;
  const who = latest.actorType === "user" ? (latest.name ?? "Someone else") : latest.actorType === "bot" ? "The assistant" : "Automatic assignment";
  const assignee = typeof latest.data.changes === "object" && latest.data.changes !== null ? (latest.data.changes as Record<string, unknown>).assigneeId : undefined;
  const what = latest.action === "conversation.assigned" && assignee === null ? "unassigned this conversation" : latest.action === "conversation.assigned" ? "assigned this conversation" : verb;
  return `${who} ${what} ${ago(latest.at, now)}. ${tail}`;
}

function ago(at: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000);
  if (minutes < 1) return "a moment ago";
  if (minutes < 60) return minutes === 1 ? "a minute ago" : `${minutes} minutes ago`;
  const hours = Math.floor(minutes / 60);
  return hours === 1 ? "an hour ago" : `${hours} hours ago`;
}
