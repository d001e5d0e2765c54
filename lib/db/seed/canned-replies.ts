import type { cannedReplies, Language } from "@/lib/db/schema";
import { DAY, type Clock } from "./clock";
import { deterministicUuid, type Rng } from "./random";

// The canned replies the demo team starts with: the moments every support chat has (greeting,
// asking for the order number, refund times, closing), in several of the shop's languages.
// Shortcuts are unique across languages, so translations carry a language suffix.

type CannedReplySource = { shortcut: string; title: string; language: Language | null; body: string };

const REPLIES: readonly CannedReplySource[] = [
  {
    shortcut: "greet",
    title: "Greeting after a handover",
    language: "en",
    body: "Hi {{contact.first_name}}, this is {{agent.first_name}} from {{inbox.name}}. I've read your conversation with our assistant, so there's no need to repeat anything. Let me take it from here.",
  },
  {
    shortcut: "order-number",
    title: "Ask for the order number",
    language: "en",
    body: "Could you send me your order number? It starts with SO- and you'll find it in your order confirmation e-mail.",
  },
  {
    shortcut: "refund-timeline",
    title: "How long a refund takes",
    language: "en",
    body: "We refund to the payment method you used for the order. Once the refund is issued, PayPal shows it within 24 hours, iDEAL and MB WAY within 1–3 business days, bank transfers within 3–5 and cards within 5–10 business days.",
  },
  {
    shortcut: "closing",
    title: "Close the conversation",
    language: "en",
    body: "Is there anything else I can help you with, {{contact.first_name}}? If not, I'll close this conversation. Thanks for contacting {{inbox.name}}!",
  },
  {
    shortcut: "greet-fr",
    title: "Salutation après transfert",
    language: "fr",
    body: "Bonjour {{contact.first_name}}, ici {{agent.first_name}} de {{inbox.name}}. J'ai lu votre échange avec notre assistant, inutile de tout répéter. Je prends le relais.",
  },
  {
    shortcut: "order-number-de",
    title: "Nach der Bestellnummer fragen",
    language: "de",
    body: "Könnten Sie mir bitte Ihre Bestellnummer schicken? Sie beginnt mit SO- und steht in Ihrer Bestellbestätigung per E-Mail.",
  },
  {
    shortcut: "refund-timeline-nl",
    title: "Hoe lang een terugbetaling duurt",
    language: "nl",
    body: "We betalen terug via de betaalmethode van je bestelling. Na de terugbetaling zie je het bedrag bij PayPal binnen 24 uur, bij iDEAL binnen 1–3 werkdagen en bij een creditcard binnen 5–10 werkdagen.",
  },
  {
    shortcut: "closing-es",
    title: "Cerrar la conversación",
    language: "es",
    body: "¿Puedo ayudarte con algo más, {{contact.first_name}}? Si no, cerraré esta conversación. ¡Gracias por contactar con {{inbox.name}}!",
  },
  {
    shortcut: "greet-pt",
    title: "Saudação após transferência",
    language: "pt",
    body: "Olá {{contact.first_name}}, fala {{agent.first_name}} da {{inbox.name}}. Já li a sua conversa com o nosso assistente, não precisa de repetir nada. A partir daqui sigo eu.",
  },
];

export function buildCannedReplies(rng: Rng, clock: Clock, authorId: string): (typeof cannedReplies.$inferInsert)[] {
  const createdAt = clock.minutesAgo(90 * DAY);
  return REPLIES.map((reply) => ({ id: deterministicUuid(rng), ...reply, createdById: authorId, createdAt, updatedAt: createdAt }));
}
