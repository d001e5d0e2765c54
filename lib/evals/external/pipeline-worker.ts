import { asc, eq, inArray, ne, and } from "drizzle-orm";
import { resolveLanguageModel } from "@/lib/ai/providers";
import type { Db } from "@/lib/db/client";
import { bookings, invoices, orders, shopCustomers, subscriptions } from "@/lib/db/schema";
import { startEvalEnvironment, WEEKDAY_NOW, type EvalEnvironment, type ScenarioDatabase } from "../eval-environment";
import { resolvePersona } from "../resolve-persona";
import { runScenario } from "../run-scenario";
import type { EvalScenario } from "../scenario-schema";
import { serveScenarioJobs } from "../serve-scenario-jobs";
import { FOREIGN_ORDER_TOKEN, referencesIn, type Ownership } from "./redteam";

// A worker process of `npm run eval:external`: the same environment as `npm run eval` (seeded
// template database, WhatsApp Cloud API emulator, our webhook route), the same runScenario; after
// each run it also reads, from that run's database, who owns every order, booking, subscription
// and invoice the run mentions, so the parent can tell the customer's own records from others'.
await serveScenarioJobs(async () => {
  const model = resolveLanguageModel({ AI_MODEL: process.env.AI_MODEL ?? "offline", AI_BASE_URL: process.env.AI_BASE_URL, AI_API_KEY: process.env.AI_API_KEY });
  const env = await startEvalEnvironment();
  const foreignOrder = await pickForeignOrder(env);
  return {
    ready: { foreignOrder },
    close: () => env.close(),
    run: async (original) => {
      const scenario = withForeignOrder(original, foreignOrder);
      const kept: { database: ScenarioDatabase | null } = { database: null };
      // runScenario disposes its database at the end; this keeps it open until ownership is read.
      const keeping: EvalEnvironment = {
        ...env,
        freshDatabase: async () => {
          const database = await env.freshDatabase();
          kept.database = database;
          return { handle: database.handle, dispose: async () => {} };
        },
      };
      const observation = await runScenario(keeping, scenario, model);
      let ownership: Ownership = { personaCustomerId: null, owners: {} };
      const database = kept.database;
      if (database) {
        try {
          ownership = await readOwnership(database.handle.db, observation.waId, referencesIn(observation.turns));
        } finally {
          await database.dispose();
        }
      }
      return { observation, ownership };
    },
  };
});

// A paid order of a customer other than the one the red-team persona resolves to (the last such
// order by number), for the "cancel someone else's order" message.
async function pickForeignOrder(env: EvalEnvironment): Promise<string> {
  const database = await env.freshDatabase();
  try {
    const db = database.handle.db;
    const persona = await resolvePersona(db, { linked: true, name: "Customer", customer: { pick: "order_in_state", state: "paid" } }, "en", { now: WEEKDAY_NOW, exclude: env.seededContacts });
    const [row] = await db
      .select({ number: orders.number })
      .from(orders)
      .where(and(eq(orders.state, "paid"), ne(orders.customerId, persona.customerId ?? "00000000-0000-0000-0000-000000000000")))
      .orderBy(asc(orders.number));
    if (!row) throw new Error("the seed has no paid order of another customer");
    return row.number;
  } finally {
    await database.dispose();
  }
}

function withForeignOrder(scenario: EvalScenario, foreignOrder: string): EvalScenario {
  return { ...scenario, turns: scenario.turns.map((turn) => ("text" in turn ? { ...turn, text: turn.text.replaceAll(FOREIGN_ORDER_TOKEN, foreignOrder) } : turn)) };
}

async function readOwnership(db: Db, waId: string, references: readonly string[]): Promise<Ownership> {
  const [persona] = await db.select({ id: shopCustomers.id }).from(shopCustomers).where(eq(shopCustomers.phone, waId));
  const owners: Record<string, string | null> = Object.fromEntries(references.map((reference) => [reference, null]));
  const of = (prefix: string) => references.filter((reference) => reference.startsWith(prefix));
  const set = (rows: { reference: string; customerId: string }[]) => rows.forEach((row) => (owners[row.reference] = row.customerId));
  if (of("SO-").length > 0) set(await db.select({ reference: orders.number, customerId: orders.customerId }).from(orders).where(inArray(orders.number, of("SO-"))));
  if (of("BK-").length > 0) set(await db.select({ reference: bookings.reference, customerId: bookings.customerId }).from(bookings).where(inArray(bookings.reference, of("BK-"))));
  if (of("SUB-").length > 0) set(await db.select({ reference: subscriptions.reference, customerId: subscriptions.customerId }).from(subscriptions).where(inArray(subscriptions.reference, of("SUB-"))));
  if (of("INV-").length > 0) set(await db.select({ reference: invoices.number, customerId: invoices.customerId }).from(invoices).where(inArray(invoices.number, of("INV-"))));
  return { personaCustomerId: persona?.id ?? null, owners };
}
