// Three shop customers from the demo seed (lib/db/seed, seed 42), so the assistant can find their
// orders when you chat as them. Names and numbers do not depend on the seeding date;
// demo-customers.test.ts fails if the seed ever stops producing them.
export const DEMO_CUSTOMERS = [
  { waId: "447700900863", profileName: "Noah Smith", note: "English, 1 order" },
  { waId: "4915226483712", profileName: "Lukas Hofmann", note: "German, 5 orders" },
  { waId: "31624359577", profileName: "Emma van den Berg", note: "Dutch, VIP, 10 orders" },
] as const;
