import type { BusinessHours, inboxes, Role, teamMembers, teams, users } from "@/lib/db/schema";
import { DAY, easterSunday, isoDate, type Clock } from "./clock";
import { deterministicUuid, type Rng } from "./random";

// The support organisation: teams, the three demo accounts and the shop's WhatsApp inbox.

export const TEAM_SLUGS = ["support", "billing", "logistics", "legal", "vip"] as const;
export type TeamSlug = (typeof TEAM_SLUGS)[number];

const TEAM_NAMES: Record<TeamSlug, string> = {
  support: "Customer Support",
  billing: "Billing & Payments",
  logistics: "Logistics & Carriers",
  legal: "Legal & Compliance",
  vip: "VIP Care",
};

export type StaffKey = "admin" | "ana" | "ben";

export type DemoAccount = { email: string; password: string; role: Role; name: string };

type StaffMember = DemoAccount & { key: StaffKey; teams: TeamSlug[] };

const STAFF: readonly StaffMember[] = [
  { key: "admin", email: "admin@demo.local", password: "demo-admin-1234", role: "admin", name: "Noor Visser", teams: [] },
  { key: "ana", email: "ana@demo.local", password: "demo-agent-1234", role: "agent", name: "Ana Costa", teams: ["support", "vip"] },
  { key: "ben", email: "ben@demo.local", password: "demo-agent-1234", role: "agent", name: "Ben Müller", teams: ["support", "billing"] },
];

export const DEMO_ADMIN_EMAIL = "admin@demo.local";

export const DEMO_ACCOUNTS: DemoAccount[] = STAFF.map(({ email, password, role, name }) => ({ email, password, role, name }));

export type InboxOptions = { phoneNumberId: string; displayPhoneNumber: string };

export type StaffData = {
  users: (typeof users.$inferInsert)[];
  teams: (typeof teams.$inferInsert)[];
  teamMembers: (typeof teamMembers.$inferInsert)[];
  inboxes: (typeof inboxes.$inferInsert)[];
  userIds: Record<StaffKey, string>;
  teamIds: Record<TeamSlug, string>;
  inboxId: string;
};

// `passwordHashes` maps each distinct demo password to its hash: argon2 is slow on purpose, so each
// password is hashed once and shared by the accounts that use it.
export function buildStaff(rng: Rng, clock: Clock, passwordHashes: ReadonlyMap<string, string>, inbox: InboxOptions): StaffData {
  // Object literals evaluate in order, so the ids are drawn in this order every time.
  const teamIds: Record<TeamSlug, string> = {
    support: deterministicUuid(rng),
    billing: deterministicUuid(rng),
    logistics: deterministicUuid(rng),
    legal: deterministicUuid(rng),
    vip: deterministicUuid(rng),
  };
  const userIds: Record<StaffKey, string> = { admin: deterministicUuid(rng), ana: deterministicUuid(rng), ben: deterministicUuid(rng) };
  const inboxId = deterministicUuid(rng);
  const createdAt = clock.minutesAgo(400 * DAY);

  return {
    teams: TEAM_SLUGS.map((slug) => ({ id: teamIds[slug], slug, name: TEAM_NAMES[slug], createdAt })),
    users: STAFF.map((member) => ({
      id: userIds[member.key],
      email: member.email,
      name: member.name,
      passwordHash: requireHash(passwordHashes, member.password),
      role: member.role,
      active: true,
      presence: "offline",
      createdAt,
      updatedAt: createdAt,
    })),
    teamMembers: STAFF.flatMap((member) => member.teams.map((slug) => ({ teamId: teamIds[slug], userId: userIds[member.key] }))),
    inboxes: [
      {
        id: inboxId,
        name: "Northwind Home WhatsApp",
        phoneNumberId: inbox.phoneNumberId,
        displayPhoneNumber: inbox.displayPhoneNumber,
        wabaId: "104729385610293",
        defaultTeamId: teamIds.support,
        businessHours: businessHours(clock.now.getUTCFullYear()),
        createdAt,
      },
    ],
    userIds,
    teamIds,
    inboxId,
  };
}

export function distinctDemoPasswords(): string[] {
  return [...new Set(STAFF.map((member) => member.password))];
}

function businessHours(year: number): BusinessHours {
  const easterMonday = new Date(easterSunday(year).getTime() + DAY * 60_000);
  // King's Day moves to the 26th when the 27th of April is a Sunday.
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? `${year}-04-26` : `${year}-04-27`;
  return {
    timezone: "Europe/Amsterdam",
    weekly: {
      "0": [],
      "1": ["08:00-18:00"],
      "2": ["08:00-18:00"],
      "3": ["08:00-18:00"],
      "4": ["08:00-18:00"],
      "5": ["08:00-18:00"],
      "6": ["10:00-14:00"],
    },
    holidays: [`${year}-01-01`, isoDate(easterMonday), kingsDay, `${year}-12-25`, `${year}-12-26`],
  };
}

function requireHash(hashes: ReadonlyMap<string, string>, password: string): string {
  const hash = hashes.get(password);
  if (!hash) throw new Error("a demo password was not hashed");
  return hash;
}
