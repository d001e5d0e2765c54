import type { Language } from "@/lib/db/enums";

// The survey's words in the six languages the assistant speaks. Reply buttons allow three titles
// of at most 20 characters; they map to the scores 5, 3 and 1 (the same scale as the approved
// `csat_survey` template's three quick replies: Great / OK / Poor).

export const CSAT_SCORES = [5, 3, 1] as const;
export const CSAT_TEMPLATE_NAME = "csat_survey";

type Phrases = { question: string; footer: string; buttons: readonly [string, string, string]; templateButtons: readonly [string, string, string] };

export const CSAT_PHRASES: Record<Language, Phrases> = {
  en: {
    question: "How would you rate the help you received today?",
    footer: "Optional: reply to this message with a comment.",
    buttons: ["😊 Great", "😐 OK", "🙁 Bad"],
    templateButtons: ["Great", "OK", "Poor"],
  },
  fr: {
    question: "Comment évaluez-vous l'aide reçue aujourd'hui ?",
    footer: "Facultatif : répondez à ce message pour commenter.",
    buttons: ["😊 Très bien", "😐 Correct", "🙁 Mauvais"],
    templateButtons: ["Excellente", "Correcte", "Mauvaise"],
  },
  de: {
    question: "Wie bewerten Sie die Hilfe, die Sie heute erhalten haben?",
    footer: "Optional: Antworten Sie hierauf mit einem Kommentar.",
    buttons: ["😊 Sehr gut", "😐 In Ordnung", "🙁 Schlecht"],
    templateButtons: ["Sehr gut", "In Ordnung", "Schlecht"],
  },
  nl: {
    question: "Hoe beoordeel je de hulp die je vandaag hebt gekregen?",
    footer: "Optioneel: antwoord op dit bericht met een opmerking.",
    buttons: ["😊 Goed", "😐 Prima", "🙁 Slecht"],
    templateButtons: ["Uitstekend", "Prima", "Slecht"],
  },
  es: {
    question: "¿Cómo valoras la ayuda que recibiste hoy?",
    footer: "Opcional: responde a este mensaje con un comentario.",
    buttons: ["😊 Muy bien", "😐 Normal", "🙁 Mal"],
    templateButtons: ["Excelente", "Correcta", "Mala"],
  },
  pt: {
    question: "Como avalia a ajuda que recebeu hoje?",
    footer: "Opcional: responda a esta mensagem com um comentário.",
    buttons: ["😊 Ótimo", "😐 Razoável", "🙁 Mau"],
    templateButtons: ["Excelente", "Razoável", "Má"],
  },
};

// The score a tapped button title stands for, in any language (a quick reply that came back
// without our payload still carries its title).
export function scoreFromButtonTitle(title: string): number | null {
  const wanted = title.trim().toLowerCase();
  for (const phrases of Object.values(CSAT_PHRASES)) {
    for (const titles of [phrases.buttons, phrases.templateButtons]) {
      const index = titles.findIndex((candidate) => candidate.toLowerCase() === wanted);
      if (index >= 0) return CSAT_SCORES[index] ?? null;
    }
  }
  return null;
}
