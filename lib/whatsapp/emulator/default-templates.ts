import type { MessageTemplate, TemplateComponentDefinition } from "@/lib/whatsapp/cloud-api/message-template";

// The approved templates a fresh emulator knows, in the management-API shape of
// GET /{waba-id}/message_templates. Enough for the product's flows: an order update with
// positional variables, a re-engagement message for after the 24-hour window, and a CSAT survey
// with quick-reply buttons.

type Translation = { language: string; body: string; footer?: string; buttons?: string[] };

const ORDER_UPDATE: Translation[] = [
  { language: "en", body: "Hi {{1}}, your order {{2}} is now {{3}}.", footer: "Reply to this message if you need help." },
  { language: "fr", body: "Bonjour {{1}}, votre commande {{2}} est maintenant {{3}}.", footer: "Répondez à ce message si vous avez besoin d'aide." },
  { language: "de", body: "Hallo {{1}}, Ihre Bestellung {{2}} ist jetzt {{3}}.", footer: "Antworten Sie auf diese Nachricht, wenn Sie Hilfe brauchen." },
  { language: "nl", body: "Hallo {{1}}, je bestelling {{2}} is nu {{3}}.", footer: "Antwoord op dit bericht als je hulp nodig hebt." },
  { language: "es", body: "Hola {{1}}, tu pedido {{2}} ahora está {{3}}.", footer: "Responde a este mensaje si necesitas ayuda." },
  { language: "pt", body: "Olá {{1}}, a sua encomenda {{2}} está agora {{3}}.", footer: "Responda a esta mensagem se precisar de ajuda." },
];

const FOLLOW_UP_AFTER_WINDOW: Translation[] = [
  { language: "en", body: "Hi {{1}}, we have an update on your support request. Reply to this message to continue the conversation.", buttons: ["Continue"] },
  { language: "fr", body: "Bonjour {{1}}, nous avons du nouveau sur votre demande d'assistance. Répondez à ce message pour reprendre la conversation.", buttons: ["Continuer"] },
  { language: "de", body: "Hallo {{1}}, es gibt Neuigkeiten zu Ihrer Supportanfrage. Antworten Sie auf diese Nachricht, um das Gespräch fortzusetzen.", buttons: ["Weiter"] },
  { language: "nl", body: "Hallo {{1}}, er is nieuws over je supportvraag. Antwoord op dit bericht om het gesprek voort te zetten.", buttons: ["Verder"] },
  { language: "es", body: "Hola {{1}}, tenemos novedades sobre tu solicitud de soporte. Responde a este mensaje para continuar la conversación.", buttons: ["Continuar"] },
  { language: "pt", body: "Olá {{1}}, temos novidades sobre o seu pedido de suporte. Responda a esta mensagem para continuar a conversa.", buttons: ["Continuar"] },
];

const CSAT_SURVEY: Translation[] = [
  { language: "en", body: "How would you rate the help you received today?", buttons: ["Great", "OK", "Poor"] },
  { language: "fr", body: "Comment évaluez-vous l'aide reçue aujourd'hui ?", buttons: ["Excellente", "Correcte", "Mauvaise"] },
  { language: "de", body: "Wie bewerten Sie die Hilfe, die Sie heute erhalten haben?", buttons: ["Sehr gut", "In Ordnung", "Schlecht"] },
  { language: "nl", body: "Hoe beoordeel je de hulp die je vandaag hebt gekregen?", buttons: ["Uitstekend", "Prima", "Slecht"] },
  { language: "es", body: "¿Cómo valoras la ayuda que recibiste hoy?", buttons: ["Excelente", "Correcta", "Mala"] },
  { language: "pt", body: "Como avalia a ajuda que recebeu hoje?", buttons: ["Excelente", "Razoável", "Má"] },
];

export const DEFAULT_TEMPLATES: MessageTemplate[] = [
  ...ORDER_UPDATE.map((translation, index) =>
    template("order_update", "1387372356726", index, translation, { body_text: [["Amara", "A-1042", "out for delivery"]] }),
  ),
  ...FOLLOW_UP_AFTER_WINDOW.map((translation, index) =>
    template("follow_up_after_window", "1387372356727", index, translation, { body_text: [["Amara"]] }),
  ),
  ...CSAT_SURVEY.map((translation, index) => template("csat_survey", "1387372356728", index, translation)),
];

function template(
  name: string,
  idPrefix: string,
  index: number,
  translation: Translation,
  bodyExample?: Record<string, unknown>,
): MessageTemplate {
  const components: TemplateComponentDefinition[] = [{ type: "BODY", text: translation.body, ...(bodyExample ? { example: bodyExample } : {}) }];
  if (translation.footer) components.push({ type: "FOOTER", text: translation.footer });
  if (translation.buttons) {
    components.push({ type: "BUTTONS", buttons: translation.buttons.map((text) => ({ type: "QUICK_REPLY" as const, text })) });
  }
  return {
    // One id per translation, as Meta assigns them.
    id: `${idPrefix}${String(index).padStart(3, "0")}`,
    name,
    language: translation.language,
    status: "APPROVED",
    category: "UTILITY",
    parameter_format: "POSITIONAL",
    components,
  };
}
