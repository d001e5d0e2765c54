import { shippingRateFor } from "./catalog";
import { DAY } from "./clock";
import {
  baseIdentifiers,
  dayName,
  money,
  need,
  paymentMethodName,
  type ConversationScript,
} from "./conversation-script";
import { formatMoney } from "./knowledge-shipping-table";

// Spanish conversations.

export const SPANISH_SCRIPTS: readonly ConversationScript[] = [
  {
    key: "es-double-charge-dispute",
    language: "es",
    match: {
      language: "es",
      order: {
        require: (order) => order.timeline.placed < 20 * DAY && order.timeline.placed > 60 && (order.paymentOutcome === "captured" || order.paymentOutcome === "captured_after_failure"),
        prefer: (order) => order.paymentOutcome === "captured_after_failure",
      },
    },
    play: (ctx) => {
      const order = need(ctx.order, "an order");
      const twoAttempts = order.paymentOutcome === "captured_after_failure";
      const amount = money(ctx, order.totalCents, "es");
      const method = order.cardLast4 ? `${paymentMethodName(order, "es")} acabada en ${order.cardLast4}` : paymentMethodName(order, "es");
      const paidOn = dayName(ctx.clock.minutesAgo(order.timeline.paid ?? order.timeline.placed), "es");
      return {
        startedMinutesAgo: 25,
        status: "open",
        owner: "human",
        team: "billing",
        priority: "urgent",
        labels: ["high-risk", "payment-dispute"],
        intent: "refund_request",
        turns: [
          { from: "customer", after: 0, text: `Hola, ¡me habéis cobrado dos veces el pedido ${order.number}! Si no me lo devolvéis hoy abro una reclamación con el banco.` },
          {
            from: "bot",
            after: 9,
            text: twoAttempts
              ? `Hola ${ctx.firstName}, entiendo la preocupación. Veo dos intentos de pago para ${order.number}: el primero falló y no se cobró; el segundo, de ${amount} con tu ${method}, se cobró correctamente el ${paidOn}. El intento fallido puede aparecer como retención durante 1–5 días laborables y después desaparece solo.`
              : `Hola ${ctx.firstName}, entiendo la preocupación. Para ${order.number} solo veo un cobro de ${amount} con tu ${method}, del ${paidOn}. A veces el banco muestra además una retención temporal que desaparece sola en 1–5 días laborables.`,
          },
          { from: "customer", after: 85, text: "En mi app salen dos cargos, no una retención. Voy a pedir al banco que anule el cargo." },
          { from: "bot", after: 7, text: "Entendido. Un compañero del equipo de facturación revisará los dos movimientos con nuestro proveedor de pagos y te escribirá hoy mismo. Ya tiene todos los datos, así que no tendrás que repetir nada." },
        ],
        handoff: {
          afterTurn: 3,
          status: "waiting",
          team: "billing",
          packet: {
            summary: `Customer says order ${order.number} (${amount}) was charged twice and will file a chargeback with the bank today. ${twoAttempts ? "Our records show one failed attempt and one captured payment." : "Our records show a single captured payment."}`,
            customerAsked: "Refund the duplicate charge today",
            requestedResolution: "Refund of the second charge",
            identifiers: [
              ...baseIdentifiers(ctx),
              { kind: "order_number", value: order.number, verified: true },
              ...(order.cardLast4 ? [{ kind: "card_last4", value: order.cardLast4, verified: true }] : []),
            ],
            stepsTried: [
              { step: "Looked up the payments for the order", result: twoAttempts ? "1 failed attempt, 1 captured payment" : "1 captured payment" },
              { step: "Explained temporary authorisation holds", result: "Customer insists on two charges and mentions a chargeback" },
            ],
            linksSent: [],
            sentiment: "negative",
            urgency: "high",
            reason: "high_risk_topic",
            suggestedAction: "Check the payment provider for a second capture. If there is none, send the authorisation-release reference so the bank can see the hold; if there is, refund it at once and confirm before the customer files the chargeback.",
            draftReply: `Hola ${ctx.firstName}, he revisado los movimientos con nuestro proveedor de pagos. Solo hay un cobro de ${amount}; el otro importe es una retención que tu banco liberará en unos días. Te envío la referencia para que puedas enseñársela a tu banco.`,
          },
        },
      };
    },
  },
  {
    key: "es-change-order-unclear",
    language: "es",
    match: { language: "es", order: { require: (order) => (order.state === "paid" || order.state === "processing") && order.items.length >= 2 } },
    play: (ctx) => {
      const order = need(ctx.order, "an order");
      const itemList = order.items.map((item) => `• ${item.product.name}`).join("\n");
      return {
        startedMinutesAgo: Math.min(80, order.timeline.placed - 10),
        status: "open",
        owner: "human",
        team: "support",
        priority: "normal",
        labels: ["order-change", "low-confidence"],
        intent: "change_address",
        turns: [
          { from: "customer", after: 0, text: `Hola, en el pedido ${order.number} quiero cambiar la dirección a la de mi trabajo y quitar el azul` },
          { from: "bot", after: 9, text: `Hola ${ctx.firstName}. Puedo ayudarte con las dos cosas mientras el pedido no se haya enviado. ¿Cuál de estos artículos quieres quitar?\n${itemList}` },
          { from: "customer", after: 100, text: "el azul, el que es para regalo. Y la dirección es la de la oficina, la misma que la otra vez" },
          { from: "bot", after: 8, text: "Perdona, no consigo identificar cuál es el artículo azul ni la dirección de la oficina, y no quiero cambiar nada por error. Te paso con un compañero que lo revisará contigo; el pedido sigue sin enviarse." },
        ],
        handoff: {
          afterTurn: 3,
          status: "waiting",
          team: "support",
          packet: {
            summary: `Customer wants to remove "the blue one" from order ${order.number} and change the delivery address to "the office, same as last time". Neither could be identified with confidence.`,
            customerAsked: "Remove one item and change the delivery address",
            requestedResolution: "Updated order before dispatch",
            identifiers: [...baseIdentifiers(ctx), { kind: "order_number", value: order.number, verified: true }],
            stepsTried: [
              { step: "Listed the items in the order", result: "Customer answered with a description that matches none of them" },
              { step: "Looked for a previous office address", result: "Only the home address is on file" },
            ],
            linksSent: [],
            sentiment: "neutral",
            urgency: "normal",
            reason: "low_confidence",
            suggestedAction: "Hold the order before the label is created, ask which item is meant and for the full office address (same country only), then update the order and the payment.",
            draftReply: `Hola ${ctx.firstName}, he parado el envío del pedido ${order.number} mientras lo vemos. ¿Me confirmas el nombre del artículo que quieres quitar y la dirección completa de la oficina?`,
          },
        },
      };
    },
  },
  {
    key: "es-shipping-costs-question",
    language: "es",
    match: { language: "es" },
    play: (ctx) => {
      const standard = need(shippingRateFor("ES", "standard"), "the Spanish standard rate");
      const express = need(shippingRateFor("ES", "express"), "the Spanish express rate");
      const pickup = need(shippingRateFor("ES", "pickup"), "the Spanish pickup rate");
      const euros = (cents: number | null) => formatMoney(cents ?? 0, "EUR", "es-ES");
      return {
        startedMinutesAgo: 4 * DAY + 130,
        status: "resolved",
        owner: "bot",
        priority: "low",
        labels: ["shipping-question"],
        intent: "shipping_options",
        turns: [
          { from: "customer", after: 0, text: `Buenas, ¿cuánto cuesta el envío a ${ctx.customer.city}? Y si pido una cafetera, ¿puede ir a un punto de recogida?` },
          { from: "bot", after: 9, text: `¡Hola ${ctx.firstName}! A España el envío estándar cuesta ${euros(standard.priceCents)} (gratis a partir de ${euros(standard.freeAboveCents)}) y tarda ${standard.minDays}–${standard.maxDays} días laborables; el exprés cuesta ${euros(express.priceCents)} (${express.minDays}–${express.maxDays} días). La recogida en oficina de Correos cuesta ${euros(pickup.priceCents)}, gratis desde ${euros(pickup.freeAboveCents)}, pero las cafeteras no se pueden enviar a puntos de recogida por su tamaño.` },
          { from: "customer", after: 70, text: "Vale, entonces estándar. ¡Gracias!" },
          { from: "bot", after: 5, text: `¡De nada! Todas nuestras cafeteras superan los ${euros(standard.freeAboveCents)}, así que el envío estándar te saldrá gratis. ☕` },
        ],
      };
    },
  },
];
