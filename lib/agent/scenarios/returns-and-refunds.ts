import type { Scenario } from "./scenario";

// Returns and exchanges, the refund policy, where a refund is, asking for money back.
export const RETURN_AND_REFUND_SCENARIOS: readonly Scenario[] = [
  // return_or_exchange
  {
    name: "returns a delivered order that does not fit",
    covers: "return_or_exchange",
    language: "en",
    customer: { pick: "order_in_state", state: "delivered", withinReturnWindow: true },
    turns: ["I want to return order {order}", { tap: { buttonTitle: /Changed my mind/ } }, { tap: "confirm" }],
    expect: { intent: "return_or_exchange", tools: ["get_order", "start_return"], replyMatches: [/Why are you sending back {order}/, /returns\.northwind\.example/] },
  },
  {
    name: "exchanges a faulty delivered order",
    covers: "return_or_exchange",
    language: "de",
    customer: { pick: "order_in_state", state: "delivered", withinReturnWindow: true },
    turns: ["Ich möchte die Bestellung {order} umtauschen", { tap: { buttonTitle: /Defekt/ } }, { tap: "confirm" }],
    expect: { intent: "return_or_exchange", tools: ["start_return"], replyMatches: [/Warum senden Sie {order} zurück/] },
  },
  {
    name: "wants to return an order that has not arrived yet",
    covers: "return_or_exchange",
    language: "es",
    customer: { pick: "order_in_state", state: "shipped" },
    turns: ["quiero devolver el pedido {order}"],
    expect: { intent: "return_or_exchange", tools: ["get_order"], neverTools: ["start_return"], replyMatches: [/todavía no se ha entregado/], messy: true },
  },
  {
    name: "types the reason in their own words",
    covers: "return_or_exchange",
    language: "nl",
    customer: { pick: "order_in_state", state: "delivered", withinReturnWindow: true },
    turns: ["ik wil {order} retourneren", "de kleur valt tegen", { tap: "confirm" }],
    expect: { intent: "return_or_exchange", tools: ["start_return"], replyMatches: [/Waarom stuur je {order} terug/], messy: true },
  },

  // refund_policy
  {
    name: "asks how refunds work",
    covers: "refund_policy",
    language: "en",
    customer: { pick: "any" },
    turns: ["what is your refund policy? how long do refunds take?"],
    expect: { intent: "refund_policy", replyMatches: [/refund/i, /From our help page/] },
  },
  {
    name: "asks about the refund policy",
    covers: "refund_policy",
    language: "fr",
    customer: { pick: "any" },
    turns: ["Quelle est votre politique de remboursement ?"],
    expect: { intent: "refund_policy", replyMatches: [/rembours/i, /notre page d'aide/] },
  },
  {
    name: "misspells the question about refund times",
    covers: "refund_policy",
    language: "de",
    customer: { pick: "any" },
    turns: ["wie lange dauert eine rückerstatung bei euch"],
    expect: { intent: "refund_policy", replyMatches: [/Erstattung|erstatt/i, /Hilfeseite/], messy: true },
  },
  {
    name: "asks about the refund rules",
    covers: "refund_policy",
    language: "pt",
    customer: { pick: "any" },
    turns: ["qual é a vossa política de reembolso?"],
    expect: { intent: "refund_policy", replyMatches: [/reembols/i, /página de ajuda/] },
  },

  // refund_status
  {
    name: "asks where the refund of a refunded order is",
    covers: "refund_status",
    language: "en",
    customer: { pick: "order_in_state", state: "refunded" },
    turns: ["Where is my refund for {order}? I haven't received the money yet"],
    expect: { intent: "refund_status", tools: ["refund_status"], replyMatches: [/Here's what I see for order {order}/] },
  },
  {
    name: "asks about the refund of a returned order",
    covers: "refund_status",
    language: "nl",
    customer: { pick: "order_in_state", state: "returned" },
    turns: ["Ik heb {order} teruggestuurd, wanneer krijg ik mijn terugbetaling?"],
    expect: { intent: "refund_status", tools: ["refund_status"], replyMatches: [/bestelling {order}/] },
  },
  {
    name: "asks about a refund without the number, having one order",
    covers: "refund_status",
    language: "fr",
    customer: { pick: "order_in_state", state: "refunded", orders: "only" },
    turns: ["toujours pas reçu mon remboursement ??"],
    expect: { intent: "refund_status", tools: ["list_orders", "refund_status"], replyMatches: [/commande {order}/], messy: true },
  },

  // refund_request
  {
    name: "asks for part of the money back",
    covers: "refund_request",
    language: "en",
    customer: { pick: "order_in_state", state: "delivered" },
    turns: ["I'd like a refund of €20 for order {order} please", { tap: "confirm" }],
    expect: { intent: "refund_request", tools: ["get_order", "request_refund"], replyMatches: [/requested a refund of €20\.00 for order {order}/] },
  },
  {
    name: "asks for the whole order back, above the automatic limit",
    covers: "refund_request",
    language: "fr",
    customer: { pick: "order_in_state", state: "delivered" },
    turns: ["je veux être remboursé de la commande {order}", { tap: "confirm" }],
    expect: { intent: "refund_request", tools: ["request_refund"], handoff: "over_threshold", replyMatches: [/validée? par un collègue/], replyNeverMatches: [/accès aux détails|accéder aux détails/] },
  },
  {
    name: "asks for their money back, then declines at the confirmation",
    covers: "refund_request",
    language: "de",
    customer: { pick: "order_in_state", state: "delivered" },
    turns: ["Ich will mein Geld zurück für {order}", { tap: "decline" }],
    expect: { intent: "refund_request", neverTools: ["request_refund"], replyMatches: [/nichts geändert/], messy: true },
  },
];
