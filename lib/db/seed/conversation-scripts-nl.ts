import { DAY, HOUR } from "./clock";
import {
  baseIdentifiers,
  dayName,
  hasCategory,
  itemOf,
  lastNameOf,
  lastTrackingStep,
  maskedEmail,
  need,
  paymentMethodName,
  timeOfDay,
  trackingUrl,
  type ConversationScript,
} from "./conversation-script";
import type { ProductCategory } from "./catalog";

// Dutch conversations (Dutch and Flemish customers).

const RETURNABLE: readonly ProductCategory[] = ["espresso-machines", "grinders", "kettles", "headphones", "speakers", "chargers", "accessories"];

export const DUTCH_SCRIPTS: readonly ConversationScript[] = [
  {
    key: "nl-return-label",
    language: "nl",
    match: {
      language: "nl",
      countries: ["NL"],
      order: {
        require: (order, shop) => {
          const requested = shop.returnOf(order);
          return order.state === "returned" && requested?.kind === "return" && hasCategory(order, RETURNABLE);
        },
        // This conversation created the return label; a recent one is still waiting for the parcel.
        prefer: (order, shop) => (shop.returnOf(order)?.requestedMinutesAgo ?? Infinity) < 30 * DAY,
      },
    },
    play: (ctx) => {
      const order = need(ctx.order, "an order");
      const requested = need(ctx.shop.returnOf(order), "a return");
      const item = itemOf(order, RETURNABLE);
      const delivered = ctx.clock.minutesAgo(need(order.timeline.delivered, "a delivery date"));
      return {
        // The bot created the return label three minutes into the conversation.
        startedMinutesAgo: requested.requestedMinutesAgo + 3,
        status: "resolved",
        owner: "bot",
        priority: "normal",
        labels: ["return"],
        intent: "return_or_exchange",
        turns: [
          { from: "customer", after: 0, text: `Hoi! Ik wil graag de ${item} van bestelling ${order.number} terugsturen, het is toch niet helemaal wat ik zocht.` },
          { from: "bot", after: 8, text: `Hoi ${ctx.firstName}! Dat kan. Je bestelling is op ${dayName(delivered, "nl")} bezorgd, dus je zit ruim binnen de 30 dagen. Is het artikel ongebruikt en zit het nog in de originele verpakking?`, buttons: ["Ja", "Nee, gebruikt"] },
          { from: "customer", after: 150, text: "Ja", buttonReply: true },
          { from: "bot", after: 9, text: `Top. Ik heb een gratis retourlabel aangemaakt en naar ${maskedEmail(ctx.customer.email)} gestuurd. Je kunt ook de QR-code uit de mail laten scannen bij een PostNL-punt. Lever het pakket binnen 14 dagen in; we betalen je binnen 5 werkdagen na ontvangst terug op je ${paymentMethodName(order, "nl")}.` },
          { from: "customer", after: 60, text: "Super, dank je wel!" },
          { from: "bot", after: 4, text: "Graag gedaan, fijne dag nog! 😊" },
        ],
      };
    },
  },
  {
    key: "be-grinder-lawyer",
    language: "nl",
    match: {
      language: "nl",
      countries: ["BE"],
      order: {
        require: (order) => order.state === "delivered" && (order.timeline.delivered ?? 0) > 30 * DAY && hasCategory(order, ["grinders", "espresso-machines"]),
        prefer: (order) => hasCategory(order, ["grinders"]),
      },
    },
    play: (ctx) => {
      const order = need(ctx.order, "an order");
      const line = need(order.items.find((i) => i.product.category === "grinders") ?? order.items.find((i) => i.product.category === "espresso-machines"), "a grinder or machine");
      const item = line.product.name;
      return {
        startedMinutesAgo: 70,
        status: "open",
        owner: "human",
        team: "legal",
        priority: "urgent",
        labels: ["legal", "warranty"],
        intent: "complaint",
        turns: [
          { from: "customer", after: 0, text: `Hallo. Mijn ${item} (bestelling ${order.number}) maakt sinds vorige week een knarsend geluid en doet het bijna niet meer. Ik heb al twee keer gemaild zonder antwoord.` },
          { from: "bot", after: 9, text: `Hallo ${ctx.firstName}, vervelend dat je nog geen antwoord hebt gekregen. Je ${item} valt nog onder de garantie (${line.product.warrantyMonths} maanden). Heb je al gecontroleerd of er niets tussen de maalschijven vastzit? Haal daarvoor eerst de stekker uit het stopcontact.` },
          { from: "customer", after: 110, text: "Ja natuurlijk, dat heb ik allemaal al gedaan. Ik ben het nu echt zat. Als dit vandaag niet opgelost wordt, schakel ik mijn advocaat in." },
          { from: "bot", after: 7, text: "Ik begrijp je frustratie. Ik heb je bericht doorgezet naar een collega die dit vandaag persoonlijk oppakt. Diegene heeft alle informatie al, je hoeft niets te herhalen." },
        ],
        handoff: {
          afterTurn: 3,
          status: "waiting",
          team: "legal",
          packet: {
            summary: `${item} from order ${order.number} grinds almost nothing and makes a grinding noise since last week; still under the ${line.product.warrantyMonths}-month warranty. Customer says two e-mails went unanswered and threatens to involve a lawyer if it is not solved today.`,
            customerAsked: "Fix the broken grinder today; complains about unanswered e-mails.",
            requestedResolution: "Repair or replacement today",
            identifiers: [...baseIdentifiers(ctx), { kind: "order_number", value: order.number, verified: true }],
            stepsTried: [
              { step: "Looked up the order", result: `Delivered; ${item} within warranty` },
              { step: "Suggested clearing the burrs (unplugged)", result: "Customer had already tried it" },
            ],
            linksSent: [],
            sentiment: "negative",
            urgency: "high",
            reason: "rule_matched",
            suggestedAction: "Apologise for the unanswered e-mails, find them in the mailbox, and offer an advance replacement with free collection of the faulty unit today.",
            draftReply: `Hallo ${ctx.firstName}, excuses dat je mails onbeantwoord zijn gebleven, dat had niet mogen gebeuren. We sturen je vandaag nog een nieuwe ${item}; de koerier neemt het defecte exemplaar bij levering mee. Je hoeft niets voor te schieten.`,
          },
        },
      };
    },
  },
  {
    key: "nl-company-invoice-window-closed",
    language: "nl",
    match: {
      language: "nl",
      countries: ["NL"],
      order: { require: (order, shop) => order.state === "delivered" && order.timeline.placed < 25 * DAY && shop.invoiceNumberOf(order) !== undefined },
    },
    play: (ctx) => {
      const order = need(ctx.order, "an order");
      const invoice = need(ctx.shop.invoiceNumberOf(order), "an invoice");
      const company = `${lastNameOf(ctx.customer)} Interieur B.V.`;
      return {
        // The last customer message is more than 24 hours old: only a template can reach them now.
        startedMinutesAgo: 31 * HOUR,
        status: "open",
        owner: "human",
        team: "billing",
        assignee: "ben",
        priority: "normal",
        labels: ["invoice", "company-invoice"],
        intent: "invoice_copy",
        turns: [
          { from: "customer", after: 0, text: `Hoi, kan ik voor bestelling ${order.number} een factuur op naam van mijn bedrijf krijgen? Het is voor de zaak.` },
          { from: "bot", after: 8, text: `Hoi ${ctx.firstName}! Dat kan tot 30 dagen na aankoop. Wat zijn de bedrijfsnaam, het adres en het btw-nummer?` },
          { from: "customer", after: 240, text: `${company}, ${ctx.customer.addressLine}, ${ctx.customer.postcode} ${ctx.customer.city}. Btw-nummer NL859123456B01` },
          { from: "bot", after: 10, text: `Dank je! Een collega van de administratie maakt een nieuwe factuur op naam van ${company} en een creditnota voor de oude factuur ${invoice}. Je ontvangt ze binnen 2 werkdagen per e-mail.` },
        ],
        handoff: {
          afterTurn: 3,
          status: "accepted",
          team: "billing",
          acceptedBy: "ben",
          acceptedAfterMinutes: 50,
          packet: {
            summary: `Customer wants invoice ${invoice} (order ${order.number}) reissued to a company, within the 30-day window. Company details collected.`,
            customerAsked: "Invoice in the company's name",
            requestedResolution: "New invoice plus credit note for the original",
            identifiers: [
              ...baseIdentifiers(ctx),
              { kind: "order_number", value: order.number, verified: true },
              { kind: "invoice_number", value: invoice, verified: true },
              { kind: "vat_number", value: "NL859123456B01", verified: false },
            ],
            stepsTried: [{ step: "Checked the 30-day limit for company invoices", result: "Within the limit" }],
            linksSent: [],
            sentiment: "neutral",
            urgency: "low",
            reason: "rule_matched",
            suggestedAction: "Validate the VAT number in VIES, issue the company invoice and a credit note, and send both by e-mail. The WhatsApp window has closed: reply with the invoice_update template.",
            draftReply: `Hoi ${ctx.firstName}, de nieuwe factuur op naam van ${company} en de creditnota voor ${invoice} staan in je mailbox. Fijne dag!`,
          },
        },
      };
    },
  },
  {
    key: "nl-privacy-deletion",
    language: "nl",
    match: { language: "nl", countries: ["NL"] },
    play: (ctx) => ({
      startedMinutesAgo: 5 * HOUR,
      status: "open",
      owner: "human",
      team: "legal",
      priority: "normal",
      labels: ["privacy", "gdpr"],
      intent: "privacy_request",
      turns: [
        { from: "customer", after: 0, text: "Hallo, ik wil dat jullie al mijn gegevens verwijderen. Ik bestel niet meer bij jullie." },
        { from: "bot", after: 8, text: `Hallo ${ctx.firstName}, dat regelen we. Om je te beschermen controleren we eerst of het verzoek echt van jou komt: je ontvangt een code op ${maskedEmail(ctx.customer.email)}. Stuur die code hier terug.` },
        { from: "customer", after: 180, text: "483920" },
        { from: "bot", after: 7, text: "Dank je, de code klopt. Ons privacyteam verwijdert je account, gesprekken en marketinggegevens binnen 30 dagen en stuurt je een bevestiging. Facturen moeten we volgens de Nederlandse belastingwet 7 jaar bewaren; die worden apart bewaard en nergens anders voor gebruikt." },
        { from: "customer", after: 90, text: "Oké, prima." },
      ],
      handoff: {
        afterTurn: 3,
        status: "waiting",
        team: "legal",
        packet: {
          summary: "Verified erasure request (GDPR art. 17): the customer wants all personal data deleted and will not order again.",
          customerAsked: "Delete all my data",
          requestedResolution: "Account and data deletion with confirmation",
          identifiers: [...baseIdentifiers(ctx), { kind: "email_verification_code", value: "sent and confirmed", verified: true }],
          stepsTried: [{ step: "Sent a verification code to the account e-mail", result: "Code confirmed by the customer" }],
          linksSent: [],
          sentiment: "neutral",
          urgency: "normal",
          reason: "rule_matched",
          suggestedAction: "Check for open orders, returns or repairs, then start the erasure job; invoices stay in the 7-year tax archive. Confirm by e-mail within 30 days.",
          draftReply: `Hallo ${ctx.firstName}, we hebben je verzoek ontvangen. Je account en gegevens worden binnen 30 dagen verwijderd; je krijgt daarvan een bevestiging per e-mail.`,
        },
      },
    }),
  },
  {
    key: "nl-delayed-parcel-snoozed",
    language: "nl",
    match: {
      language: "nl",
      countries: ["NL"],
      order: {
        require: (order, shop) => {
          const shipment = shop.shipmentOf(order);
          const quietSince = shipment ? lastTrackingStep(shipment).minutesAgo : 0;
          return order.state === "shipped" && (shipment?.status === "in_transit" || shipment?.status === "lost") && quietSince > 7 * HOUR;
        },
        prefer: (order) => order.timeline.shipment?.delayed !== undefined,
      },
    },
    play: (ctx) => {
      const order = need(ctx.order, "an order");
      const shipment = need(ctx.shop.shipmentOf(order), "a shipment");
      const last = lastTrackingStep(shipment);
      const lastAt = ctx.clock.minutesAgo(last.minutesAgo);
      return {
        startedMinutesAgo: 6 * HOUR,
        status: "snoozed",
        owner: "human",
        team: "support",
        assignee: "ana",
        priority: "normal",
        labels: ["delayed-delivery", "carrier-investigation"],
        intent: "order_status",
        snoozedForMinutes: 16 * HOUR,
        turns: [
          { from: "customer", after: 0, text: `Mijn pakket van ${order.number} had er al moeten zijn, maar er gebeurt niks meer. Kan iemand bij ${shipment.carrier} navragen waar het is?` },
          { from: "bot", after: 9, text: `Hoi ${ctx.firstName}, ik zie het: de laatste update was op ${dayName(lastAt, "nl")} om ${timeOfDay(lastAt, "nl")}: "${last.description}" (${last.location}). Wil je dat een collega het bij ${shipment.carrier} navraagt?`, buttons: ["Ja graag", "Nee, ik wacht nog"] },
          { from: "customer", after: 70, text: "Ja graag", buttonReply: true },
          { from: "bot", after: 5, text: "Ik heb een collega gevraagd het na te vragen. Je hoort hier van ons." },
          { from: "agent", agent: "ana", after: 25 * 60, text: `Hoi ${ctx.firstName}, met Ana van Northwind Home. Ik heb bij ${shipment.carrier} een onderzoek aangevraagd voor ${shipment.trackingNumber}. Ze reageren meestal binnen één werkdag; morgenochtend laat ik je weten wat ze zeggen. Komt het pakket vandaag toch nog, laat het me dan even weten!` },
          { from: "customer", after: 300, text: "Top, bedankt Ana!" },
        ],
        handoff: {
          afterTurn: 3,
          status: "accepted",
          team: "support",
          acceptedBy: "ana",
          acceptedAfterMinutes: 20,
          packet: {
            summary: `Order ${order.number} with ${shipment.carrier} (${shipment.trackingNumber}) is overdue; last tracking event on ${dayName(lastAt, "en")}. Customer asks us to chase the carrier.`,
            customerAsked: `Ask ${shipment.carrier} where the parcel is`,
            requestedResolution: "Delivery, or a replacement if it is lost",
            identifiers: [...baseIdentifiers(ctx), { kind: "order_number", value: order.number, verified: true }, { kind: "tracking_number", value: shipment.trackingNumber, verified: true }],
            stepsTried: [{ step: "Read the carrier tracking", result: `Last event: ${last.description} (${last.location})` }],
            linksSent: [trackingUrl(shipment)],
            sentiment: "neutral",
            urgency: "normal",
            reason: "customer_requested_human",
            suggestedAction: `Open a ${shipment.carrier} investigation and snooze until their answer; offer a replacement if it is confirmed lost.`,
            draftReply: `Hoi ${ctx.firstName}, ik heb het onderzoek bij ${shipment.carrier} aangevraagd en laat je morgen weten wat eruit komt.`,
          },
        },
      };
    },
  },
];
