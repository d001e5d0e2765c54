import type { Db } from "@/lib/db/client";
import { contacts, conversations, handoffs, inboxes, messages, teamMembers, teams, users, type HandoffPacket } from "@/lib/db/schema";

// Rows for the agent console's read-side tests, inserted directly: people, an inbox, contacts,
// conversations in each queue, their messages and handoffs. Times are minutes before `now`.

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export function minutesAgo(now: Date, minutes: number): Date {
  return new Date(now.getTime() - minutes * 60_000);
}

export async function insertPerson(db: Db, name: string, options: { teamIds?: string[]; active?: boolean; presence?: "online" | "away" | "offline" } = {}) {
  const [row] = await db
    .insert(users)
    .values({ name, email: `${name.toLowerCase().replace(/\W+/g, ".")}@example.test`, passwordHash: "x", active: options.active ?? true, presence: options.presence ?? "offline" })
    .returning();
  for (const teamId of options.teamIds ?? []) await db.insert(teamMembers).values({ teamId, userId: row!.id });
  return row!;
}

export async function insertTeam(db: Db, slug: string, name: string) {
  const [row] = await db.insert(teams).values({ slug, name }).returning();
  return row!;
}

export async function insertInbox(db: Db, name = "Northwind Home", phoneNumberId = "123456789012345") {
  const [row] = await db.insert(inboxes).values({ name, phoneNumberId, displayPhoneNumber: "15551230000", wabaId: "109876543210987" }).returning();
  return row!;
}

export async function insertContact(db: Db, values: Insert<typeof contacts>) {
  const [row] = await db.insert(contacts).values(values).returning();
  return row!;
}

export async function insertConversation(db: Db, values: Insert<typeof conversations>) {
  const [row] = await db.insert(conversations).values(values).returning();
  return row!;
}

// Inserts messages and moves the conversation's last activity to the newest visible one.
export async function insertMessage(db: Db, values: Omit<Insert<typeof messages>, "status"> & { status?: Insert<typeof messages>["status"] }) {
  const status = values.status ?? (values.direction === "inbound" ? "received" : "delivered");
  const [row] = await db.insert(messages).values({ ...values, status }).returning();
  return row!;
}

export const PACKET: HandoffPacket = {
  summary: "Customer wants a refund for a broken blender.",
  customerAsked: "Refund",
  requestedResolution: "Full refund",
  identifiers: [{ kind: "order", value: "SO-100001", verified: true }],
  stepsTried: [],
  linksSent: [],
  sentiment: "negative",
  urgency: "high",
  reason: "customer_requested_human",
  suggestedAction: "Approve the refund.",
  draftReply: "Hi, I'm sorry about the blender.",
};

export async function insertHandoff(db: Db, values: Omit<Insert<typeof handoffs>, "packet" | "reason"> & Partial<Pick<Insert<typeof handoffs>, "packet" | "reason">>) {
  const [row] = await db
    .insert(handoffs)
    .values({ reason: "customer_requested_human", packet: PACKET, ...values })
    .returning();
  return row!;
}
