import { and, eq, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { shippingRates } from "@/lib/db/schema";
import { CURRENCY_BY_COUNTRY, SHOP_COUNTRIES, type ShopCountry } from "@/lib/db/seed/country-data";
import type { ShippingQuote } from "../schemas";

// Delivery prices from the shipping rates table: each method's price, or nothing when the goods
// reach the method's free-delivery threshold. The cheapest option comes first.
export async function quoteShipping(db: Db, country: string, method: string | undefined, orderTotalCents: number | undefined): Promise<ShippingQuote> {
  const filters: SQL[] = [eq(shippingRates.country, country)];
  if (method !== undefined) {
    // A method the shop does not offer anywhere has no options, not an error.
    if (!isShippingMethod(method)) return { country, orderTotalCents: orderTotalCents ?? null, options: [] };
    filters.push(eq(shippingRates.method, method));
  }
  const rates = await db.select().from(shippingRates).where(and(...filters));
  const options = rates.map((rate) => {
    const free = rate.freeAboveCents !== null && orderTotalCents !== undefined && orderTotalCents >= rate.freeAboveCents;
    return {
      method: rate.method,
      priceCents: free ? 0 : rate.priceCents,
      currency: currencyOf(rate.country),
      freeAboveCents: rate.freeAboveCents,
      free,
      minDays: rate.minDays,
      maxDays: rate.maxDays,
    };
  });
  options.sort((a, b) => a.priceCents - b.priceCents || a.minDays - b.minDays);
  return { country, orderTotalCents: orderTotalCents ?? null, options };
}

// The rates table has no currency column: the demo shop prices the United Kingdom in pounds and
// everywhere else in euros, as its orders do.
function currencyOf(country: string): string {
  return isShopCountry(country) ? CURRENCY_BY_COUNTRY[country] : "EUR";
}

type ShippingMethod = (typeof shippingRates.method.enumValues)[number];

function isShippingMethod(method: string): method is ShippingMethod {
  return (shippingRates.method.enumValues as readonly string[]).includes(method);
}

function isShopCountry(country: string): country is ShopCountry {
  return (SHOP_COUNTRIES as readonly string[]).includes(country);
}
