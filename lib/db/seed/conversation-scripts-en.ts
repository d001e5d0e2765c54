import { DAY, HOUR, isoDate } from "./clock";
import {
  baseIdentifiers,
  dayName,
  daysSince,
  itemOf,
  lastTrackingStep,
  maskedEmail,
  money,
  need,
  trackingUrl,
  type ConversationScript,
} from "./conversation-script";

// English conversations (UK and Irish customers).

export const ENGLISH_SCRIPTS: readonly ConversationScript[] = [
  {
    key: "gb-missing-parcel",
    language: "en",
    match: {
      language: "en",
      countries: ["GB"],
      order: {
        // Old enough to be overdue, with the last tracking event before the customer wrote.
        require: (order, shop) => {
          const shipment = shop.shipmentOf(order);
          return order.state === "shipped" && shipment !== undefined && order.timeline.placed > 4 * DAY && lastTrackingStep(shipment).minutesAgo > 3 * HOUR;
        },
        prefer: (order, shop) => shop.shipmentOf(order)?.status === "lost",
      },
    },
    play: (ctx) => {
      const order = need(ctx.order, "an order");
      const shipment = need(ctx.shop.shipmentOf(order), "a shipment");
      const last = lastTrackingStep(shipment);
      const lastAt = ctx.clock.minutesAgo(last.minutesAgo);
      const days = daysSince(last.minutesAgo);
      const stalled = days >= 5;
      return {
        startedMinutesAgo: 95,
        status: "open",
        owner: "human",
        team: "logistics",
        priority: "high",
        labels: ["missing-delivery"],
        intent: "missing_or_damaged",
        turns: [
          { from: "customer", after: 0, text: `Hi, my order ${order.number} still hasn't arrived 😕 It should have been here ages ago.` },
          { from: "bot", after: 9, text: `Hi ${ctx.firstName}, sorry about that. I've looked up ${order.number}: it was sent with ${shipment.carrier}, tracking number ${shipment.trackingNumber}. The last update was on ${dayName(lastAt, "en")}: "${last.description}" (${last.location}).` },
          stalled
            ? { from: "bot", after: 4, text: `There has been no update for ${days} days, which is longer than it should be. I can open an investigation with ${shipment.carrier} now. It takes up to 10 business days, and afterwards you choose a free replacement or a full refund. Shall I start it?`, buttons: ["Start investigation", "Talk to a person"] }
            : { from: "bot", after: 4, text: `It's still on its way, but later than we promised. Carriers sometimes need an extra day or two. I can keep an eye on it for you, or put you through to a colleague.`, buttons: ["Keep an eye on it", "Talk to a person"] },
          { from: "customer", after: 140, text: "Talk to a person", buttonReply: true },
          { from: "customer", after: 25, text: "It's a birthday present for Saturday, I really can't wait another 10 days. Can't you just send a new one?" },
          { from: "bot", after: 7, text: "I understand. A colleague from our logistics team can decide on an early replacement. I've passed everything on, so you won't have to repeat yourself. They'll reply here." },
        ],
        handoff: {
          afterTurn: 5,
          status: "waiting",
          team: "logistics",
          packet: {
            summary: `Order ${order.number} (${shipment.carrier}, ${shipment.trackingNumber}) has had no tracking update since ${isoDate(lastAt)} (${days} days). It is a birthday present needed by Saturday; the customer asks for a replacement now instead of waiting for a carrier investigation.`,
            customerAsked: "Send a replacement now instead of waiting up to 10 business days for the carrier investigation.",
            requestedResolution: "Express replacement before Saturday",
            identifiers: [
              ...baseIdentifiers(ctx),
              { kind: "order_number", value: order.number, verified: true },
              { kind: "tracking_number", value: shipment.trackingNumber, verified: true },
            ],
            stepsTried: [
              { step: "Looked up the order by number", result: `Found: shipped, ${order.items.length} item(s), total ${money(ctx, order.totalCents, "en")}` },
              { step: "Read the carrier tracking", result: `Last event ${days} days ago: ${last.description} (${last.location})` },
              { step: stalled ? "Offered a carrier investigation" : "Offered to monitor the parcel", result: "Customer declined and asked for a person" },
            ],
            linksSent: [trackingUrl(shipment)],
            sentiment: "negative",
            urgency: "high",
            reason: "customer_requested_human",
            suggestedAction: `Send an express replacement today and open the ${shipment.carrier} investigation in parallel; if the first parcel turns up, send the customer a free return label for it.`,
            draftReply: `Hi ${ctx.firstName}, thanks for waiting. I've sent a replacement for order ${order.number} by express today, so it should arrive before Saturday. You'll get the new tracking link by e-mail within a few hours. If the first parcel still turns up, let us know and we'll send you a free return label. Sorry for the hassle!`,
          },
        },
      };
    },
  },
  {
    key: "gb-delivery-times-question",
    language: "en",
    sameContactAs: "gb-missing-parcel",
    match: { language: "en" },
    play: (ctx) => {
      const uk = ctx.customer.country === "GB";
      return {
        startedMinutesAgo: 11 * DAY + 200,
        status: "resolved",
        owner: "bot",
        priority: "normal",
        labels: ["shipping-question"],
        intent: "shipping_options",
        turns: [
          { from: "customer", after: 0, text: uk ? "Hi! How long does delivery to the UK usually take? And will I have to pay customs when it arrives?" : "Hi! How long does delivery to Ireland usually take?" },
          {
            from: "bot",
            after: 8,
            text: uk
              ? `Hi ${ctx.firstName}! Standard delivery to the UK with Royal Mail takes 4–7 business days after dispatch, express 2–4. Prices are in pounds and already include import VAT and duties, so there's nothing to pay on delivery.`
              : `Hi ${ctx.firstName}! Standard delivery to Ireland with An Post takes 3–5 business days after dispatch, express 2–3.`,
          },
          { from: "customer", after: 60, text: "Perfect, thank you!" },
          { from: "bot", after: 5, text: "You're welcome! You'll get a tracking link as soon as your parcel leaves our warehouse. 📦" },
        ],
      };
    },
  },
  {
    key: "ie-headphones-pairing",
    language: "en",
    match: {
      language: "en",
      countries: ["IE"],
      order: { require: (order) => order.state === "delivered" && order.items.some((item) => /ANC 700|Buds/.test(item.product.name)) },
    },
    play: (ctx) => {
      const order = need(ctx.order, "an order");
      const item = need(order.items.find((i) => /ANC 700|Buds/.test(i.product.name)), "wireless headphones").product.name;
      const pairing = item.includes("ANC 700")
        ? "Then switch the headphones off and hold the power button for 5 seconds until the light flashes blue and red, and select \"Aurel ANC 700\" on your phone."
        : "Then put both earbuds in the case, open the lid and hold the button on the back of the case for 3 seconds until the light blinks white, and select \"Aurel Buds\" on your phone.";
      return {
        startedMinutesAgo: 2 * DAY + 310,
        status: "resolved",
        owner: "bot",
        priority: "low",
        labels: ["troubleshooting"],
        intent: "product_troubleshooting",
        turns: [
          { from: "customer", after: 0, text: `hi, my new ${item} won't connect to my phone. it just says "couldn't connect"` },
          { from: "bot", after: 8, text: `Hi ${ctx.firstName}! Let's sort that out. First, open the Bluetooth settings on your phone and tap "Forget this device" on every Aurel entry, then switch Bluetooth off and on again. ${pairing}` },
          { from: "customer", after: 190, text: "ok done, now it shows up but connects and disconnects straight away" },
          { from: "bot", after: 9, text: "That usually means older firmware. Open the Aurel Connect app → Settings → Firmware and install version 2.4, which fixes dropouts on some Android phones. Keep them charging while it updates (about 5 minutes).", buttons: ["That worked", "Still not working"] },
          { from: "customer", after: 420, text: "That worked", buttonReply: true },
          { from: "customer", after: 6, text: "brilliant, thanks!! 🙌" },
          { from: "bot", after: 4, text: "Great to hear! Enjoy them 🎧" },
        ],
      };
    },
  },
  {
    key: "gb-invoice-copy",
    language: "en",
    match: {
      language: "en",
      countries: ["GB"],
      order: { require: (order, shop) => shop.invoiceNumberOf(order) !== undefined && order.timeline.placed > 7 * DAY, prefer: (order) => order.state === "delivered" },
    },
    play: (ctx) => {
      const order = need(ctx.order, "an order");
      const invoice = need(ctx.shop.invoiceNumberOf(order), "an invoice");
      return {
        startedMinutesAgo: 6 * DAY + 95,
        status: "resolved",
        owner: "bot",
        priority: "low",
        labels: ["invoice"],
        intent: "invoice_copy",
        turns: [
          { from: "customer", after: 0, text: `Hello, could I get a copy of the invoice for ${order.number}? I need it for my expenses.` },
          { from: "bot", after: 10, text: `Hi ${ctx.firstName}! The invoice for ${order.number} is ${invoice}, total ${money(ctx, order.totalCents, "en")}. I've just e-mailed a PDF copy to ${maskedEmail(ctx.customer.email)}, the address on the order. It should arrive within a few minutes.` },
          { from: "customer", after: 240, text: "Got it, thanks!" },
          { from: "bot", after: 4, text: "You're welcome. Have a good day!" },
        ],
      };
    },
  },
  {
    key: "ie-promo-code-minimum",
    language: "en",
    match: { language: "en", countries: ["IE"] },
    play: (ctx) => ({
      startedMinutesAgo: 20 * HOUR,
      status: "resolved",
      owner: "bot",
      priority: "low",
      labels: ["promo-code"],
      intent: "promo_code",
      turns: [
        { from: "customer", after: 0, text: "Hi, the code BREW15 isn't working on my basket" },
        { from: "bot", after: 8, text: `Hi ${ctx.firstName}! BREW15 gives 15% off espresso machines and grinders on orders from €300, counted on the items after other discounts and before shipping. What's in your basket at the moment?` },
        { from: "customer", after: 75, text: "Just the Lumo Compact, €249" },
        { from: "bot", after: 9, text: "Thanks, that explains it: the basket is below the €300 minimum. If you add a grinder such as the Voyager hand grinder (€89), the basket comes to €338 and BREW15 takes off €50.70. Only one code works per order." },
        { from: "customer", after: 130, text: "Ah ok makes sense. I'll add the grinder then" },
        { from: "bot", after: 5, text: `Good choice 👍 BREW15 is valid until ${dayName(ctx.clock.minutesAgo(-40 * DAY), "en")}.` },
      ],
    }),
  },
  {
    key: "gb-password-reset",
    language: "en",
    match: { language: "en", countries: ["GB"] },
    play: (ctx) => ({
      startedMinutesAgo: 9 * DAY + 600,
      status: "resolved",
      owner: "bot",
      priority: "normal",
      labels: ["account"],
      intent: "account_help",
      turns: [
        { from: "customer", after: 0, text: "I can't log in and the reset email never arrives" },
        { from: "bot", after: 8, text: `Hi ${ctx.firstName}, sorry about that. Reset links go to the address on your account and arrive within 5 minutes. Is your account under ${maskedEmail(ctx.customer.email)}? Please also check your spam folder.` },
        { from: "customer", after: 95, text: "Oh wait, I think I made the account with my work email" },
        { from: "bot", after: 7, text: "That's probably it. Request the link again with your work address at northwind.example/login → Forgot password. The link is valid for 60 minutes. For your security I can't see or change passwords myself." },
        { from: "customer", after: 300, text: "Found it, I'm in. Thanks" },
        { from: "bot", after: 4, text: "Glad it worked! 👍" },
      ],
    }),
  },
  {
    key: "en-tracking-integration-down",
    language: "en",
    match: { language: "en", order: { require: (order, shop) => order.state === "shipped" && shop.shipmentOf(order) !== undefined } },
    play: (ctx) => {
      const order = need(ctx.order, "an order");
      const shipment = need(ctx.shop.shipmentOf(order), "a shipment");
      const last = lastTrackingStep(shipment);
      return {
        startedMinutesAgo: 50,
        status: "open",
        owner: "human",
        team: "support",
        priority: "normal",
        labels: ["integration-error"],
        intent: "order_status",
        turns: [
          { from: "customer", after: 0, text: `Hi, where's my parcel? Order ${order.number}` },
          { from: "bot", after: 6, text: `Hi ${ctx.firstName}, let me check the tracking for ${order.number}.` },
          { from: "bot", after: 24, text: "I'm sorry, I can't reach our carrier's tracking system right now, so I can't see where your parcel is. I've asked a colleague to check it and reply here; you don't need to do anything." },
          { from: "customer", after: 40, text: "ok thanks" },
        ],
        handoff: {
          afterTurn: 2,
          status: "waiting",
          team: "support",
          packet: {
            summary: `Customer asks where order ${order.number} is. The order is shipped with ${shipment.carrier}, but the tracking lookup timed out, so no status could be given.`,
            customerAsked: "Where is my parcel?",
            requestedResolution: "Current delivery status",
            identifiers: [...baseIdentifiers(ctx), { kind: "order_number", value: order.number, verified: true }, { kind: "tracking_number", value: shipment.trackingNumber, verified: true }],
            stepsTried: [
              { step: "Looked up the order by number", result: `Found: shipped with ${shipment.carrier}` },
              { step: "Read the carrier tracking", result: "Failed: tracking service timed out three times" },
            ],
            linksSent: [],
            sentiment: "neutral",
            urgency: "normal",
            reason: "integration_error",
            suggestedAction: `Check ${shipment.trackingNumber} on the ${shipment.carrier} site and send the latest event with the tracking link.`,
            draftReply: `Hi ${ctx.firstName}, thanks for your patience. Your parcel is with ${shipment.carrier}; the latest update is "${last.description}" (${last.location}). You can follow it here: ${trackingUrl(shipment)}`,
          },
        },
      };
    },
  },
  {
    key: "en-order-not-shipped-yet",
    language: "en",
    match: { language: "en", order: { require: (order) => order.state === "processing" || order.state === "paid" } },
    play: (ctx) => {
      const order = need(ctx.order, "an order");
      const where = order.state === "paid" ? "paid and waiting to be picked" : "being picked and packed";
      return {
        startedMinutesAgo: 3 * HOUR + 20,
        status: "resolved",
        owner: "bot",
        priority: "normal",
        labels: ["order-status"],
        intent: "order_status",
        turns: [
          { from: "customer", after: 0, text: `Hey, has my order ${order.number} shipped yet?` },
          { from: "bot", after: 7, text: `Hi ${ctx.firstName}! ${order.number} (${itemOf(order)}${order.items.length > 1 ? ` and ${order.items.length - 1} more` : ""}) is ${where} at our warehouse. Orders paid before 14:00 on a business day usually leave the same day. You'll get the tracking link by e-mail and here as soon as it ships.` },
          { from: "customer", after: 50, text: "great thanks" },
          { from: "bot", after: 4, text: "You're welcome!" },
        ],
      };
    },
  },
];
