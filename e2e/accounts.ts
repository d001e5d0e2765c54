// The seeded demo accounts (lib/db/seed) every e2e spec signs in with.
export const ADMIN = { email: "admin@demo.local", password: "demo-admin-1234" };
export const AGENT = { email: "ana@demo.local", password: "demo-agent-1234" };
export const SECOND_AGENT = { email: "ben@demo.local", password: "demo-agent-1234" };
