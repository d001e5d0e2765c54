import { eq, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { shopCustomers, users } from "@/lib/db/schema";
import { startOfUtcDay } from "./clock";
import { generateDemoData } from "./generate";
import { insertDemoData, type SeedCounts } from "./insert-demo-data";
import { DEMO_ACCOUNTS, DEMO_ADMIN_EMAIL, distinctDemoPasswords, type DemoAccount } from "./staff";

// Loads "Northwind Home", a small electronics and coffee-equipment shop, with six months of
// customers, orders, knowledge, rules and WhatsApp conversations. The same seed always produces the
// same ids and counts; only dates follow `now`.

export { DEMO_ACCOUNTS, type DemoAccount, type SeedCounts };

export type SeedOptions = {
  seed?: number;
  // Dates are placed relative to this moment (default: the start of the current UTC day).
  now?: Date;
  inboxPhoneNumberId?: string;
  inboxDisplayPhoneNumber?: string;
};

export type SeedSummary = {
  seed: number;
  now: Date;
  counts: SeedCounts;
  accounts: DemoAccount[];
};

export const DEFAULT_SEED = 42;

export class DemoDataPresentError extends Error {
  readonly code = "database:demo_data_present";
}

export async function seedDemoData(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const seed = options.seed ?? DEFAULT_SEED;
  const now = options.now ?? startOfUtcDay(new Date());
  const passwordHashes = new Map<string, string>();
  for (const password of distinctDemoPasswords()) passwordHashes.set(password, await hashPassword(password));

  const data = generateDemoData(seed, now, {
    phoneNumberId: options.inboxPhoneNumberId ?? "123456789012345",
    displayPhoneNumber: options.inboxDisplayPhoneNumber ?? "15551230000",
  }, passwordHashes);

  // All or nothing: a failure halfway leaves no partial demo shop behind.
  const counts = await db.transaction(async (tx) => {
    if (await isDemoDataPresent(tx)) throw new DemoDataPresentError("demo data is already loaded");
    return insertDemoData(tx, data);
  });
  return { seed, now, counts, accounts: [...DEMO_ACCOUNTS] };
}

export async function isDemoDataPresent(db: Db): Promise<boolean> {
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, DEMO_ADMIN_EMAIL)).limit(1);
  if (admin) return true;
  const [customer] = await db.select({ id: shopCustomers.id }).from(shopCustomers).limit(1);
  return customer !== undefined;
}
