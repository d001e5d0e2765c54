import type { Scenario } from "./scenario";

// Complaints, requests for a person, and every escalation trigger; an outage, after hours, a burst.
export const ESCALATION_SCENARIOS: readonly Scenario[] = [
  // complaint
  {
    name: "files a complaint and is offered a person",
    covers: "complaint",
    language: "en",
    customer: { pick: "any" },
    turns: ["I want to file a formal complaint about your customer service"],
    expect: { intent: "complaint", replyMatches: [/really sorry about your experience/, /Talk to a person/] },
  },
  {
    name: "complains about the service",
    covers: "complaint",
    language: "fr",
    customer: { pick: "any" },
    turns: ["je souhaite déposer une réclamation concernant votre service"],
    expect: { intent: "complaint", replyMatches: [/vraiment désolé de votre expérience/] },
  },
  {
    name: "complains, then takes the offer of a person",
    covers: "complaint",
    language: "de",
    customer: { pick: "any" },
    turns: ["Ich möchte mich über Ihren Kundenservice beschweren", { tap: { buttonTitle: /Mit Mensch sprechen/ } }, "hallo?"],
    expect: { intent: "complaint", handoff: "customer_requested_human", replyMatches: [/Soll ich das an einen Kollegen weitergeben/, /Kollegin oder einen Kollegen/], messy: true },
  },

  // human_request, in every language
  {
    name: "asks for a real person",
    covers: "human_request",
    language: "en",
    customer: { pick: "any" },
    turns: ["can I talk to a real person please", "hello??"],
    expect: { handoff: "customer_requested_human", replyMatches: [/passing this to a colleague/] },
  },
  {
    name: "asks for an adviser",
    covers: "human_request",
    language: "fr",
    customer: { pick: "any" },
    turns: ["je veux parler à un conseiller"],
    expect: { handoff: "customer_requested_human", replyMatches: [/collègue/] },
  },
  {
    name: "asks for an employee",
    covers: "human_request",
    language: "de",
    customer: { pick: "any" },
    turns: ["Ich möchte bitte mit einem Mitarbeiter sprechen"],
    expect: { handoff: "customer_requested_human", replyMatches: [/Kollegen/] },
  },
  {
    name: "asks for an employee",
    covers: "human_request",
    language: "nl",
    customer: { pick: "any" },
    turns: ["mag ik een medewerker spreken?"],
    expect: { handoff: "customer_requested_human", replyMatches: [/collega/] },
  },
  {
    name: "asks for a person",
    covers: "human_request",
    language: "es",
    customer: { pick: "any" },
    turns: ["quiero hablar con una persona"],
    expect: { handoff: "customer_requested_human", replyMatches: [/compañero/] },
  },
  {
    name: "asks for a human",
    covers: "human_request",
    language: "pt",
    customer: { pick: "any" },
    turns: ["quero falar com um humano, por favor"],
    expect: { handoff: "customer_requested_human", replyMatches: [/colega/] },
  },
  {
    name: "starts a cancellation, then asks for a person instead of confirming",
    covers: "human_request",
    language: "en",
    customer: { pick: "order_in_state", state: "paid" },
    turns: ["cancel order {order}", "actually no, just get me a human"],
    expect: { intent: "cancel_order", handoff: "customer_requested_human", neverTools: ["cancel_order"], orderStateAfter: "paid", messy: true },
  },
  {
    name: "starts a cancellation, then asks for a person in words that decline nothing",
    covers: "human_request",
    language: "en",
    customer: { pick: "order_in_state", state: "processing" },
    turns: ["cancel order {order}", "wait, I'd rather talk to a person about it"],
    expect: { intent: "cancel_order", handoff: "customer_requested_human", neverTools: ["cancel_order"], orderStateAfter: "processing", messy: true },
  },

  // VIP tier
  {
    name: "a contact marked VIP goes to VIP Care",
    covers: "vip_customer",
    language: "nl",
    customer: { pick: "vip" },
    setup: { contactTier: "vip" },
    turns: ["waar is mijn bestelling {order}?"],
    expect: { handoff: "vip_customer", replyMatches: [/collega/] },
  },
  {
    name: "a customer the shop lists as VIP, writing for the first time, goes to VIP Care",
    covers: "vip_customer",
    language: "de",
    customer: { pick: "vip" },
    turns: ["Wo ist meine Bestellung {order}?"],
    expect: { handoff: "vip_customer" },
  },

  // high-risk topics
  {
    name: "threatens a chargeback",
    covers: "high_risk_topic",
    language: "en",
    customer: { pick: "order_in_state", state: "delivered" },
    turns: ["If I don't get my money back for {order} today I'm filing a chargeback with my bank"],
    expect: { handoff: "high_risk_topic", neverTools: ["request_refund"] },
  },
  {
    name: "threatens to bring in a lawyer",
    covers: "high_risk_topic",
    language: "de",
    customer: { pick: "any" },
    turns: ["Wenn das nicht sofort geklärt wird, schalte ich meinen Anwalt ein"],
    expect: { handoff: "high_risk_topic" },
  },
  {
    name: "threatens legal action",
    covers: "high_risk_topic",
    language: "es",
    customer: { pick: "any" },
    turns: ["os voy a denunciar, pienso tomar acciones legales contra la tienda"],
    expect: { handoff: "high_risk_topic" },
  },

  // negative sentiment on two consecutive messages
  {
    name: "two angry messages in a row",
    covers: "negative_sentiment",
    language: "en",
    customer: { pick: "order_in_state", state: "shipped" },
    turns: ["where is my order {order}?? this is ridiculous, terrible service", "still nothing, this is absolutely useless and awful"],
    expect: { handoff: "negative_sentiment", replyMatches: [/{order}/] },
  },
  {
    name: "two angry messages in a row",
    covers: "negative_sentiment",
    language: "fr",
    customer: { pick: "order_in_state", state: "shipped" },
    turns: ["c'est nul, ma commande {order} n'arrive jamais, service horrible", "franchement c'est inadmissible, je suis furieux"],
    expect: { handoff: "negative_sentiment" },
  },
  {
    name: "one angry message alone does not hand over",
    covers: "negative_sentiment",
    language: "en",
    customer: { pick: "order_in_state", state: "processing" },
    turns: ["this is ridiculous, where is {order}??", "ok thanks"],
    expect: { handoff: null, tools: ["get_order"] },
  },

  // low confidence after one clarifying question
  {
    name: "still unclear after one clarifying question",
    covers: "low_confidence",
    language: "en",
    customer: { pick: "any" },
    turns: ["the blue thing from before, you know", "like the other one but with the purple bit"],
    expect: { handoff: "low_confidence", replyMatches: [/not sure I understood/] },
  },
  {
    name: "still unclear after one clarifying question",
    covers: "low_confidence",
    language: "nl",
    customer: { pick: "any" },
    turns: ["dat ding van laatst, weet je wel", "nou dat andere ding met dat paarse stukje"],
    expect: { handoff: "low_confidence", replyMatches: [/weet niet zeker of ik je goed begrijp/] },
  },

  // repeated failed lookups
  {
    name: "three order numbers that do not exist",
    covers: "failed_lookups",
    language: "en",
    customer: { pick: "any" },
    turns: ["where is my order SO-999901?", "sorry, it's SO-999902", "hmm then SO-999903"],
    expect: { tools: ["get_order"], handoff: "failed_lookups", replyMatches: [/couldn't find order SO-999901/] },
  },
  {
    name: "three order numbers that do not exist",
    covers: "failed_lookups",
    language: "es",
    customer: { pick: "any" },
    turns: ["¿dónde está mi pedido SO-999911?", "perdón, es el SO-999912", "entonces SO-999913"],
    expect: { tools: ["get_order"], handoff: "failed_lookups", replyMatches: [/No encuentro el pedido SO-999911/] },
  },

  // integration error
  {
    name: "the order system is down",
    covers: "integration_error",
    language: "en",
    customer: { pick: "order_in_state", state: "delivered" },
    setup: { ordersDown: true },
    turns: ["where is my order {order}?"],
    expect: { tools: ["get_order"], handoff: "integration_error", replyMatches: [/can't access your order details right now/] },
  },
  {
    name: "the order system is down during a cancellation",
    covers: "integration_error",
    language: "de",
    customer: { pick: "order_in_state", state: "paid" },
    setup: { ordersDown: true },
    turns: ["Bitte stornieren Sie meine Bestellung {order}"],
    expect: { tools: ["get_order"], neverTools: ["cancel_order"], handoff: "integration_error", replyMatches: [/nicht abrufen/], orderStateAfter: "paid" },
  },

  // outside business hours: the bot keeps helping
  {
    name: "asks on a Sunday and still gets the order status",
    covers: "outside_business_hours",
    language: "en",
    customer: { pick: "order_in_state", state: "delivered" },
    setup: { afterHours: true },
    turns: ["where is my order {order}?"],
    expect: { tools: ["get_order"], handoff: null, replyMatches: [/Our team is offline right now/, /{order}/] },
  },
  {
    name: "cancels on a Sunday",
    covers: "outside_business_hours",
    language: "nl",
    customer: { pick: "order_in_state", state: "paid" },
    setup: { afterHours: true },
    turns: ["ik wil bestelling {order} annuleren", { tap: "confirm" }],
    expect: { tools: ["cancel_order"], handoff: null, replyMatches: [/Ons team is nu offline/], orderStateAfter: "cancelled" },
  },

  // a burst of three fragments before one turn runs
  {
    name: "three fragments answered as one turn",
    covers: "burst",
    language: "en",
    customer: { pick: "order_in_state", state: "delivered" },
    turns: [{ burst: ["hi", "order {order}", "where is it?"] }],
    expect: { intent: "order_status", tools: ["get_order", "track_shipment"], replyMatches: [/{order}/] },
  },
  {
    name: "three fragments answered as one turn",
    covers: "burst",
    language: "fr",
    customer: { pick: "order_in_state", state: "paid" },
    turns: [{ burst: ["bonjour", "je voudrais annuler", "la commande {order}"] }, { tap: "confirm" }],
    expect: { tools: ["cancel_order"], orderStateAfter: "cancelled" },
  },
];
