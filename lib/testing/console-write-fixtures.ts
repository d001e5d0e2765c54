import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import {
  contacts,
  type Conversation,
  conversations,
  type Handoff,
  type HandoffPacket,
  handoffs,
  type Inbox,
  inboxes,
  type Language,
  type Presence,
  type Role,
  type Team,
  teamMembers,
  teams,
  type User,
  users,
} from "@/lib/db/schema";

// Rows for the console's write-side tests (actions, replies, notes, assignment): each test builds
// exactly the people, teams and conversations it talks about, so no demo data (and no slow password
// hashing) is needed.

const suffix = () => randomBytes(4).toString("hex");
const phoneNumber = () => `31${(randomBytes(4).readUInt32BE() % 1_000_000_000).toString().padStart(9, "0")}`;

export async function createTeam(db: Db, slug = `team-${suffix()}`): Promise<Team> {
  const [team] = await db.insert(teams).values({ slug, name: slug }).returning();
  return team!;
}

export async function createPerson(
  db: Db,
  input: { name: string; role?: Role; presence?: Presence; active?: boolean; teams?: Team[]; lastAssignedAt?: Date | null },
): Promise<User> {
  const [user] = await db
    .insert(users)
    .values({
      email: `${input.name.toLowerCase().replace(/\s+/g, ".")}.${suffix()}@test.local`,
      name: input.name,
      passwordHash: "not-a-real-hash",
      role: input.role ?? "agent",
      presence: input.presence ?? "offline",
      active: input.active ?? true,
      lastAssignedAt: input.lastAssignedAt ?? null,
    })
    .returning();
  for (const team of input.teams ?? []) await db.insert(teamMembers).values({ teamId: team.id, userId: user!.id });
  return user!;
}

export async function createInbox(db: Db): Promise<Inbox> {
  const [inbox] = await db.insert(inboxes).values({ name: "Test inbox", phoneNumberId: `pn-${suffix()}`, displayPhoneNumber: "15550000000" }).returning();
  return inbox!;
}

// A conversation with its own customer; the 24-hour window is open unless `windowOpen` is false.
export async function createConversation(
  db: Db,
  input: { inbox: Inbox; contactLanguage?: Language | null; windowOpen?: boolean; contactId?: string } & Partial<
    Pick<Conversation, "owner" | "status" | "assigneeId" | "teamId" | "language" | "priority" | "labels" | "resolvedAt" | "snoozedUntil" | "firstResponseAt">
  >,
): Promise<Conversation> {
  const { inbox, contactLanguage, windowOpen, contactId, ...columns } = input;
  const contact =
    contactId ?? (await db.insert(contacts).values({ waId: phoneNumber(), name: "Test Customer", language: contactLanguage ?? null }).returning({ id: contacts.id }))[0]!.id;
  const now = Date.now();
  const [conversation] = await db
    .insert(conversations)
    .values({
      inboxId: inbox.id,
      contactId: contact,
      windowExpiresAt: windowOpen === false ? new Date(now - 3600_000) : new Date(now + 3600_000),
      lastCustomerMessageAt: new Date(now - 60_000),
      ...columns,
    })
    .returning();
  return conversation!;
}

export const HANDOFF_PACKET: HandoffPacket = {
  summary: "The customer asked for a person.",
  customerAsked: "Talk to a person",
  requestedResolution: "unknown",
  identifiers: [],
  stepsTried: [],
  linksSent: [],
  sentiment: "neutral",
  urgency: "normal",
  reason: "customer_requested_human",
  suggestedAction: "Reply to the customer.",
  draftReply: "Hi,",
};

export async function createHandoffRow(db: Db, input: { conversation: Conversation; teamId?: string | null; status?: Handoff["status"]; createdAt?: Date }): Promise<Handoff> {
  const [handoff] = await db
    .insert(handoffs)
    .values({
      conversationId: input.conversation.id,
      reason: "customer_requested_human",
      packet: HANDOFF_PACKET,
      status: input.status ?? "waiting",
      teamId: input.teamId ?? null,
      createdAt: input.createdAt ?? new Date(),
    })
    .returning();
  return handoff!;
}
