import type { products, promoCodes, shippingRates } from "@/lib/db/schema";
import type { Clock } from "./clock";
import type { ShopCountry } from "./country-data";
import { deterministicUuid, type Rng } from "./random";

// What Northwind Home sells, what delivery costs, and which promo codes exist. The knowledge base
// quotes these same tables, so an answer from an article always matches what the shop charges.

export const PRODUCT_CATEGORIES = [
  "espresso-machines",
  "grinders",
  "kettles",
  "headphones",
  "speakers",
  "chargers",
  "accessories",
  "filters",
  "coffee-beans",
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

// Manufacturer warranty on top of the two-year legal guarantee; consumables carry none.
export const WARRANTY_MONTHS: Record<ProductCategory, number> = {
  "espresso-machines": 36,
  grinders: 24,
  kettles: 24,
  headphones: 24,
  speakers: 24,
  chargers: 24,
  accessories: 12,
  filters: 0,
  "coffee-beans": 0,
};

type CatalogEntry = { sku: string; name: string; category: ProductCategory; priceCents: number };

const CATALOG: readonly CatalogEntry[] = [
  { sku: "NW-ESP-001", name: "Northwind Barista One espresso machine", category: "espresso-machines", priceCents: 44900 },
  { sku: "NW-ESP-002", name: "Northwind Barista One espresso machine, matte black", category: "espresso-machines", priceCents: 46900 },
  { sku: "NW-ESP-003", name: "Northwind Barista Pro dual-boiler espresso machine", category: "espresso-machines", priceCents: 129900 },
  { sku: "NW-ESP-004", name: "Lumo Compact espresso machine", category: "espresso-machines", priceCents: 24900 },
  { sku: "NW-ESP-005", name: "Lumo Bean-to-Cup automatic coffee machine", category: "espresso-machines", priceCents: 79900 },
  { sku: "NW-GRD-001", name: "Northwind Flat 64 electric grinder", category: "grinders", priceCents: 34900 },
  { sku: "NW-GRD-002", name: "Northwind Conical 40 electric grinder", category: "grinders", priceCents: 17900 },
  { sku: "NW-GRD-003", name: "Voyager hand grinder", category: "grinders", priceCents: 8900 },
  { sku: "NW-GRD-004", name: "Lumo Single-Dose grinder", category: "grinders", priceCents: 27900 },
  { sku: "NW-KTL-001", name: "Pour-over gooseneck kettle 0.9 L with temperature control", category: "kettles", priceCents: 12900 },
  { sku: "NW-KTL-002", name: "Classic electric kettle 1.7 L", category: "kettles", priceCents: 4900 },
  { sku: "NW-KTL-003", name: "Stovetop gooseneck kettle 1.0 L", category: "kettles", priceCents: 3900 },
  { sku: "NW-AUD-101", name: "Aurel ANC 700 wireless headphones", category: "headphones", priceCents: 27900 },
  { sku: "NW-AUD-102", name: "Aurel Buds Pro true-wireless earbuds", category: "headphones", priceCents: 17900 },
  { sku: "NW-AUD-103", name: "Aurel Studio wired headphones", category: "headphones", priceCents: 12900 },
  { sku: "NW-AUD-104", name: "Aurel Buds Lite earbuds", category: "headphones", priceCents: 6900 },
  { sku: "NW-AUD-105", name: "Aurel Kids volume-limited headphones", category: "headphones", priceCents: 3900 },
  { sku: "NW-SPK-201", name: "Aurel Room 1 smart speaker", category: "speakers", priceCents: 19900 },
  { sku: "NW-SPK-202", name: "Aurel Go portable speaker", category: "speakers", priceCents: 8900 },
  { sku: "NW-SPK-203", name: "Aurel Soundbar 2.1", category: "speakers", priceCents: 39900 },
  { sku: "NW-SPK-204", name: "Aurel Room Sub wireless subwoofer", category: "speakers", priceCents: 44900 },
  { sku: "NW-CHG-301", name: "65 W USB-C GaN charger", category: "chargers", priceCents: 4900 },
  { sku: "NW-CHG-302", name: "3-in-1 wireless charging stand", category: "chargers", priceCents: 7900 },
  { sku: "NW-CHG-303", name: "Braided USB-C to USB-C cable 2 m", category: "chargers", priceCents: 1900 },
  { sku: "NW-CHG-304", name: "20,000 mAh USB-C power bank", category: "chargers", priceCents: 5900 },
  { sku: "NW-CHG-305", name: "Magnetic wireless car charger", category: "chargers", priceCents: 3900 },
  { sku: "NW-ACC-601", name: "Stainless steel milk pitcher 600 ml", category: "accessories", priceCents: 2490 },
  { sku: "NW-ACC-602", name: "Calibrated tamper 58 mm", category: "accessories", priceCents: 3990 },
  { sku: "NW-ACC-603", name: "Knock box", category: "accessories", priceCents: 2290 },
  { sku: "NW-ACC-604", name: "Coffee scale with timer", category: "accessories", priceCents: 4990 },
  { sku: "NW-FLT-401", name: "Water filter cartridges, pack of 3", category: "filters", priceCents: 2995 },
  { sku: "NW-FLT-402", name: "Paper filters size 02, 100 pieces", category: "filters", priceCents: 795 },
  { sku: "NW-FLT-403", name: "Descaler 500 ml (2 doses)", category: "filters", priceCents: 1495 },
  { sku: "NW-FLT-404", name: "Reusable stainless steel pour-over filter", category: "filters", priceCents: 2495 },
  { sku: "NW-FLT-405", name: "Espresso machine cleaning tablets, 60 pieces", category: "filters", priceCents: 1295 },
  { sku: "NW-BNS-501", name: "Northwind House Blend espresso beans 1 kg", category: "coffee-beans", priceCents: 2490 },
  { sku: "NW-BNS-502", name: "Ethiopia Yirgacheffe filter beans 250 g", category: "coffee-beans", priceCents: 1450 },
  { sku: "NW-BNS-503", name: "Colombia Huila espresso beans 1 kg", category: "coffee-beans", priceCents: 2890 },
  { sku: "NW-BNS-504", name: "Decaf Swiss Water beans 500 g", category: "coffee-beans", priceCents: 1690 },
  { sku: "NW-BNS-505", name: "Brazil Cerrado beans 1 kg", category: "coffee-beans", priceCents: 2290 },
  { sku: "NW-BNS-506", name: "Kenya AA filter beans 250 g", category: "coffee-beans", priceCents: 1650 },
];

export type ProductRow = typeof products.$inferInsert & { id: string; category: ProductCategory; priceCents: number };

export function buildProducts(rng: Rng): ProductRow[] {
  return CATALOG.map((entry) => ({
    id: deterministicUuid(rng),
    sku: entry.sku,
    name: entry.name,
    category: entry.category,
    priceCents: entry.priceCents,
    warrantyMonths: WARRANTY_MONTHS[entry.category],
  }));
}

// Prices are set in euros; UK customers pay a rounded pound price ending in .99.
export function localPriceCents(euroCents: number, currency: "EUR" | "GBP"): number {
  if (currency === "EUR") return euroCents;
  return Math.max(99, Math.round((euroCents * 0.86) / 100) * 100 - 1);
}

export type ShippingMethod = "standard" | "express" | "pickup";

export type ShippingRate = {
  country: ShopCountry;
  method: ShippingMethod;
  priceCents: number;
  freeAboveCents: number | null;
  minDays: number;
  maxDays: number;
};

// Pickup points exist where our carrier has a parcel-shop network (not PT, GB or IE).
export const SHIPPING_RATES: readonly ShippingRate[] = [
  { country: "NL", method: "standard", priceCents: 495, freeAboveCents: 5000, minDays: 1, maxDays: 2 },
  { country: "NL", method: "express", priceCents: 995, freeAboveCents: null, minDays: 1, maxDays: 1 },
  { country: "NL", method: "pickup", priceCents: 395, freeAboveCents: 3500, minDays: 1, maxDays: 3 },
  { country: "BE", method: "standard", priceCents: 595, freeAboveCents: 5000, minDays: 1, maxDays: 3 },
  { country: "BE", method: "express", priceCents: 1195, freeAboveCents: null, minDays: 1, maxDays: 2 },
  { country: "BE", method: "pickup", priceCents: 395, freeAboveCents: 3500, minDays: 2, maxDays: 3 },
  { country: "DE", method: "standard", priceCents: 595, freeAboveCents: 6000, minDays: 2, maxDays: 3 },
  { country: "DE", method: "express", priceCents: 1295, freeAboveCents: null, minDays: 1, maxDays: 2 },
  { country: "DE", method: "pickup", priceCents: 495, freeAboveCents: 4000, minDays: 2, maxDays: 4 },
  { country: "FR", method: "standard", priceCents: 695, freeAboveCents: 6000, minDays: 2, maxDays: 4 },
  { country: "FR", method: "express", priceCents: 1495, freeAboveCents: null, minDays: 1, maxDays: 2 },
  { country: "FR", method: "pickup", priceCents: 495, freeAboveCents: 4000, minDays: 3, maxDays: 5 },
  { country: "ES", method: "standard", priceCents: 795, freeAboveCents: 7500, minDays: 3, maxDays: 5 },
  { country: "ES", method: "express", priceCents: 1695, freeAboveCents: null, minDays: 2, maxDays: 3 },
  { country: "ES", method: "pickup", priceCents: 595, freeAboveCents: 5000, minDays: 4, maxDays: 6 },
  { country: "PT", method: "standard", priceCents: 895, freeAboveCents: 7500, minDays: 3, maxDays: 6 },
  { country: "PT", method: "express", priceCents: 1895, freeAboveCents: null, minDays: 2, maxDays: 3 },
  { country: "GB", method: "standard", priceCents: 995, freeAboveCents: 10000, minDays: 4, maxDays: 7 },
  { country: "GB", method: "express", priceCents: 2495, freeAboveCents: null, minDays: 2, maxDays: 4 },
  { country: "IE", method: "standard", priceCents: 895, freeAboveCents: 7500, minDays: 3, maxDays: 5 },
  { country: "IE", method: "express", priceCents: 1995, freeAboveCents: null, minDays: 2, maxDays: 3 },
];

export function shippingRateFor(country: ShopCountry, method: ShippingMethod): ShippingRate | undefined {
  return SHIPPING_RATES.find((rate) => rate.country === country && rate.method === method);
}

export function buildShippingRates(rng: Rng): (typeof shippingRates.$inferInsert)[] {
  return SHIPPING_RATES.map((rate) => ({ id: deterministicUuid(rng), ...rate }));
}

type PromoCodeEntry = Omit<typeof promoCodes.$inferInsert, "validFrom" | "validUntil"> & {
  // Validity in days relative to today.
  fromDays: number;
  untilDays: number;
};

const PROMO_CODES: readonly PromoCodeEntry[] = [
  { code: "WELCOME10", description: "10% off a first order, once per customer", percentOff: 10, minOrderCents: 0, fromDays: -365, untilDays: 365, regions: [], active: true },
  { code: "BREW15", description: "15% off espresso machines and grinders on orders from €300", percentOff: 15, minOrderCents: 30000, fromDays: -20, untilDays: 40, regions: [], active: true },
  { code: "BEANS5", description: "€5 off coffee beans on orders from €40", amountOffCents: 500, minOrderCents: 4000, fromDays: -60, untilDays: 120, regions: [], active: true },
  { code: "SUMMER20", description: "20% off headphones and speakers (summer sale)", percentOff: 20, minOrderCents: 5000, fromDays: -160, untilDays: -70, regions: [], active: true },
  { code: "BLACKFRIDAY25", description: "25% off everything, Black Friday weekend", percentOff: 25, minOrderCents: 0, fromDays: -300, untilDays: -296, regions: [], active: true },
  { code: "SPRING12", description: "12% off kettles and accessories (spring campaign, not started yet)", percentOff: 12, minOrderCents: 2500, fromDays: 25, untilDays: 55, regions: [], active: true },
  { code: "KONINGSDAG", description: "€10 off orders from €75, Netherlands and Belgium only", amountOffCents: 1000, minOrderCents: 7500, fromDays: -10, untilDays: 30, regions: ["NL", "BE"], active: true },
  { code: "UKFREESHIP", description: "Free standard delivery to the United Kingdom on orders from £50", amountOffCents: 995, minOrderCents: 5000, fromDays: -30, untilDays: 60, regions: ["GB"], active: true },
  { code: "IBERIA15", description: "15% off for customers in Spain and Portugal on orders from €100", percentOff: 15, minOrderCents: 10000, fromDays: -15, untilDays: 45, regions: ["ES", "PT"], active: true },
  { code: "STAFF50", description: "Staff discount, withdrawn after misuse", percentOff: 50, minOrderCents: 0, fromDays: -200, untilDays: 165, regions: [], active: false },
  { code: "SUBSCRIBE20", description: "20% off the first delivery of a coffee subscription", percentOff: 20, minOrderCents: 0, fromDays: -90, untilDays: 275, regions: [], active: true },
];

export function buildPromoCodes(clock: Clock): (typeof promoCodes.$inferInsert)[] {
  return PROMO_CODES.map(({ fromDays, untilDays, ...code }) => ({
    ...code,
    validFrom: clock.dateInDays(fromDays),
    validUntil: clock.dateInDays(untilDays),
  }));
}
