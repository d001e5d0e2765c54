import type { ArticleSource } from "./knowledge-article-source";
import { shippingTable } from "./knowledge-shipping-table";

// English articles that only apply somewhere or sometime: region-limited rules, policies that start
// later, an offer that has ended, drafts and a retired policy. They exist so the knowledge filters
// (status, effective dates, regions) have something to filter.

export const ENGLISH_SCOPED_ARTICLES: readonly ArticleSource[] = [
  {
    slug: "returns-united-kingdom",
    title: "Returns from the United Kingdom",
    locale: "en",
    regions: ["GB"],
    tags: ["returns", "policy", "united-kingdom"],
    intents: ["return_or_exchange", "refund_policy"],
    body: `UK customers have the same **30 days** to return an item. Because parcels cross a customs border, returns from the UK work slightly differently.

## Cost
- Change of mind: a prepaid **Royal Mail Tracked 48** label costs **£6.95**, deducted from your refund.
- Faulty, damaged or wrong items: the label is free.

## How to return
1. Ask for a return here on WhatsApp with your order number (SO-…).
2. We e-mail the Royal Mail label and a **customs declaration (CN22)**, already filled in. Print both and attach them to the parcel.
3. Drop it off at any Post Office within 14 days. Parcels go to our UK returns partner in Northampton and are sent on to us in bulk.
4. We refund you in pounds within **5 business days after the parcel reaches Northampton**, so UK refunds are not slowed down by customs.

## Import VAT
The refund includes the import VAT you paid at checkout. You never have to claim it back from HMRC yourself.`,
  },
  {
    slug: "pickup-points-netherlands-belgium",
    title: "Collecting your parcel at a PostNL or bpost pickup point",
    locale: "en",
    regions: ["NL", "BE"],
    tags: ["shipping", "pickup-points"],
    intents: ["shipping_options", "order_status"],
    body: `In the Netherlands and Belgium you can choose a **pickup point** at checkout for a lower shipping price.

${shippingTable("en", ["NL", "BE"])}

## How it works
1. Choose "Pickup point" at checkout and select a PostNL point (NL) or bpost point or parcel locker (BE) near you.
2. You receive an e-mail and SMS from the carrier when the parcel is ready, usually **1 business day after dispatch** in the Netherlands.
3. Bring the **pickup code** from that message, or your ID. Someone else can collect it with the code and a copy of your ID.
4. The parcel is kept for **7 days**. After that it is returned to us and we refund the order minus the shipping fee, or send it again on request.

Espresso machines can be sent to PostNL points but not to bpost parcel lockers because of their size.`,
  },
  {
    slug: "returns-policy-update",
    title: "Updated returns policy: return label fee for change-of-mind returns",
    locale: "en",
    effectiveFromDays: 20,
    tags: ["returns", "policy", "upcoming-change"],
    intents: ["return_or_exchange", "refund_policy"],
    body: `**This policy applies to orders delivered on or after {{effective_from}}.** Orders delivered before that date follow the current returns policy.

What changes:
- The return window stays **30 days** from delivery.
- Change-of-mind returns cost **€4.95** for a return label in **every EU country**, deducted from the refund. Until now the label was free in the Netherlands, Belgium, Germany and France and cost €5.95 elsewhere.
- **Plus and VIP customers** keep free return labels.
- Faulty, damaged and wrong items remain free to return everywhere.
- UK returns are unchanged (£6.95 for change of mind).

What stays the same: the condition rules, the 14 days to drop off your parcel after you receive the label, and refunds within 5 business days after the return arrives.`,
  },
  {
    slug: "express-cutoff-change",
    title: "Later cut-off time for express orders",
    locale: "en",
    effectiveFromDays: 35,
    tags: ["shipping", "express", "upcoming-change"],
    intents: ["shipping_options"],
    body: `From **{{effective_from}}**, express orders paid before **16:00** (Amsterdam time) on a business day leave our warehouse the same day. The current cut-off is 13:00.

This is possible because PostNL, DHL and bpost add an evening collection at our warehouse in Tilburg. The cut-off for standard shipping stays at 14:00. Express delivery prices do not change.`,
  },
  {
    slug: "holiday-returns-extension",
    title: "Extended returns for holiday purchases",
    locale: "en",
    effectiveFromDays: -120,
    effectiveUntilDays: -30,
    tags: ["returns", "seasonal"],
    intents: ["return_or_exchange"],
    body: `Items delivered between 15 November and 24 December can be returned until **31 January**, so gifts can be exchanged after the holidays. All other returns rules apply as usual.`,
  },
  {
    slug: "carbon-neutral-shipping",
    title: "Carbon-neutral shipping (draft)",
    locale: "en",
    status: "draft",
    effectiveFromDays: 60,
    tags: ["shipping", "sustainability"],
    intents: ["shipping_options"],
    body: `DRAFT, not approved: wording and partner still to be confirmed by Legal.

From the spring, every parcel will be shipped carbon-neutral at no extra cost. We will offset the emissions of the last mile through a certified Gold Standard project and use recycled cardboard for 100% of our boxes. Customers can choose a consolidated weekly delivery to save a further 30% CO₂.`,
  },
  {
    slug: "trade-in-programme",
    title: "Trade in your old espresso machine (draft)",
    locale: "en",
    status: "draft",
    tags: ["espresso-machines", "trade-in"],
    intents: [],
    body: `DRAFT, pricing not final.

Trade in a working espresso machine of any brand and receive store credit towards a new Northwind machine: up to €150 for dual-boiler machines and €50 for single-boiler machines. We collect the old machine when we deliver the new one. Machines that do not work are recycled for free.`,
  },
  {
    slug: "returns-policy-14-days",
    title: "Returns policy (14 days, replaced)",
    locale: "en",
    status: "archived",
    effectiveFromDays: -900,
    effectiveUntilDays: -366,
    tags: ["returns", "policy"],
    intents: ["return_or_exchange"],
    body: `Items can be returned within 14 days of delivery. Return shipping is at the customer's expense in all countries. Refunds are made within 14 days of receiving the return.

Replaced by the 30-day returns policy.`,
  },
];
