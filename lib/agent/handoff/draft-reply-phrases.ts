import type { Lang } from "@/lib/ai/offline/nlu/lang";

export type ReferenceNoun = "order" | "booking" | "subscription" | "invoice";

// The building blocks of a draft reply for the agent taking over, per language, in the register the
// shop uses there: "vous" in French, "Sie" in German, "je" in Dutch, "tú" in Spanish and the polite
// third person in Portuguese. The greeting stands on its own line; German letters go on in lower case.
export type DraftReplyPhrases = {
  greeting: (name: string | undefined) => string;
  takeover: string;
  apology: string;
  // Said before anything else when someone may be hurt.
  safety: string;
  // Said when an account may have been taken over.
  security: string;
  lookingInto: (references: string) => string;
  lookingIntoNothingYet: string;
  askWhatTheyNeed: string;
  closing: string;
  nouns: Record<ReferenceNoun, string>;
  and: string;
};

export const DRAFT_REPLY_PHRASES: Record<Lang, DraftReplyPhrases> = {
  en: {
    greeting: (name) => (name ? `Hi ${name},` : "Hi,"),
    takeover: "I'm from the support team and I'm taking over from our assistant. I've read your messages, so there's no need to repeat anything.",
    apology: "I'm sorry for the trouble this has caused.",
    safety: "First of all: if anyone is hurt, please get medical help and stop using the product.",
    security: "For your security, please don't share passwords or codes in this chat.",
    lookingInto: (references) => `I'm looking into ${references} now and will get back to you shortly.`,
    lookingIntoNothingYet: "I'm looking into this now and will get back to you shortly.",
    askWhatTheyNeed: "How can I help you?",
    closing: "Thanks for your patience.",
    nouns: { order: "your order", booking: "your booking", subscription: "your subscription", invoice: "your invoice" },
    and: "and",
  },
  fr: {
    greeting: (name) => (name ? `Bonjour ${name},` : "Bonjour,"),
    takeover: "Je fais partie de l'équipe du service client et je prends le relais de notre assistant. J'ai lu vos messages, inutile de les répéter.",
    apology: "Toutes nos excuses pour ce désagrément.",
    safety: "Avant tout : si quelqu'un est blessé, consultez un médecin et cessez d'utiliser le produit.",
    security: "Pour votre sécurité, ne partagez ni mot de passe ni code dans cette conversation.",
    lookingInto: (references) => `Je m'occupe dès maintenant de ${references} et je reviens vers vous très vite.`,
    lookingIntoNothingYet: "Je m'en occupe dès maintenant et je reviens vers vous très vite.",
    askWhatTheyNeed: "Comment puis-je vous aider ?",
    closing: "Merci pour votre patience.",
    nouns: { order: "votre commande", booking: "votre rendez-vous", subscription: "votre abonnement", invoice: "votre facture" },
    and: "et",
  },
  de: {
    greeting: (name) => (name ? `Hallo ${name},` : "Hallo,"),
    takeover: "ich bin aus dem Kundenservice-Team und übernehme ab hier von unserem Assistenten. Ich habe Ihre Nachrichten gelesen, Sie müssen nichts wiederholen.",
    apology: "Entschuldigen Sie bitte die Unannehmlichkeiten.",
    safety: "Vorab: Falls jemand verletzt ist, holen Sie bitte ärztliche Hilfe und verwenden Sie das Produkt nicht weiter.",
    security: "Zu Ihrer Sicherheit: Bitte teilen Sie in diesem Chat keine Passwörter oder Codes.",
    lookingInto: (references) => `Ich kümmere mich jetzt um ${references} und melde mich in Kürze bei Ihnen.`,
    lookingIntoNothingYet: "Ich kümmere mich jetzt darum und melde mich in Kürze bei Ihnen.",
    askWhatTheyNeed: "Wie kann ich Ihnen helfen?",
    closing: "Danke für Ihre Geduld.",
    nouns: { order: "Ihre Bestellung", booking: "Ihren Termin", subscription: "Ihr Abo", invoice: "Ihre Rechnung" },
    and: "und",
  },
  nl: {
    greeting: (name) => (name ? `Hallo ${name},` : "Hallo,"),
    takeover: "Ik ben van het klantenserviceteam en neem het vanaf hier over van onze assistent. Ik heb je berichten gelezen, dus je hoeft niets te herhalen.",
    apology: "Sorry voor het ongemak.",
    safety: "Allereerst: als er iemand gewond is, zoek dan medische hulp en gebruik het product niet meer.",
    security: "Voor je veiligheid: deel geen wachtwoorden of codes in deze chat.",
    lookingInto: (references) => `Ik zoek ${references} nu voor je uit en laat zo snel mogelijk iets weten.`,
    lookingIntoNothingYet: "Ik zoek het nu voor je uit en laat zo snel mogelijk iets weten.",
    askWhatTheyNeed: "Waarmee kan ik je helpen?",
    closing: "Bedankt voor je geduld.",
    nouns: { order: "je bestelling", booking: "je afspraak", subscription: "je abonnement", invoice: "je factuur" },
    and: "en",
  },
  es: {
    greeting: (name) => (name ? `Hola ${name},` : "Hola,"),
    takeover: "Soy del equipo de atención al cliente y sigo yo a partir de aquí. He leído tus mensajes, así que no hace falta que repitas nada.",
    apology: "Disculpa las molestias.",
    safety: "Ante todo: si alguien se ha hecho daño, busca atención médica y deja de usar el producto.",
    security: "Por tu seguridad, no compartas contraseñas ni códigos en este chat.",
    lookingInto: (references) => `Estoy revisando ${references} y te respondo en breve.`,
    lookingIntoNothingYet: "Lo estoy revisando y te respondo en breve.",
    askWhatTheyNeed: "¿En qué puedo ayudarte?",
    closing: "Gracias por tu paciencia.",
    nouns: { order: "tu pedido", booking: "tu cita", subscription: "tu suscripción", invoice: "tu factura" },
    and: "y",
  },
  pt: {
    greeting: (name) => (name ? `Olá ${name},` : "Olá,"),
    takeover: "Sou da equipa de apoio ao cliente e vou continuar a partir daqui. Li as suas mensagens, por isso não precisa de repetir nada.",
    apology: "Pedimos desculpa pelo incómodo.",
    safety: "Antes de mais: se alguém se magoou, procure ajuda médica e deixe de usar o produto.",
    security: "Por segurança, não partilhe palavras-passe nem códigos nesta conversa.",
    lookingInto: (references) => `Estou a verificar ${references} e respondo-lhe em breve.`,
    lookingIntoNothingYet: "Estou a verificar e respondo-lhe em breve.",
    askWhatTheyNeed: "Em que posso ajudar?",
    closing: "Obrigado pela sua paciência.",
    nouns: { order: "a sua encomenda", booking: "a sua marcação", subscription: "a sua subscrição", invoice: "a sua fatura" },
    and: "e",
  },
};
