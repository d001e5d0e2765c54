import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { promoCodes } from "@/lib/db/schema";
import type { PromoCodeCheck } from "../schemas";

// Whether a promo code can be used today, in a country, for an order total: known, active, within
// its dates (both ends inclusive, UTC calendar days), valid in the country, and the order large
// enough. The first rule that fails is the answer, so the agent can explain exactly one thing.
// Product restrictions ("espresso machines and grinders only") live in the description, which the
// agent passes on; the table does not model them.
export async function checkPromoCode(db: Db, today: string, code: string, country: string, orderTotalCents: number | undefined): Promise<PromoCodeCheck> {
  const [promo] = await db.select().from(promoCodes).where(eq(promoCodes.code, code)).limit(1);
  if (!promo) return { ok: false, reason: "unknown_code" };
  if (!promo.active) return { ok: false, reason: "inactive" };
  if (today < promo.validFrom) return { ok: false, reason: "not_started", validFrom: promo.validFrom };
  if (today > promo.validUntil) return { ok: false, reason: "expired", validUntil: promo.validUntil };
  if (promo.regions.length > 0 && !promo.regions.includes(country)) return { ok: false, reason: "not_valid_in_country", regions: promo.regions };
  if (orderTotalCents !== undefined && orderTotalCents < promo.minOrderCents) return { ok: false, reason: "below_minimum", minOrderCents: promo.minOrderCents };
  return {
    ok: true,
    code: promo.code,
    description: promo.description,
    percentOff: promo.percentOff,
    amountOffCents: promo.amountOffCents,
    minOrderCents: promo.minOrderCents,
    validUntil: promo.validUntil,
    regions: promo.regions,
    discountCents: orderTotalCents === undefined ? null : discountOn(orderTotalCents, promo.percentOff, promo.amountOffCents),
  };
}

function discountOn(totalCents: number, percentOff: number | null, amountOffCents: number | null): number {
  if (percentOff !== null) return Math.round((totalCents * percentOff) / 100);
  if (amountOffCents !== null) return Math.min(amountOffCents, totalCents);
  return 0;
}
