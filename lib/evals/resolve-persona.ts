import { and, asc, eq, gt, inArray, ne } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { appointmentSlots, bookings, orders, shopCustomers, subscriptions } from "@/lib/db/schema";
import type { Language } from "@/lib/db/schema";
import type { CustomerPick, Persona } from "./scenario-schema";

// The persona made concrete on the seeded shop: the WhatsApp number, and for a linked persona the
// customer and the records the scenario's placeholders stand for.
export type ResolvedPersona = {
  waId: string;
  name: string;
  customerId: string | null;
  values: Partial<Record<Placeholder, string>>;
};

export const PLACEHOLDERS = ["order", "booking", "subscription", "email", "postcode", "name"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

// The first matching customer by phone number (the seed is deterministic, so every run picks the
// same one), skipping numbers that already have a conversation in the seed.
export async function resolvePersona(db: Db, persona: Persona, language: Language, options: { now: Date; exclude: ReadonlySet<string> }): Promise<ResolvedPersona> {
  if (!persona.linked) return { waId: persona.waId, name: persona.name, customerId: null, values: { name: persona.name } };
  const criteria = persona.customer;
  const candidates = await db
    .select({ id: shopCustomers.id, phone: shopCustomers.phone, email: shopCustomers.email, postcode: shopCustomers.postcode, name: shopCustomers.name })
    .from(shopCustomers)
    .where(and(eq(shopCustomers.language, language), criteria.pick === "vip" ? eq(shopCustomers.tier, "vip") : ne(shopCustomers.tier, "vip")))
    .orderBy(asc(shopCustomers.phone));
  for (const candidate of candidates) {
    if (options.exclude.has(candidate.phone)) continue;
    const found = await customerRecordsFor(db, candidate.id, criteria, options.now);
    if (!found) continue;
    return {
      waId: candidate.phone,
      name: persona.name,
      customerId: candidate.id,
      values: { email: candidate.email, postcode: candidate.postcode, name: candidate.name, ...found },
    };
  }
  throw new Error(`no ${language} shop customer matches ${JSON.stringify(criteria)}`);
}

// The records of one shop customer a pick stands for ({order}, {booking}, {subscription}), or null
// when the customer does not fit the pick. Also used by the agent's scenario tests.
export async function customerRecordsFor(db: Db, customerId: string, criteria: CustomerPick, now: Date): Promise<Partial<Record<Placeholder, string>> | null> {
  const own = await db
    .select({ number: orders.number, state: orders.state, deliveredAt: orders.deliveredAt })
    .from(orders)
    .where(eq(orders.customerId, customerId))
    .orderBy(asc(orders.placedAt));
  const newest = own.at(-1);
  switch (criteria.pick) {
    case "order_in_state": {
      const recentEnough = (order: (typeof own)[number]) =>
        !criteria.withinReturnWindow || (order.deliveredAt !== null && now.getTime() - order.deliveredAt.getTime() < 25 * 86_400_000);
      const inState = own.filter((order) => order.state === criteria.state && recentEnough(order));
      if (criteria.orders === "only") return own.length === 1 && inState.length === 1 ? { order: inState[0]!.number } : null;
      if (criteria.orders === "several") return own.length >= 2 && newest !== undefined && newest.state === criteria.state ? { order: newest.number } : null;
      return inState.length > 0 ? { order: inState.at(-1)!.number } : null;
    }
    case "booking": {
      const upcoming = await db
        .select({ reference: bookings.reference })
        .from(bookings)
        .innerJoin(appointmentSlots, eq(appointmentSlots.id, bookings.slotId))
        .where(and(eq(bookings.customerId, customerId), eq(bookings.status, "confirmed"), gt(appointmentSlots.startsAt, now)));
      return upcoming.length === 1 ? { booking: upcoming[0]!.reference, ...(newest ? { order: newest.number } : {}) } : null;
    }
    case "subscription": {
      const open = await db
        .select({ reference: subscriptions.reference, status: subscriptions.status })
        .from(subscriptions)
        .where(and(eq(subscriptions.customerId, customerId), inArray(subscriptions.status, ["active", "paused"])));
      const wanted = criteria.subscriptionStatus ?? "active";
      return open.length === 1 && open[0]!.status === wanted ? { subscription: open[0]!.reference } : null;
    }
    case "vip":
    case "any":
      return newest ? { order: newest.number } : {};
  }
}

// Fills {order}, {booking}… in a text; a placeholder the persona has no value for is an error.
export function fillPlaceholders(text: string, values: ResolvedPersona["values"]): string {
  return text.replace(/\{(order|booking|subscription|email|postcode|name)\}/g, (_, key: Placeholder) => {
    const value = values[key];
    if (value === undefined) throw new Error(`the scenario uses {${key}}, which the persona does not have`);
    return value;
  });
}

// The same inside a regular expression source: the value is matched literally.
export function fillPattern(source: string, values: ResolvedPersona["values"]): RegExp {
  const filled = source.replace(/\{(order|booking|subscription|email|postcode|name)\}/g, (placeholder) =>
    fillPlaceholders(placeholder, values).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
  );
  return new RegExp(filled, "i");
}
