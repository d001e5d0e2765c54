import { DAY, HOUR } from "./clock";
import {
  baseIdentifiers,
  calendarDate,
  dayName,
  money,
  need,
  type ConversationScript,
  type ScriptContext,
  type ScriptOutcome,
} from "./conversation-script";
import type { SubscriptionPlan, SubscriptionRecord } from "./subscriptions";

// Portuguese conversations.

const PLAN_NAMES_PT: Record<SubscriptionPlan, string> = {
  "coffee-monthly": "café mensal, 1 kg a cada 30 dias",
  "coffee-biweekly": "café quinzenal, 500 g a cada 14 dias",
  "filters-quarterly": "filtros trimestrais",
  "care-plus": "Care Plus",
};

const BATTERY_PRODUCTS = /ANC 700|Buds|Aurel Go|power bank/;
// Products the Aurel Connect app can update.
const APP_PRODUCTS = /^Aurel/;

export const PORTUGUESE_SCRIPTS: readonly ConversationScript[] = [
  {
    key: "pt-subscription",
    language: "pt",
    match: { language: "pt", subscription: { require: () => true, prefer: (subscription) => subscription.status === "paused" } },
    play: (ctx) => subscriptionConversation(ctx, need(ctx.subscription, "a subscription")),
  },
  {
    key: "pt-damaged-delivery",
    language: "pt",
    match: {
      language: "pt",
      order: {
        require: (order) => order.state === "delivered",
        prefer: (order) => (order.timeline.delivered ?? 0) < 14 * DAY,
      },
    },
    play: (ctx) => {
      const order = need(ctx.order, "an order");
      const line = order.items.reduce((largest, item) => (item.unitPriceCents > largest.unitPriceCents ? item : largest));
      const delivered = need(order.timeline.delivered, "a delivery date");
      return {
        startedMinutesAgo: delivered - 20 * HOUR,
        status: "resolved",
        owner: "human",
        team: "support",
        assignee: "ben",
        priority: "normal",
        labels: ["damaged-item", "replacement"],
        intent: "missing_or_damaged",
        turns: [
          { from: "customer", after: 0, text: `Olá. Recebi a encomenda ${order.number} e o artigo ${line.product.name} chegou danificado, a caixa vinha toda amolgada.` },
          { from: "bot", after: 9, text: `Olá ${ctx.firstName}, lamento muito. Pode enviar-me fotografias da caixa (todos os lados, incluindo a etiqueta), da embalagem interior e do artigo danificado? Guarde a embalagem por enquanto.` },
          { from: "customer", after: 420, text: "Acabei de enviar as fotos para o vosso e-mail." },
          { from: "bot", after: 7, text: "Obrigado. Passo o seu caso a um colega que vai ver as fotografias e tratar da substituição ou do reembolso, como preferir." },
          { from: "agent", agent: "ben", after: 38 * 60, text: `Olá ${ctx.firstName}, sou o Ben da Northwind Home. Vi as fotografias, obrigado. Prefere um artigo novo ou o reembolso de ${money(ctx, line.unitPriceCents, "pt")}?` },
          { from: "customer", after: 240, text: "Prefiro um novo." },
          { from: "agent", agent: "ben", after: 120, text: `Combinado. Enviamos um novo ${line.product.name} por expresso amanhã e os CTT recolhem o danificado na mesma entrega. Não precisa de fazer mais nada.` },
          { from: "customer", after: 90, text: "Excelente, obrigado pela rapidez!" },
        ],
        handoff: {
          afterTurn: 3,
          status: "closed",
          team: "support",
          acceptedBy: "ben",
          acceptedAfterMinutes: 35,
          packet: {
            summary: `${line.product.name} from order ${order.number} arrived damaged (dented box). Customer e-mailed photos and wants a solution.`,
            customerAsked: "My item arrived damaged",
            requestedResolution: "Replacement or refund",
            identifiers: [...baseIdentifiers(ctx), { kind: "order_number", value: order.number, verified: true }],
            stepsTried: [{ step: "Asked for photos of box, packaging and item", result: "Customer sent them by e-mail" }],
            linksSent: [],
            sentiment: "negative",
            urgency: "normal",
            reason: "over_threshold",
            suggestedAction: "Check the photos in the mailbox, then offer an express replacement with collection of the damaged item, or a refund of the item price.",
            draftReply: `Olá ${ctx.firstName}, vi as fotografias, obrigado. Prefere um artigo novo ou o reembolso?`,
          },
        },
      };
    },
  },
  {
    key: "pt-battery-warranty",
    language: "pt",
    match: {
      language: "pt",
      order: {
        require: (order) => order.state === "delivered" && (order.timeline.delivered ?? 0) > 40 * DAY && order.items.some((item) => BATTERY_PRODUCTS.test(item.product.name)),
        prefer: (order) => order.items.some((item) => BATTERY_PRODUCTS.test(item.product.name) && APP_PRODUCTS.test(item.product.name)),
      },
    },
    play: (ctx) => {
      const order = need(ctx.order, "an order");
      const product = need(order.items.find((item) => BATTERY_PRODUCTS.test(item.product.name)), "a battery product").product;
      const tips = APP_PRODUCTS.test(product.name)
        ? "Vamos tentar duas coisas: 1) atualize o firmware na app Aurel Connect (Definições → Firmware); 2) carregue até 100% e use até desligar, uma vez, para recalibrar a bateria."
        : "Vamos tentar uma coisa: carregue até 100% com um carregador USB-C de pelo menos 20 W e use até desligar, uma vez, para recalibrar a bateria.";
      return {
        startedMinutesAgo: 8 * DAY + 300,
        status: "resolved",
        owner: "human",
        team: "support",
        assignee: "ben",
        priority: "normal",
        labels: ["warranty"],
        intent: "product_troubleshooting",
        turns: [
          { from: "customer", after: 0, text: `Olá, a bateria do meu ${product.name} (encomenda ${order.number}) agora só dura umas 3 horas. Ao início durava muito mais.` },
          { from: "bot", after: 10, text: `Olá ${ctx.firstName}! Lamento. ${tips} Se continuar igual, está coberto pela garantia.` },
          { from: "customer", after: 26 * 60, text: "Já fiz isso tudo, continua igual." },
          { from: "bot", after: 8, text: "Obrigado por testar. Como o artigo está dentro da garantia, passo o caso a um colega que trata da substituição." },
          { from: "agent", agent: "ben", after: 36 * 60, text: `Olá ${ctx.firstName}, sou o Ben. Confirmei: o ${product.name} está dentro da garantia de ${product.warrantyMonths} meses. Enviamos um novo amanhã; quando o receber, devolva o antigo na mesma caixa com a etiqueta que vai incluída.` },
          { from: "customer", after: 300, text: "Ótimo, muito obrigado!" },
          { from: "agent", agent: "ben", after: 60, text: "De nada! Qualquer coisa, diga." },
        ],
        handoff: {
          afterTurn: 3,
          status: "closed",
          team: "support",
          acceptedBy: "ben",
          acceptedAfterMinutes: 30,
          packet: {
            summary: `Battery of the ${product.name} (order ${order.number}) lasts about 3 hours; the basic checks did not help. Within the ${product.warrantyMonths}-month warranty.`,
            customerAsked: "Battery runs out after 3 hours",
            requestedResolution: "Warranty replacement",
            identifiers: [...baseIdentifiers(ctx), { kind: "order_number", value: order.number, verified: true }],
            stepsTried: [
              ...(APP_PRODUCTS.test(product.name) ? [{ step: "Firmware update via Aurel Connect", result: "No change" }] : []),
              { step: "Full charge and discharge to recalibrate", result: "No change" },
            ],
            linksSent: [],
            sentiment: "neutral",
            urgency: "normal",
            reason: "over_threshold",
            suggestedAction: "Approve a warranty replacement and include a return label for the old unit.",
            draftReply: `Olá ${ctx.firstName}, o seu ${product.name} está na garantia. Enviamos um novo amanhã com uma etiqueta para devolver o antigo.`,
          },
        },
      };
    },
  },
];

