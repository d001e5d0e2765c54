import { eq, sql } from "drizzle-orm";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Db } from "@/lib/db/client";
import { conversations, type Handoff, type HandoffPacket, handoffs, inboxes, PRIORITIES, teams } from "@/lib/db/schema";
import { childLogger } from "@/lib/logger";

type Priority = (typeof PRIORITIES)[number];

export type CreateHandoffInput = {
  conversationId: string;
  packet: HandoffPacket;
  // The team named by the rule that decided; unknown or absent: the conversation's current team,
  // else the inbox's default team.
  teamSlug?: string;
  priority?: Priority;
  labels?: readonly string[];
  now?: Date;
};

export type ConversationChanges = {
  owner: "human";
  teamId: string | null;
  priority: Priority;
  labels: string[];
  status: "open" | "resolved";
};

export type CreatedHandoff = {
  handoff: Handoff;
  inboxId: string;
  // The conversation's version after the handover, for conversation.updated.
  version: number;
  changes: ConversationChanges;
};

export class ConversationNotFoundError extends Error {
  readonly code = "not_found:conversation";
}

const log = childLogger("handoff");

// Hands a conversation to people in one transaction: the waiting handoff with its packet, the
// conversation owned by a human (the bot stops), routed to the team, priority raised (never
// lowered: a person may already have set it higher), labels added, version bumped, and an audit
// event. Nothing is published here: a browser told about a handoff that then rolled back would show
// a ghost. The caller publishes the result with publishHandoff once this has returned.
export async function createHandoff(db: Db, input: CreateHandoffInput): Promise<CreatedHandoff> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    // Locked so a concurrent assignment or second escalation waits instead of overwriting labels.
    const [conversation] = await tx.select().from(conversations).where(eq(conversations.id, input.conversationId)).for("update");
    if (!conversation) throw new ConversationNotFoundError(`conversation ${input.conversationId} does not exist`);

    const teamId = await routeTo(tx, conversation.inboxId, conversation.teamId, input.teamSlug);
    const priority = input.priority && rank(input.priority) > rank(conversation.priority) ? input.priority : conversation.priority;
    const labels = [...new Set([...conversation.labels, ...(input.labels ?? [])])];
    // A snoozed conversation the customer wrote in again needs a person now, not at the snooze end.
    const status = conversation.status === "snoozed" ? "open" : conversation.status;

    const [handoff] = await tx
      .insert(handoffs)
      .values({ conversationId: conversation.id, reason: input.packet.reason, packet: input.packet, status: "waiting", teamId, createdAt: now })
      .returning();
    const [updated] = await tx
      .update(conversations)
      .set({
        owner: "human",
        teamId,
        priority,
        labels,
        status,
        ...(status !== conversation.status && { snoozedUntil: null }),
        version: sql`${conversations.version} + 1`,
        updatedAt: now,
      })
      .where(eq(conversations.id, conversation.id))
      .returning({ version: conversations.version });
    if (!handoff || !updated) throw new Error("the handoff was not stored");

    await recordAuditEvent(tx, {
      actorType: "bot",
      action: "handoff.created",
      targetType: "conversation",
      targetId: conversation.id,
      // Routing facts only: the packet holds personal data and lives (and is erased) with the handoff.
      data: { handoffId: handoff.id, reason: handoff.reason, teamId, priority, labels, previousOwner: conversation.owner },
    });

    return {
      handoff,
      inboxId: conversation.inboxId,
      version: updated.version,
      changes: { owner: "human", teamId, priority, labels, status },
    };
  });
}

// The rule's team if it exists; otherwise the team the conversation already has, else the inbox's.
async function routeTo(db: Db, inboxId: string, currentTeamId: string | null, teamSlug: string | undefined): Promise<string | null> {
  if (teamSlug !== undefined) {
    const [team] = await db.select({ id: teams.id }).from(teams).where(eq(teams.slug, teamSlug));
    if (team) return team.id;
    // A rule naming a deleted team must not keep the customer from a person.
    log.warn({ teamSlug, inboxId }, "escalation rule names an unknown team; routing to the current or default team");
  }
  if (currentTeamId !== null) return currentTeamId;
  const [inbox] = await db.select({ defaultTeamId: inboxes.defaultTeamId }).from(inboxes).where(eq(inboxes.id, inboxId));
  return inbox?.defaultTeamId ?? null;
}

function rank(priority: Priority): number {
  return PRIORITIES.indexOf(priority);
}
