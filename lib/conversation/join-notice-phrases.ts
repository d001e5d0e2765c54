import type { Language } from "@/lib/db/schema";

// What the customer reads when a person takes the conversation over from the assistant or the
// waiting queue: who they are now talking to, and that they need not repeat themselves.
export const JOIN_NOTICE_PHRASES: Record<Language, (agentFirstName: string) => string> = {
  en: (name) => `Hi, this is ${name} from our support team. I've read your conversation and I'm taking it from here.`,
  fr: (name) => `Bonjour, ici ${name} de notre équipe d'assistance. J'ai lu votre conversation et je prends le relais.`,
  de: (name) => `Hallo, hier ist ${name} vom Support-Team. Ich habe Ihren Verlauf gelesen und übernehme ab hier.`,
  nl: (name) => `Hoi, met ${name} van ons supportteam. Ik heb je gesprek gelezen en neem het vanaf hier over.`,
  es: (name) => `Hola, soy ${name}, del equipo de atención al cliente. He leído tu conversación y me encargo a partir de aquí.`,
  pt: (name) => `Olá, fala ${name}, da nossa equipa de apoio. Li a sua conversa e vou continuar a partir daqui.`,
};

export function joinNotice(language: Language, agentName: string): string {
  const firstName = agentName.trim().split(/\s+/)[0] || agentName;
  return JOIN_NOTICE_PHRASES[language](firstName);
}
