import type { Scenario } from "./scenario";

// Questions answered from shop data or the knowledge base: shipping, promo codes, accounts, hours.
export const INFORMATION_SCENARIOS: readonly Scenario[] = [
  // shipping_options
  {
    name: "asks what delivery to Ireland costs",
    covers: "shipping_options",
    language: "en",
    customer: { pick: "any" },
    turns: ["how much is shipping to Ireland?"],
    expect: { intent: "shipping_options", tools: ["shipping_quote"], replyMatches: [/Delivery to Ireland/] },
  },
  {
    name: "asks about delivery to Belgium",
    covers: "shipping_options",
    language: "nl",
    customer: { pick: "any" },
    turns: ["Wat kost verzending naar België?"],
    expect: { intent: "shipping_options", tools: ["shipping_quote"], replyMatches: [/Bezorging naar België/] },
  },
  {
    name: "asks about delivery to Germany",
    covers: "shipping_options",
    language: "de",
    customer: { pick: "any" },
    turns: ["Was kostet der Versand nach Deutschland?"],
    expect: { intent: "shipping_options", tools: ["shipping_quote"], replyMatches: [/Lieferung nach Deutschland/] },
  },
  {
    name: "asks about express delivery times without a country, in shorthand",
    covers: "shipping_options",
    language: "es",
    customer: { pick: "any" },
    turns: ["cuanto tarda el envio express??"],
    expect: { intent: "shipping_options", replyMatches: [/envío|entrega/i], messy: true },
  },

  // promo_code
  {
    name: "checks a valid code",
    covers: "promo_code",
    language: "en",
    customer: { pick: "any" },
    turns: ["is the discount code WELCOME10 still valid?"],
    expect: { intent: "promo_code", tools: ["check_promo_code"], replyMatches: [/Good news: WELCOME10 is valid/] },
  },
  {
    name: "an expired code does not work",
    covers: "promo_code",
    language: "fr",
    customer: { pick: "any" },
    turns: ["le code promo SUMMER20 ne marche pas"],
    expect: { intent: "promo_code", tools: ["check_promo_code"], replyMatches: [/SUMMER20 a expiré/] },
  },
  {
    name: "complains a code fails without saying which, then gives it",
    covers: "promo_code",
    language: "nl",
    customer: { pick: "any" },
    turns: ["mijn kortingscode werkt niet", "BEANS5"],
    expect: { intent: "promo_code", tools: ["check_promo_code"], replyMatches: [/Welke code/, /BEANS5 is geldig/], messy: true },
  },
  {
    name: "misspells the code",
    covers: "promo_code",
    language: "es",
    customer: { pick: "any" },
    turns: ["el código de descuento WELCOM10 no funciona"],
    expect: { intent: "promo_code", tools: ["check_promo_code"], replyMatches: [/WELCOM10 no es un código válido/], messy: true },
  },

  // account_help
  {
    name: "forgot their password",
    covers: "account_help",
    language: "en",
    customer: { pick: "any" },
    turns: ["I forgot my password, how do I reset it?"],
    expect: { intent: "account_help", replyMatches: [/password/i, /From our help page/] },
  },
  {
    name: "cannot log in",
    covers: "account_help",
    language: "de",
    customer: { pick: "any" },
    turns: ["Ich kann mich nicht in mein Kundenkonto einloggen"],
    expect: { intent: "account_help", replyMatches: [/Hilfeseite/] },
  },
  {
    name: "misspelled password question",
    covers: "account_help",
    language: "fr",
    customer: { pick: "any" },
    turns: ["mot de pase oublié jarrive pas a me connecter"],
    expect: { intent: "account_help", replyMatches: [/notre page d'aide/], messy: true },
  },

  // opening_hours_contact
  {
    name: "asks for the opening hours",
    covers: "opening_hours_contact",
    language: "en",
    customer: { pick: "any" },
    turns: ["what are your opening hours?"],
    expect: { intent: "opening_hours_contact", replyMatches: [/\d{1,2}[:.]\d{2}/, /From our help page/] },
  },
  {
    name: "asks for the phone number",
    covers: "opening_hours_contact",
    language: "nl",
    customer: { pick: "any" },
    turns: ["Wat is jullie telefoonnummer?"],
    expect: { intent: "opening_hours_contact", replyMatches: [/hulppagina/] },
  },
  {
    name: "asks about Saturday hours",
    covers: "opening_hours_contact",
    language: "pt",
    customer: { pick: "any" },
    turns: ["a que horas abrem ao sábado?"],
    expect: { intent: "opening_hours_contact", replyMatches: [/página de ajuda/] },
  },
  {
    name: "asks for the hours in chat shorthand",
    covers: "opening_hours_contact",
    language: "es",
    customer: { pick: "any" },
    turns: ["hola q horario teneis??"],
    expect: { intent: "opening_hours_contact", replyMatches: [/página de ayuda/], messy: true },
  },
];
