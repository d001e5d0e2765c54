import type { Language } from "@/lib/db/schema";

type Phrases = { handover: string; honest: string; approval: string; followUp: (when: string) => string };

// What the customer reads when a person takes over. The honest variant comes first when a system
// the assistant needed failed: it says what went wrong and what happens next.
export const HANDOVER_PHRASES: Record<Language, Phrases> = {
  en: {
    approval: "This request needs a colleague's approval, so I can't complete it myself.",
    handover: "I'm passing this to a colleague who can help further. They can see everything you've told me, so you won't need to repeat yourself. They'll reply here.",
    honest: "I can't access your order details right now. I've passed your question to a colleague, who will reply here as soon as possible.",
    followUp: (when) => `Our team is offline at the moment; a colleague will follow up from ${when}.`,
  },
  fr: {
    approval: "Cette demande doit être validée par un collègue, je ne peux donc pas la traiter moi-même.",
    handover: "Je transmets votre demande à un collègue qui pourra vous aider. Il voit tout ce que vous m'avez dit, vous n'aurez pas à répéter. Il vous répondra ici.",
    honest: "Je n'arrive pas à accéder aux détails de votre commande pour le moment. J'ai transmis votre question à un collègue, qui vous répondra ici dès que possible.",
    followUp: (when) => `Notre équipe est absente pour le moment ; un collègue vous répondra à partir de ${when}.`,
  },
  de: {
    approval: "Diese Anfrage muss von einer Kollegin oder einem Kollegen freigegeben werden; ich kann sie nicht selbst abschließen.",
    handover: "Ich gebe Ihr Anliegen an eine Kollegin oder einen Kollegen weiter. Sie sehen alles, was Sie mir geschrieben haben – Sie müssen nichts wiederholen. Die Antwort kommt hier.",
    honest: "Ich kann Ihre Bestelldaten gerade nicht abrufen. Ich habe Ihre Frage an das Team weitergegeben; Sie bekommen hier so schnell wie möglich eine Antwort.",
    followUp: (when) => `Unser Team ist gerade nicht erreichbar; wir melden uns ab ${when}.`,
  },
  nl: {
    approval: "Dit verzoek moet door een collega worden goedgekeurd, dus ik kan het niet zelf afronden.",
    handover: "Ik geef je vraag door aan een collega die verder kan helpen. Die ziet alles wat je mij hebt verteld, dus je hoeft niets te herhalen. Je krijgt hier antwoord.",
    honest: "Ik kan je bestelgegevens nu niet ophalen. Ik heb je vraag doorgezet naar een collega, die hier zo snel mogelijk reageert.",
    followUp: (when) => `Ons team is nu niet bereikbaar; een collega reageert vanaf ${when}.`,
  },
  es: {
    approval: "Esta solicitud necesita la aprobación de un compañero, así que no puedo completarla yo.",
    handover: "Paso tu consulta a un compañero que puede ayudarte. Verá todo lo que me has contado, así que no tendrás que repetirlo. Te responderá por aquí.",
    honest: "Ahora mismo no puedo acceder a los datos de tu pedido. He pasado tu consulta a un compañero, que te responderá por aquí lo antes posible.",
    followUp: (when) => `Nuestro equipo no está disponible ahora; un compañero te responderá a partir de ${when}.`,
  },
  pt: {
    approval: "Este pedido precisa da aprovação de um colega, por isso não o posso concluir eu próprio.",
    handover: "Vou passar o seu pedido a um colega que pode ajudar. Ele vê tudo o que me disse, por isso não precisa de repetir. A resposta chega aqui.",
    honest: "Neste momento não consigo aceder aos dados da sua encomenda. Passei a sua questão a um colega, que responde aqui assim que possível.",
    followUp: (when) => `A nossa equipa não está disponível agora; um colega responde a partir de ${when}.`,
  },
};

export function formatFollowUp(at: Date, language: Language, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(language, { weekday: "long", hour: "2-digit", minute: "2-digit", timeZone }).format(at);
}
