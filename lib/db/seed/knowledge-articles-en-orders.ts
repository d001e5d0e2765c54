import type { ArticleSource } from "./knowledge-article-source";
import { shippingTable } from "./knowledge-shipping-table";

// English articles about orders, money and parcels: what customers ask most on WhatsApp.

export const ENGLISH_ORDER_ARTICLES: readonly ArticleSource[] = [
  {
    slug: "returns-policy",
    title: "Returns policy: 30 days to change your mind",
    locale: "en",
    tags: ["returns", "policy"],
    intents: ["return_or_exchange", "refund_policy"],
    body: `You can return most items within **30 days of delivery** for a refund or an exchange. The 30 days start on the delivery date shown in your tracking, not on the order date.

## What you can return
- **Unused items in their original packaging**: full refund of the item price.
- **Espresso machines and grinders you have tried**: accepted when they are clean, emptied of water and beans, and complete with all accessories. If a machine comes back with coffee residue we deduct a cleaning fee of €25.
- **Coffee beans, paper filters, water filter cartridges and cleaning tablets**: only unopened.
- **In-ear earbuds** (Aurel Buds Pro, Aurel Buds Lite): only with the hygiene seal intact, unless they are faulty.

## What a return costs
| Situation | Cost |
| --- | --- |
| Change of mind, delivered to NL, BE, DE or FR | Free return label |
| Change of mind, delivered to ES, PT or IE | €5.95, deducted from the refund |
| Change of mind, delivered to the UK | See "Returns from the United Kingdom" |
| Faulty, damaged or wrong item | Always free, in every country |

## How to return an item
1. Send us your order number (it starts with **SO-**, for example SO-104233) and the e-mail address you ordered with, here on WhatsApp or at northwind.example/returns.
2. Tell us which items you are returning and why.
3. We e-mail you a return label within a few minutes. In the Netherlands, Belgium and Germany you can also show the QR code at a PostNL, bpost or DHL point instead of printing.
4. Drop the parcel off within **14 days** of receiving the label.
5. We refund you within **5 business days after the parcel arrives** at our warehouse in Tilburg. See "Refund policy and refund times" for how long your bank takes after that.

Keep the drop-off receipt until the refund has arrived: it is your proof that the parcel was sent.`,
  },
  {
    slug: "exchanges",
    title: "Exchanging an item for another colour, size or model",
    locale: "en",
    tags: ["returns", "exchanges"],
    intents: ["return_or_exchange"],
    body: `Exchanges follow the same 30-day window as returns and are **free in every country**, including the UK.

## Swapping for another colour or model
1. Ask for an exchange here on WhatsApp with your order number (SO-…) and the item you want instead.
2. If the new item costs more, we send you a payment link for the difference. If it costs less, we refund the difference to your original payment method.
3. We e-mail a free return label. The replacement ships **as soon as the carrier scans your return parcel**, so you do not have to wait until it reaches us.

## Exchanging a faulty item
- Within 30 days of delivery we exchange a faulty item for a new one without a repair first.
- After 30 days the warranty applies: see "Warranty and repairs".
- VIP customers receive an **advance replacement**: we ship the new item first and you return the faulty one in the same box within 14 days.

## Not possible
- Exchanging opened coffee beans or filters.
- Exchanging for an item that is out of stock: we offer a refund instead, or reserve the item for up to 21 days.`,
  },
  {
    slug: "refund-policy",
    title: "Refund policy and refund times",
    locale: "en",
    tags: ["refunds", "policy", "payments"],
    intents: ["refund_policy", "refund_request"],
    body: `We always refund to the **payment method you used for the order**. We cannot refund to another card or account.

## When we refund
- **Returns**: within 5 business days after your return arrives at our warehouse and passes a quick check.
- **Cancelled orders**: immediately when the cancellation is confirmed.
- **Lost parcels**: as soon as the carrier confirms the loss, or at the latest 10 business days after we opened the investigation.
- **Damaged or missing items**: the same day we receive your photos, if you prefer a refund over a replacement.

## How long your bank or wallet takes after we refund
| Payment method | Time until you see the money |
| --- | --- |
| PayPal | Within 24 hours |
| iDEAL | 1–3 business days |
| MB WAY | 1–3 business days |
| Bank transfer | 3–5 business days |
| Credit or debit card | 5–10 business days |

## What is refunded
- The price you paid for the returned items.
- **Standard shipping costs** when you return the complete order within 14 days of delivery (EU right of withdrawal). Express surcharges are not refunded.
- Return label costs are refunded when the item was faulty, damaged or wrong.

Partial refunds: when an item comes back incomplete or damaged by use, we may refund part of the price. We always explain the amount by e-mail, with photos.`,
  },
  {
    slug: "refund-status",
    title: "Where is my refund? Checking the status",
    locale: "en",
    tags: ["refunds", "status"],
    intents: ["refund_status"],
    body: `Every refund goes through three steps. Send us your order number and we tell you which step yours is at.

| Status | What it means | What happens next |
| --- | --- | --- |
| **Requested** | We registered your request; for returns, the parcel arrived at our warehouse. | We check the items, usually within 2 business days. |
| **Approved** | The refund amount is confirmed. | The payout is sent within 1 business day. |
| **Paid** | We sent the money to your payment method. | Your bank or wallet shows it within the times below. |

## After the status is "paid"
- PayPal: within 24 hours. iDEAL and MB WAY: 1–3 business days. Bank transfer: 3–5 business days. Card: 5–10 business days.
- Card refunds appear as a credit from **NORTHWIND HOME** on your statement, sometimes as a reversal of the original payment rather than a new line.

## Still nothing?
If the status has been **paid for more than 10 business days** and you cannot find the money, send us a screenshot of your statement covering those dates (you may hide other transactions). Our billing team then asks the payment provider for a trace reference, which your bank can use to locate the refund.`,
  },
  {
    slug: "shipping-options-and-costs",
    title: "Shipping options and costs per country",
    locale: "en",
    tags: ["shipping", "delivery", "costs"],
    intents: ["shipping_options"],
    body: `We ship from our warehouse in Tilburg (Netherlands) to eight countries. Shipping is calculated on the value of the items in your basket, after discounts.

${shippingTable("en")}

## Good to know
- **Dispatch**: orders paid before **14:00** (Amsterdam time) on a business day leave the warehouse the same day. Express orders must be paid before **13:00**.
- **Pickup points** are available in the Netherlands, Belgium, Germany, France and Spain. Your parcel waits there for **7 days** before it is returned to us.
- **Bulky items** (espresso machines, the Aurel Soundbar 2.1 and the Room Sub) cannot be sent to pickup points in Spain.
- We do not ship to the Canary Islands, Ceuta, Melilla, the Azores, Madeira, the Channel Islands or outside the countries listed.
- United Kingdom: prices are in pounds and include import VAT and duties, so nothing is charged on delivery.`,
  },
  {
    slug: "delivery-times",
    title: "Delivery times and tracking",
    locale: "en",
    tags: ["shipping", "delivery", "tracking"],
    intents: ["shipping_options", "order_status"],
    body: `Delivery times are counted in **business days from dispatch** (Monday to Friday, excluding public holidays in the destination country).

| Country | Carrier | Standard | Express |
| --- | --- | --- | --- |
| Netherlands | PostNL | 1–2 days | next day |
| Belgium | bpost | 1–3 days | 1–2 days |
| Germany | DHL | 2–3 days | 1–2 days |
| France | Colissimo | 2–4 days | 1–2 days |
| Spain | Correos | 3–5 days | 2–3 days |
| Portugal | CTT | 3–6 days | 2–3 days |
| Ireland | An Post | 3–5 days | 2–3 days |
| United Kingdom | Royal Mail | 4–7 days | 2–4 days |

## Tracking your parcel
- When your parcel leaves the warehouse you receive an e-mail and a WhatsApp message with the **tracking number** and a link to the carrier's tracking page.
- Tracking can take up to **12 hours** to show the first scan after the label is created.
- Ask us here with your order number (SO-…) and we read the latest tracking events for you.

## Busy periods
In November and December, and in the week after a sale, add **1–2 business days**. UK parcels can spend an extra 1–2 days in customs clearance.

If tracking has not changed for 5 business days (8 for the UK and Ireland), see "My parcel has not arrived".`,
  },
  {
    slug: "missing-delivery",
    title: "My parcel has not arrived",
    locale: "en",
    tags: ["delivery", "missing", "carrier"],
    intents: ["missing_or_damaged", "order_status"],
    body: `Most "missing" parcels turn up within a day. Please go through these steps first; if the parcel is still missing, we take it from there.

## If tracking says "delivered"
1. Check your letterbox, porch, garage or bins, and ask your neighbours: carriers often leave parcels next door and put a card through your door.
2. For pickup-point deliveries, check the e-mail or SMS from the carrier with the pickup point address.
3. Wait **one business day**: drivers sometimes scan a parcel as delivered a little early.
4. Still nothing? Tell us. We ask the carrier for the GPS location and photo of the delivery and, if needed, ask you to sign a short declaration that you did not receive it.

## If tracking has not changed
- Domestic and nearby countries: if there is no new event for **5 business days**.
- United Kingdom and Ireland: if there is no new event for **8 business days**.

Then we open an **investigation with the carrier**. It takes at most **10 business days**. When the carrier confirms the parcel is lost, or when the 10 days are over, you choose:
- a **replacement** sent by express at no cost, or
- a **full refund**, including shipping costs.

You do not need to wait for the carrier to pay us. If an item from the lost order is out of stock, we refund it straight away.`,
  },
  {
    slug: "damaged-delivery",
    title: "Damaged, wrong or missing items in your parcel",
    locale: "en",
    tags: ["delivery", "damaged", "wrong-item"],
    intents: ["missing_or_damaged", "return_or_exchange"],
    body: `Sorry that your order did not arrive as it should. Report it within **14 days of delivery** and we fix it at no cost.

## What we need
1. Your order number (SO-…).
2. **Photos** of the outer box (all sides, including the shipping label), the inner packaging and the damaged item. For a wrong item, a photo of the product label or serial number.
3. For a missing item: a photo of everything that was in the box.

Please **keep the packaging** until we have closed your case: the carrier may want to inspect it.

## What we offer
- **Replacement**: shipped within 1 business day by express, free of charge. We collect the damaged item at the same time or send a free label.
- **Refund**: the full price of the item, the same day we receive the photos.
- **Small cosmetic damage** (for example a scratch on the back of a speaker): you may keep the item with a **20% partial refund** instead.

Do not use a machine with a cracked water tank, a dented boiler housing or a damaged power cable. Unplug it and send us a photo.`,
  },
  {
    slug: "order-status",
    title: "What your order status means",
    locale: "en",
    tags: ["orders", "status"],
    intents: ["order_status"],
    body: `You can ask for the status of any order here on WhatsApp with the order number (SO-…) or the e-mail address you ordered with.

| Status | Meaning |
| --- | --- |
| **Pending payment** | We have not received the payment yet. Bank transfers must arrive within 7 days, otherwise the order is cancelled automatically. |
| **Paid** | Payment received; the order is waiting to be picked. |
| **Processing** | The order is being picked and packed. Changes are usually no longer possible. |
| **Shipped** | The parcel is with the carrier. You received a tracking link. |
| **Delivered** | The carrier confirmed delivery. |
| **Cancelled** | The order was cancelled; any payment was refunded. |
| **Returned** | A return has been registered for this order. |
| **Refunded** | The refund was paid out. |

Orders paid before 14:00 on a business day are usually shipped the same day. If your order has been **processing for more than 2 business days**, let us know and we check with the warehouse.`,
  },
  {
    slug: "cancel-or-change-order",
    title: "Cancelling or changing an order",
    locale: "en",
    tags: ["orders", "cancellation", "address"],
    intents: ["cancel_order", "change_address"],
    body: `## Cancelling
- **Pending payment, paid or processing**: we can cancel the whole order or single items free of charge, as long as the parcel has not been handed to the carrier. The refund is sent immediately.
- **Shipped**: the order can no longer be cancelled. Refuse the delivery or return it within 30 days; see "Returns policy".

## Changing the delivery address
- Possible until the status is **processing** and no shipping label has been created. Send us the order number and the new address.
- We can only deliver to the same country the order was placed for, because prices, taxes and carriers differ.
- After the label is created, PostNL, DHL and bpost customers can often redirect the parcel themselves via the carrier's tracking page.

## Adding items
We cannot add items to an existing order. Place a second order; if both are ready the same day, the warehouse packs them together and we refund the second shipping fee.`,
  },
  {
    slug: "payment-methods",
    title: "Payment methods",
    locale: "en",
    tags: ["payments"],
    intents: ["payment_methods"],
    body: `The payment methods you see at checkout depend on your country.

| Method | Countries |
| --- | --- |
| Visa, Mastercard, American Express | All countries |
| Bancontact (card) | Belgium |
| iDEAL | Netherlands |
| MB WAY | Portugal |
| PayPal | All countries |
| Bank transfer | Germany, Belgium (pay within 7 days) |

## If a payment fails
1. Check that your card is enabled for online payments and that 3-D Secure (the confirmation in your banking app) was completed within 10 minutes.
2. Try once more or choose another method: a failed attempt is never charged. Reserved amounts disappear within 1–5 business days.
3. Your order stays in **pending payment** for 7 days; you can pay it from the link in the order e-mail.

We never ask for your full card number, CVC or banking codes on WhatsApp. We only store the last four digits of a card.`,
  },
  {
    slug: "invoice-copies",
    title: "Invoices and invoice copies",
    locale: "en",
    tags: ["invoices", "billing"],
    intents: ["invoice_copy"],
    body: `Every paid order gets an invoice with a number starting with **INV-** (for example INV-104512). Subscriptions get one invoice per billing period.

## Getting a copy
- The invoice is attached to the payment confirmation e-mail.
- In your account: **Orders → select the order → Download invoice (PDF)**.
- Here on WhatsApp: send the order number and we e-mail the invoice to the address on the order. For privacy reasons we only send invoices to that address.

## Company invoices
We can reissue an invoice with a **company name and VAT number** up to 30 days after the purchase. Send us the order number, the company name, its address and the VAT number. EU business customers with a valid VAT number outside the Netherlands receive a reverse-charge invoice only if the VAT number was entered at checkout.

## Corrections
Wrong name or address on the invoice? We issue a corrected invoice and a credit note for the original within 2 business days.`,
  },
  {
    slug: "promo-code-rules",
    title: "Promo codes: how they work",
    locale: "en",
    tags: ["promotions", "discounts"],
    intents: ["promo_code"],
    body: `Enter a promo code in the basket before you pay. Codes are not case-sensitive.

## Rules
- **One code per order.** Codes cannot be combined with each other.
- Each code has a **minimum order amount**, counted on the items after other discounts and before shipping.
- Codes are valid until **23:59 Amsterdam time** on their last day.
- Some codes are **only valid in certain countries**, for example codes for the Netherlands and Belgium only, or for the UK only.
- Codes do not apply to gift cards, Care Plus or subscription renewals (except SUBSCRIBE20, which applies to the first delivery of a coffee subscription).
- Welcome codes work **once per customer**, on the first order.

## Forgot to use a code?
If you placed your order in the last **24 hours** and the code was valid for it, we refund the discount as a price adjustment. Send us the order number and the code.

## The code is not accepted
Check the minimum order amount, the country of your delivery address and the expiry date. If everything looks right, send us a screenshot of the basket and we check the code.`,
  },
];