function subscriptionConversation(ctx: ScriptContext, subscription: SubscriptionRecord): ScriptOutcome {
  const base = { status: "resolved", owner: "bot", priority: "low", labels: ["subscription"], intent: "subscription_change" } as const;
  const plan = PLAN_NAMES_PT[subscription.plan];
  if (subscription.status === "paused") {
    const until = dayName(calendarDate(need(subscription.pausedUntil ?? undefined, "a pause date")), "pt");
    return {
      ...base,
      labels: ["subscription"],
      // The pause was set in this conversation.
      startedMinutesAgo: subscription.stoppedMinutesAgo + 3,
      turns: [
        { from: "customer", after: 0, text: `Olá! Vou estar fora umas semanas. Posso pausar a minha subscrição ${subscription.reference}?` },
        { from: "bot", after: 8, text: `Olá ${ctx.firstName}! Claro. Pode pausar entre 1 semana e 3 meses. Até que data quer pausar?` },
        { from: "customer", after: 90, text: `Até ${until}, se faz favor.` },
        { from: "bot", after: 7, text: `Feito ✅ A subscrição ${subscription.reference} (${plan}) fica pausada até ${until}. Nessa data retomamos a faturação e o envio automaticamente. Se quiser retomar antes, é só dizer.` },
        { from: "customer", after: 40, text: "Perfeito 👍" },
        { from: "bot", after: 4, text: "Boa viagem! ☀️" },
      ],
    };
  }
  if (subscription.status === "active") {
    const next = dayName(calendarDate(need(subscription.nextBillingOn ?? undefined, "a billing date")), "pt");
    return {
      ...base,
      labels: ["subscription"],
      startedMinutesAgo: DAY + 400,
      turns: [
        { from: "customer", after: 0, text: `Olá, quando é o próximo envio da minha subscrição ${subscription.reference}?` },
        { from: "bot", after: 8, text: `Olá ${ctx.firstName}! A próxima faturação da subscrição ${subscription.reference} (${plan}) é ${next}. A encomenda sai do nosso armazém no mesmo dia e chega em 3–6 dias úteis com os CTT. Os portes são sempre grátis nas subscrições.` },
        { from: "customer", after: 60, text: "Ótimo 👍" },
        { from: "bot", after: 4, text: "Às ordens! ☕" },
      ],
    };
  }
  return {
    ...base,
    labels: ["subscription"],
    startedMinutesAgo: Math.min(2 * DAY + 100, subscription.stoppedMinutesAgo - 60),
    turns: [
      { from: "customer", after: 0, text: `Olá, cancelei a subscrição ${subscription.reference}. Ainda vou ser cobrado?` },
      { from: "bot", after: 8, text: `Olá ${ctx.firstName}! Não. A subscrição ${subscription.reference} está cancelada e não haverá mais cobranças nem envios. Se mudar de ideias, pode criar uma nova subscrição a qualquer momento.` },
      { from: "customer", after: 50, text: "Ok, obrigado." },
      { from: "bot", after: 4, text: "Às ordens!" },
    ],
  };
}
