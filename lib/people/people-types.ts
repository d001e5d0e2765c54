import type { ApiScope, Presence, Role } from "@/lib/db/enums";

// What the people admin API returns, as JSON (dates as ISO strings). Plain types so the browser can
// use them without bundling database code.

export type PersonView = {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  presence: Presence;
  teamIds: string[];
  lastLoginAt: string | null;
  createdAt: string;
};

export type TeamView = { id: string; slug: string; name: string; memberIds: string[] };

export type PeopleDirectory = { users: PersonView[]; teams: TeamView[] };

export type ApiTokenState = "active" | "expired" | "revoked";

export type ApiTokenView = {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  state: ApiTokenState;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

// A secret the server shows exactly once: a new person's or a reset temporary password, or a new
// API token. It is never stored in clear and never logged.
export type InvitedPerson = { user: PersonView; temporaryPassword: string };
export type CreatedApiToken = { token: ApiTokenView; secret: string };
