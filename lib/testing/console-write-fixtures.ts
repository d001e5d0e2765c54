import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll } from "vitest";
import { type Db, setDatabase } from "@/lib/db/client";
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
import { createJobRunner, startJobRunner, stopJobRunner } from "@/lib/jobs/job-runner";
import type { RealtimeEvent } from "@/lib/realtime/events";
import { registerRealtimeSink } from "@/lib/realtime/publish";
import { connectionUrl, createTestDatabase, type TestDatabase } from "@/lib/testing/databases";

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

export type ConsoleWorld = {
  readonly database: TestDatabase;
  db: () => Db;
  readonly inbox: Inbox;
  readonly ana: User;
  readonly ben: User;
  // Every realtime event published during the current test (emptied after each one).
  readonly events: RealtimeEvent[];
};

// The world most console write-side test files share, built once per file on a fresh database of
// `kind`: an inbox, two agents (Ana Costa and Ben Ortiz, offline, in no team) unless `people` is false,
// and a realtime sink collecting `events`. `global` also makes the database the process-wide handle
// (what job handlers read); `jobs` implies it and starts the job runner. Call inside a describe block:
// it registers the beforeAll/afterAll/afterEach hooks, so read the fields only inside tests or hooks.
export function useConsoleWorld(kind: "pglite" | "postgres", options: { global?: boolean; jobs?: boolean; people?: boolean } = {}): ConsoleWorld {
  const processWide = options.global === true || options.jobs === true;
  const people = options.people ?? true;
  let database: TestDatabase | undefined;
  let inbox: Inbox | undefined;
  let ana: User | undefined;
  let ben: User | undefined;
  let unregister: (() => void) | undefined;
  const events: RealtimeEvent[] = [];
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useConsoleWorld: no ${what} (read it inside a test; Ana and Ben need people: true)`);
    return value;
  };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    if (processWide) setDatabase(database.handle);
    if (options.jobs) await startJobRunner(createJobRunner(database.handle, { connectionString: connectionUrl(database) }), null);
    inbox = await createInbox(database.handle.db);
    if (people) {
      ana = await createPerson(database.handle.db, { name: "Ana Costa" });
      ben = await createPerson(database.handle.db, { name: "Ben Ortiz" });
    }
    unregister = registerRealtimeSink((event) => events.push(event));
  });
  afterAll(async () => {
    unregister?.();
    if (options.jobs) await stopJobRunner();
    if (processWide) setDatabase(undefined);
    await database?.dispose();
  });
  afterEach(() => {
    events.length = 0;
  });

  return {
    get database() {
      return ready(database, "database");
    },
    db: () => ready(database, "database").handle.db,
    get inbox() {
      return ready(inbox, "inbox");
    },
    get ana() {
      return ready(ana, "ana");
    },
    get ben() {
      return ready(ben, "ben");
    },
    events,
  };
}
