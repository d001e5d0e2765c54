import type { Language } from "@/lib/db/schema";
import { DAY, HOUR } from "./clock";
import {
  baseIdentifiers,
  dayName,
  hasCategory,
  itemOf,
  minutesBetween,
  money,
  need,
  paymentMethodName,
  timeOfDay,
  type ConversationScript,
} from "./conversation-script";
import type { OrderRecord } from "./orders";
import type { Service } from "./scheduling";

// French conversations (French and Walloon customers).

const PAYOUT_DELAY_FR: Record<OrderRecord["paymentMethod"], string> = {
  card: "5 à 10 jours ouvrés",
  paypal: "24 heures",
  ideal: "1 à 3 jours ouvrés",
  bank_transfer: "3 à 5 jours ouvrés",
  mbway: "1 à 3 jours ouvrés",
};

const SERVICE_NAMES_FR: Record<Service, string> = {
  "espresso-machine-service": "l'entretien de votre machine espresso",
  "grinder-calibration": "le calibrage de votre moulin",
  "video-setup-call": "l'appel vidéo d'installation",
};

export const FRENCH_SCRIPTS: readonly ConversationScript[] = [
  {
    key: "fr-refund-status",
    language: "fr",
    match: {
      language: "fr",
      countries: ["FR"],
      order: {
        require: (order, shop) => (order.state === "returned" || order.state === "refunded") && shop.returnOf(order) !== undefined && shop.refundOf(order) !== undefined,
        prefer: (order, shop) => shop.refundOf(order)?.status === "approved",
      },
    },
    play: (ctx) => {
      const order = need(ctx.order, "an order");
      const refund = need(ctx.shop.refundOf(order), "a refund");
      const method = paymentMethodName(order, "fr");
      const amount = money(ctx, refund.amountCents, "fr");
      const answer =
        refund.status === "paid"
          ? `Le remboursement de ${amount} a été versé le ${dayName(ctx.clock.minutesAgo(refund.createdMinutesAgo), "fr")} sur votre ${method}. Comptez ${PAYOUT_DELAY_FR[order.paymentMethod]} pour le voir apparaître sur votre relevé.`
          : refund.status === "approved"
            ? `Votre retour est bien arrivé et le remboursement de ${amount} est approuvé : il sera versé sous 1 jour ouvré sur votre ${method}. Comptez ensuite ${PAYOUT_DELAY_FR[order.paymentMethod]} pour le voir sur votre relevé.`
            : `Votre retour est bien arrivé à notre entrepôt. Nous le vérifions (2 jours ouvrés maximum), puis le remboursement de ${amount} est versé sur votre ${method}.`;
      return {
        // Paid refunds: the customer asks a couple of days after the payout; otherwise while it is pending.
        startedMinutesAgo:
          refund.status === "paid"
            ? refund.createdMinutesAgo - Math.min(2 * DAY + 100, refund.createdMinutesAgo / 2)
            : Math.min(2 * DAY + 100, refund.createdMinutesAgo - 60),
        status: "resolved",
        owner: "bot",
        priority: "normal",
        labels: ["refund"],
        intent: "refund_status",
        turns: [
          { from: "customer", after: 0, text: `Bonjour, j'ai renvoyé ma commande ${order.number}, quand est-ce que je serai remboursée ?` },
          { from: "bot", after: 9, text: `Bonjour ${ctx.firstName} ! ${answer}` },
          { from: "customer", after: 80, text: "D'accord, merci beaucoup" },
          { from: "bot", after: 4, text: "Avec plaisir, bonne journée !" },
        ],
      };
    },
  },
  {
    key: "be-fr-reschedule-appointment",
    language: "fr",
    match: {
      language: "fr",
      countries: ["BE"],
      booking: {
        require: (booking) => booking.status === "confirmed" && !booking.slot.isPast,
        prefer: (booking) => booking.slot.service !== "video-setup-call",
      },
    },
    play: (ctx) => {
      const booking = need(ctx.booking, "a booking");
      const slot = booking.slot;
      const original = new Date(slot.startsAt.getTime() + 7 * DAY * 60_000);
      const option = (daysLater: number) => new Date(slot.startsAt.getTime() + daysLater * DAY * 60_000);
      const label = (moment: Date) => `${shortDay(moment, "fr")} ${timeOfDay(moment, "fr")}`;
      const bookedMinutesAgo = minutesBetween(ctx.clock.now, booking.createdAt);
      return {
        startedMinutesAgo: Math.min(DAY + 200, bookedMinutesAgo - 60),
        status: "resolved",
        owner: "bot",
        priority: "low",
        labels: ["appointment"],
        intent: "reschedule_appointment",
        turns: [
          { from: "customer", after: 0, text: `Bonjour, j'ai un rendez-vous ${booking.reference} le ${dayName(original, "fr")} mais je ne pourrai pas venir. Est-ce possible de le déplacer ?` },
          {
            from: "bot",
            after: 10,
            text: `Bonjour ${ctx.firstName} ! Bien sûr, c'est gratuit jusqu'à 24 h avant. Pour ${SERVICE_NAMES_FR[slot.service]} (${slot.location}), voici les prochains créneaux libres :`,
            buttons: [label(slot.startsAt), label(option(1)), label(option(2))],
          },
          { from: "customer", after: 95, text: label(slot.startsAt), buttonReply: true },
          { from: "bot", after: 6, text: `C'est noté ✅ Votre rendez-vous ${booking.reference} est déplacé au ${dayName(slot.startsAt, "fr")} à ${timeOfDay(slot.startsAt, "fr")}. Vous recevrez un rappel la veille.` },
          { from: "customer", after: 40, text: "Parfait, merci !" },
        ],
      };
    },
  },
  {
    key: "fr-order-number-not-found",
    language: "fr",
    match: { language: "fr", countries: ["FR"], order: { require: (order) => order.state === "delivered" && order.timeline.placed > 3 * DAY } },
    play: (ctx) => {
      const order = need(ctx.order, "an order");
      const digits = order.number.slice(3);
      const attempts = [digits.slice(0, 5), `SO-${digits.slice(0, 5)}`, `SO-${digits}${digits.slice(-1)}`] as const;
      return {
        startedMinutesAgo: 2 * HOUR,
        status: "open",
        owner: "human",
        team: "support",
        priority: "normal",
        labels: ["lookup-failed"],
        intent: "order_status",
        turns: [
          { from: "customer", after: 0, text: `Bonjour, je voudrais des nouvelles de ma commande ${attempts[0]}` },
          { from: "bot", after: 8, text: `Bonjour ${ctx.firstName} ! Je ne trouve pas de commande ${attempts[0]}. Les numéros de commande commencent par SO- suivi de 6 chiffres, par exemple SO-104233. Pouvez-vous vérifier dans l'e-mail de confirmation ?` },
          { from: "customer", after: 120, text: attempts[1] },
          { from: "bot", after: 6, text: `Je ne trouve toujours rien avec ${attempts[1]}. Il manque peut-être un chiffre ?` },
          { from: "customer", after: 75, text: attempts[2] },
          { from: "bot", after: 7, text: `Désolé, je ne trouve pas non plus ${attempts[2]}. Je transmets votre demande à un conseiller, qui retrouvera la commande avec vos coordonnées. Il vous répond ici.` },
        ],
        handoff: {
          afterTurn: 5,
          status: "waiting",
          team: "support",
          packet: {
            summary: "Customer asks about an order but three order numbers they typed do not exist.",
            customerAsked: "Status of my order",
            requestedResolution: "Order status",
            identifiers: [...baseIdentifiers(ctx), ...attempts.map((value) => ({ kind: "order_number", value, verified: false }))],
            stepsTried: attempts.map((value) => ({ step: `Looked up order ${value}`, result: "Not found" })),
            linksSent: [],
            sentiment: "neutral",
            urgency: "normal",
            reason: "failed_lookups",
            suggestedAction: `The WhatsApp number belongs to a customer whose latest delivered order is ${order.number} (${itemOf(order)}), which looks like the one meant. Confirm with the customer and give its status.`,
            draftReply: `Bonjour ${ctx.firstName}, je pense que vous parlez de la commande ${order.number} (${itemOf(order)}). Elle a été livrée le ${dayName(ctx.clock.minutesAgo(need(order.timeline.delivered, "a delivery date")), "fr")}. Est-ce bien celle-ci ?`,
          },
        },
      };
    },
  },
  {
    key: "fr-kettle-safety-incident",
    language: "fr",
    match: { language: "fr", countries: ["FR"], order: { require: (order) => order.state === "delivered" && hasCategory(order, ["kettles"]) } },
    play: (ctx) => {
      const order = need(ctx.order, "an order");
      const kettle = itemOf(order, ["kettles"]);
      return {
        startedMinutesAgo: 30,
        status: "open",
        owner: "human",
        team: "legal",
        priority: "urgent",
        labels: ["high-risk", "safety-incident"],
        intent: "complaint",
        turns: [
          { from: "customer", after: 0, text: `Bonjour, la ${kettle} de ma commande ${order.number} a fui par le bas quand je l'ai soulevée et mon fils s'est brûlé la main avec l'eau chaude.` },
          { from: "bot", after: 7, text: "Je suis vraiment désolé. Si quelqu'un est blessé, appelez le 15 ou le 112 pour un avis médical. Débranchez la bouilloire et ne l'utilisez plus. Je transmets immédiatement votre message à un responsable, qui vous contactera en priorité." },
          { from: "customer", after: 120, text: "Il va bien, c'est une petite brûlure. Mais c'est inadmissible, ce produit est dangereux." },
          { from: "bot", after: 6, text: "Je comprends tout à fait. Un responsable a tous les détails et vous répond ici dès que possible. Merci de conserver la bouilloire et son emballage." },
        ],
        handoff: {
          afterTurn: 1,
          status: "waiting",
          team: "legal",
          packet: {
            summary: `Product-safety incident: the ${kettle} from order ${order.number} leaked from the bottom when lifted and the customer's son burned his hand (minor, per the customer).`,
            customerAsked: "Reports an injury caused by a leaking kettle",
            requestedResolution: "Not stated; customer considers the product dangerous",
            identifiers: [...baseIdentifiers(ctx), { kind: "order_number", value: order.number, verified: true }],
            stepsTried: [
              { step: "Gave emergency numbers and told the customer to unplug the kettle", result: "Customer says the burn is minor" },
              { step: "Asked the customer to keep the kettle and packaging", result: "Acknowledged" },
            ],
            linksSent: [],
            sentiment: "negative",
            urgency: "high",
            reason: "high_risk_topic",
            suggestedAction: "Treat as a product-safety incident: call back today, arrange collection of the kettle for investigation, offer a full refund, and log the batch and serial number. Do not give medical advice.",
            draftReply: `Bonjour ${ctx.firstName}, je suis responsable du service client chez Northwind Home. Je suis vraiment désolée pour votre fils. Nous venons chercher la bouilloire gratuitement pour l'analyser et nous vous remboursons intégralement. Puis-je vous appeler aujourd'hui ?`,
          },
        },
      };
    },
  },
];

function shortDay(moment: Date, language: Language): string {
  return new Intl.DateTimeFormat(language === "fr" ? "fr-FR" : "en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "Europe/Amsterdam" }).format(moment);
}
