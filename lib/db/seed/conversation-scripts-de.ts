import { addDays, HOUR, startOfUtcDay, zonedTimeToUtc, type Clock } from "./clock";
import {
  baseIdentifiers,
  calendarDate,
  dayName,
  hasCategory,
  lastTrackingStep,
  minutesBetween,
  money,
  need,
  trackingUrl,
  type ConversationScript,
} from "./conversation-script";
import { AFTER_HOURS_MESSAGES } from "./rules";
import { SUBSCRIPTION_PLAN_DETAILS } from "./subscriptions";

// German conversations.

const GERMAN_PLAN_NAMES = {
  "coffee-monthly": "coffee-monthly (1 kg House Blend alle 30 Tage)",
  "coffee-biweekly": "coffee-biweekly (500 g wechselnder Single-Origin-Kaffee alle 14 Tage)",
} as const;

export const GERMAN_SCRIPTS: readonly ConversationScript[] = [
  {
    key: "de-machine-not-heating",
    language: "de",
    match: {
      language: "de",
      tier: "vip",
      order: { require: (order) => order.state === "delivered" && hasCategory(order, ["espresso-machines"]) },
    },
    play: (ctx) => {
      const order = need(ctx.order, "an order");
      const machine = need(order.items.find((i) => i.product.category === "espresso-machines"), "an espresso machine").product;
      const vip = ctx.customer.tier === "vip";
      const delivered = ctx.clock.minutesAgo(need(order.timeline.delivered, "a delivery date"));
      return {
        startedMinutesAgo: 40,
        status: "open",
        owner: "human",
        team: vip ? "vip" : "support",
        priority: vip ? "high" : "normal",
        labels: vip ? ["vip", "repair"] : ["repair"],
        intent: "product_troubleshooting",
        turns: [
          { from: "customer", after: 0, text: `Guten Tag, meine ${machine.name} aus der Bestellung ${order.number} heizt seit heute Morgen nicht mehr. Die Temperaturlampe blinkt die ganze Zeit.` },
          { from: "bot", after: 9, text: `Hallo ${ctx.firstName}, das tut mir leid. Zwei kurze Prüfungen: Ist genug Wasser im Tank und ist er richtig eingerastet? Und wie lange war die Maschine eingeschaltet? Zum Aufheizen braucht sie etwa 8 Minuten, die Barista Pro 12 Minuten.` },
          { from: "customer", after: 160, text: "Tank ist voll und eingerastet, die Maschine war über 30 Minuten an. Lampe blinkt immer noch." },
          {
            from: "bot",
            after: 8,
            text: `Danke. Wenn die Lampe nach 20 Minuten noch blinkt, muss die Maschine repariert werden; das ist durch Ihre Garantie von ${machine.warrantyMonths} Monaten abgedeckt. ${vip ? "Als VIP-Kunde verbinde ich Sie direkt mit unserem VIP-Care-Team, das die kostenlose Abholung und ein Leihgerät für Sie organisiert." : "Ich verbinde Sie mit einem Kollegen, der die kostenlose Abholung und ein Leihgerät für Sie organisiert."}`,
          },
        ],
        handoff: {
          afterTurn: 3,
          status: "waiting",
          team: vip ? "vip" : "support",
          packet: {
            summary: `${machine.name} (order ${order.number}, delivered ${dayName(delivered, "en")}) no longer heats; the temperature light keeps blinking after 30+ minutes with a full, seated tank. Needs a warranty repair.`,
            customerAsked: "My espresso machine stopped heating",
            requestedResolution: "Repair under warranty",
            identifiers: [...baseIdentifiers(ctx), { kind: "order_number", value: order.number, verified: true }, { kind: "serial_number", value: "not asked yet", verified: false }],
            stepsTried: [
              { step: "Checked the water tank", result: "Full and seated" },
              { step: "Checked the heat-up time", result: "On for more than 30 minutes, light still blinking" },
              { step: "Checked warranty", result: `Within the ${machine.warrantyMonths}-month warranty` },
            ],
            linksSent: [],
            sentiment: "neutral",
            urgency: vip ? "high" : "normal",
            reason: vip ? "vip_customer" : "rule_matched",
            suggestedAction: vip
              ? "VIP: offer an advance replacement, or a free collection for repair in Amsterdam with a Lumo Compact on loan. Ask for the serial number (sticker under the drip tray)."
              : "Book a free collection for repair at the Amsterdam service centre and offer a Lumo Compact on loan. Ask for the serial number (sticker under the drip tray).",
            draftReply: `Hallo ${ctx.firstName}, danke für die Geduld. Wir holen Ihre ${machine.name} kostenlos ab und schicken Ihnen für die Dauer der Reparatur eine Leihmaschine. Könnten Sie mir noch die Seriennummer schicken? Sie steht auf dem Aufkleber unter der Abtropfschale.`,
          },
        },
      };
    },
  },
  {
    key: "de-late-parcel-unhappy",
    language: "de",
    match: {
      language: "de",
      order: {
        require: (order, shop) => order.state === "shipped" && shop.shipmentOf(order)?.status === "in_transit" && lastTrackingStep(need(shop.shipmentOf(order), "a shipment")).minutesAgo > 5 * HOUR,
        prefer: (order) => order.timeline.shipment?.delayed !== undefined,
      },
    },
    play: (ctx) => {
      const order = need(ctx.order, "an order");
      const shipment = need(ctx.shop.shipmentOf(order), "a shipment");
      const last = lastTrackingStep(shipment);
      const promised = ctx.clock.minutesAgo(need(order.timeline.shipment, "a shipment timeline").estimatedDelivery);
      return {
        startedMinutesAgo: 4 * HOUR,
        status: "open",
        owner: "human",
        team: "support",
        assignee: "ana",
        priority: "high",
        labels: ["delayed-delivery", "unhappy-customer"],
        intent: "order_status",
        turns: [
          { from: "customer", after: 0, text: `Wo bleibt meine Bestellung ${order.number}? Die sollte längst da sein.` },
          { from: "bot", after: 8, text: `Hallo ${ctx.firstName}, Ihre Sendung ist mit ${shipment.carrier} unterwegs (Sendungsnummer ${shipment.trackingNumber}). Letzter Stand: "${last.description}" (${last.location}). Die voraussichtliche Zustellung war ${dayName(promised, "de")}.` },
          { from: "customer", after: 70, text: "Das ist jetzt schon das zweite Mal, dass eine Lieferung von euch zu spät kommt. Echt ärgerlich." },
          { from: "bot", after: 7, text: `Das verstehe ich, und es tut mir leid. Pakete von ${shipment.carrier} brauchen manchmal ein bis zwei Tage länger, vor allem nach Feiertagen. Sie können die Sendung hier verfolgen: ${trackingUrl(shipment)}` },
          { from: "customer", after: 45, text: "Ich habe keine Lust, jedes Mal hinterherzulaufen!" },
          { from: "bot", after: 6, text: "Ich verbinde Sie mit einer Kollegin, die sich persönlich darum kümmert." },
          { from: "agent", agent: "ana", after: 11 * 60, text: `Hallo ${ctx.firstName}, hier ist Ana von Northwind Home. Es tut mir wirklich leid, dass Sie schon wieder warten müssen. Ich habe bei ${shipment.carrier} nachgefragt und behalte die Sendung im Blick. Morgen früh melde ich mich bei Ihnen, auch wenn es nichts Neues gibt. Ist das in Ordnung?` },
          { from: "customer", after: 240, text: "Ok, danke. Das ist fair." },
        ],
        handoff: {
          afterTurn: 5,
          status: "accepted",
          team: "support",
          acceptedBy: "ana",
          acceptedAfterMinutes: 9,
          packet: {
            summary: `Order ${order.number} is past its promised delivery date (${dayName(promised, "en")}); ${shipment.carrier} tracking last says "${last.description}". Second late delivery for this customer, who is getting frustrated.`,
            customerAsked: "Where is my order?",
            requestedResolution: "Delivery as soon as possible and proactive updates",
            identifiers: [...baseIdentifiers(ctx), { kind: "order_number", value: order.number, verified: true }, { kind: "tracking_number", value: shipment.trackingNumber, verified: true }],
            stepsTried: [
              { step: "Read the carrier tracking", result: `${last.description} (${last.location})` },
              { step: "Sent the tracking link", result: "Customer still unhappy (two negative messages in a row)" },
            ],
            linksSent: [trackingUrl(shipment)],
            sentiment: "negative",
            urgency: "high",
            reason: "negative_sentiment",
            suggestedAction: `Acknowledge the repeated delay, chase ${shipment.carrier}, and promise a follow-up tomorrow morning; consider a goodwill gesture if it is still not delivered.`,
            draftReply: `Hallo ${ctx.firstName}, es tut mir leid, dass Sie schon wieder warten müssen. Ich kümmere mich persönlich darum und melde mich morgen früh.`,
          },
        },
      };
    },
  },
  {
    key: "de-after-hours-question",
    language: "de",
    match: { language: "de" },
    play: (ctx) => ({
      startedMinutesAgo: minutesSinceLastEvening(ctx.clock),
      status: "open",
      owner: "bot",
      priority: "normal",
      labels: ["after-hours"],
      intent: "human_request",
      turns: [
        { from: "customer", after: 0, text: "Hallo, kann ich bitte mit einem Mitarbeiter sprechen? Ich habe eine Frage zur Lumo Bean-to-Cup." },
        { from: "bot", after: 6, text: AFTER_HOURS_MESSAGES.de },
        { from: "bot", after: 2, text: "Worum geht es bei der Lumo Bean-to-Cup?" },
        { from: "customer", after: 80, text: "Kann man damit auch Hafermilch aufschäumen?" },
        { from: "bot", after: 9, text: "Ja. Die Lumo Bean-to-Cup hat ein automatisches Milchsystem, das mit Hafer-, Soja- und Kuhmilch funktioniert. Für festen Schaum eignen sich Barista-Haferdrinks am besten, gut gekühlt (4–6 °C). Spülen Sie das Milchsystem nach jeder Nutzung über Menü → Pflege → Milchsystem spülen." },
        { from: "customer", after: 55, text: "Super, danke!" },
      ],
    }),
  },
  {
    key: "de-subscription-change-plan",
    language: "de",
    match: {
      language: "de",
      subscription: {
        require: (subscription) => subscription.status === "active" && (subscription.plan === "coffee-monthly" || subscription.plan === "coffee-biweekly"),
        prefer: (subscription) => subscription.plan === "coffee-monthly",
      },
    },
    play: (ctx) => {
      const subscription = need(ctx.subscription, "a subscription");
      const target = subscription.plan === "coffee-monthly" ? "coffee-biweekly" : "coffee-monthly";
      const current = subscription.plan === "coffee-monthly" ? "coffee-monthly" : "coffee-biweekly";
      const rhythm = target === "coffee-biweekly" ? "alle zwei Wochen" : "einmal im Monat";
      const nextBilling = dayName(calendarDate(need(subscription.nextBillingOn ?? undefined, "a next billing date")), "de");
      return {
        startedMinutesAgo: 35,
        status: "open",
        owner: "bot",
        priority: "normal",
        labels: ["subscription"],
        intent: "subscription_change",
        turns: [
          { from: "customer", after: 0, text: `Hallo, ich möchte mein Kaffee-Abo ${subscription.reference} auf ${rhythm} umstellen. Geht das?` },
          {
            from: "bot",
            after: 9,
            text: `Hallo ${ctx.firstName}! Ja, gern. Ihr Abo ${subscription.reference} ist aktuell ${GERMAN_PLAN_NAMES[current]} für ${money(ctx, subscription.priceCents, "de")} pro Lieferung. Mit ${GERMAN_PLAN_NAMES[target]} zahlen Sie ${money(ctx, SUBSCRIPTION_PLAN_DETAILS[target].priceCents, "de")} pro Lieferung. Die Änderung gilt ab der nächsten Abrechnung am ${nextBilling}. Soll ich das Abo umstellen?`,
            buttons: ["Ja, umstellen", "Nein, danke"],
          },
        ],
      };
    },
  },
];

// The most recent 21:40 in Amsterdam that lies at least half an hour back: well outside opening hours.
function minutesSinceLastEvening(clock: Clock): number {
  for (let daysBack = 0; ; daysBack++) {
    const evening = zonedTimeToUtc(addDays(startOfUtcDay(clock.now), -daysBack), 21, 40, "Europe/Amsterdam");
    const minutes = minutesBetween(clock.now, evening);
    if (minutes >= 30) return minutes;
  }
}
