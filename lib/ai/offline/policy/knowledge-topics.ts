import type { IntentId } from "../nlu/intents";
import type { Lang } from "../nlu/lang";

// What to search for when the customer's own words found no article about their question: the
// topic's everyday words in each language. Not shown to anyone; only sent to search_knowledge, first
// in the customer's language, then in English (the knowledge base's fallback language).
export const KNOWLEDGE_TOPIC_QUERIES: Partial<Record<IntentId, Record<Lang, string>>> = {
  refund_policy: {
    en: "refund policy refund times money back",
    fr: "remboursement délais conditions",
    de: "Erstattung Rückerstattung Dauer Bedingungen",
    nl: "terugbetaling doorlooptijd voorwaarden",
    es: "reembolso plazos condiciones",
    pt: "reembolso prazos condições",
  },
  account_help: {
    en: "account login password",
    fr: "compte connexion mot de passe",
    de: "Kundenkonto Konto Anmeldung Passwort",
    nl: "account inloggen wachtwoord",
    es: "cuenta contraseña iniciar sesión",
    pt: "conta palavra-passe senha iniciar sessão",
  },
  opening_hours_contact: {
    en: "opening hours contact phone email",
    fr: "horaires d'ouverture contact téléphone e-mail",
    de: "Öffnungszeiten Kontakt Telefon E-Mail",
    nl: "openingstijden contact telefoon e-mail",
    es: "horario de atención contacto teléfono correo",
    pt: "horário de atendimento contactos telefone e-mail",
  },
  shipping_options: {
    en: "shipping options costs delivery times",
    fr: "livraison modes frais délais",
    de: "Versand Versandarten Versandkosten Lieferzeit",
    nl: "verzending verzendopties verzendkosten levertijd",
    es: "envío opciones gastos plazos de entrega",
    pt: "envio opções custos prazos de entrega",
  },
};
