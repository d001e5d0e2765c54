import type { Lang } from "./lang";

// Yes and no as customers answer a confirmation question, accent-folded and normalised the way
// `tokenize` leaves them ("c'est ça" → "c est ca", "d'accord" → "daccord", "não" → "nao").
type Cues = { yes: readonly string[]; no: readonly string[]; unsure: readonly string[] };

export const CONFIRMATION_CUES: Record<Lang, Cues> = {
  en: {
    yes: [
      "yes", "yeah", "yea", "yep", "yup", "ya", "ok", "okay", "okey", "k", "kk", "sure", "go ahead", "do it", "please do",
      "correct", "thats right", "thats correct", "confirm", "confirmed", "absolutely", "definitely", "of course",
      "sounds good", "alright", "all right", "agreed", "fine", "no problem", "no worries", "go for it", "perfect", "right",
    ],
    no: [
      "no", "nope", "nah", "nay", "dont", "do not", "stop", "cancel", "wait", "not now", "no thanks", "no thank you",
      "never mind", "nevermind", "negative", "wrong", "incorrect", "not correct", "thats wrong", "no way", "not yet", "hold on",
    ],
    unsure: ["maybe", "not sure", "dunno", "idk", "i dont know", "perhaps", "let me think", "depends"],
  },
  fr: {
    yes: [
      "oui", "ouais", "ouep", "ok", "daccord", "d accord", "dac", "vas y", "allez y", "c est ca", "cest ca", "exact", "exactement",
      "parfait", "je confirme", "confirme", "carrement", "bien sur", "tout a fait", "volontiers", "ca marche", "pas de probleme",
      "oui oui", "c est bon", "cest bon", "go",
    ],
    no: [
      "non", "nan", "pas maintenant", "arrete", "arretez", "attends", "attendez", "stop", "surtout pas", "laisse tomber",
      "laissez tomber", "pas du tout", "c est faux", "cest faux", "faux", "jamais", "non merci", "ne faites pas", "pas encore",
      "annule", "annulez",
    ],
    unsure: ["peut etre", "je sais pas", "jsp", "je ne sais pas", "pas sur", "bof"],
  },
  de: {
    yes: [
      "ja", "jap", "jo", "jawohl", "ok", "okay", "klar", "na klar", "genau", "stimmt", "passt", "gerne", "sicher",
      "einverstanden", "mach das", "mach ruhig", "mach es", "bestatigt", "richtig", "kein problem", "auf jeden fall", "ja bitte",
    ],
    no: [
      "nein", "nee", "ne", "no", "nicht", "stopp", "stop", "warte", "falsch", "auf keinen fall", "lieber nicht", "vergiss es",
      "nein danke", "noch nicht", "jetzt nicht", "nicht machen", "abbrechen",
    ],
    unsure: ["vielleicht", "weiss nicht", "keine ahnung", "mal sehen", "unsicher"],
  },
  nl: {
    yes: [
      "ja", "jawel", "jep", "ok", "oke", "okee", "prima", "graag", "ja graag", "doe maar", "ga je gang", "klopt", "dat klopt",
      "is goed", "zeker", "akkoord", "goed", "bevestig", "bevestigd", "geen probleem", "ja hoor", "prima zo",
    ],
    no: [
      "nee", "neen", "niet", "nope", "stop", "wacht", "fout", "verkeerd", "laat maar", "liever niet", "absoluut niet",
      "nee bedankt", "niet doen", "nog niet", "nu niet", "annuleer",
    ],
    unsure: ["misschien", "weet niet", "geen idee", "twijfel"],
  },
  es: {
    yes: [
      "si", "sip", "vale", "ok", "claro", "dale", "adelante", "correcto", "eso es", "de acuerdo", "perfecto", "confirmo",
      "por supuesto", "hazlo", "exacto", "venga", "sin problema", "claro que si", "si claro",
    ],
    no: [
      "no", "nop", "para", "espera", "nunca", "para nada", "ni hablar", "mejor no", "dejalo", "incorrecto", "no gracias", "ahora no",
      "todavia no", "no lo hagas", "cancela", "cancelalo",
    ],
    unsure: ["quizas", "quiza", "tal vez", "no se", "no estoy seguro", "no estoy segura", "depende"],
  },
  pt: {
    yes: [
      "sim", "ok", "claro", "pode ser", "isso", "isso mesmo", "correto", "certo", "beleza", "blz", "perfeito", "confirmo",
      "com certeza", "pode fazer", "pode seguir", "manda", "bora", "fechado", "sem problema", "pode sim", "sim sim",
    ],
    no: [
      "nao", "nop", "para", "espera", "nunca", "de jeito nenhum", "nem pensar", "melhor nao", "deixa pra la", "errado", "nao obrigado",
      "agora nao", "ainda nao", "nao faca", "cancela",
    ],
    unsure: ["talvez", "nao sei", "nao tenho certeza", "depende"],
  },
};

// Cues that also mean something else ("para" is "for" in Spanish and Portuguese, "k" and "ne" are
// letters or particles): they count only when they are the whole message.
export const STANDALONE_ONLY: ReadonlySet<string> = new Set(["para", "ne", "k", "right", "fine", "go", "goed", "certo", "isso"]);

// Politeness and glue that may surround an answer without making it longer.
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  `please pls plz thanks thank you thx then just so merci svp stp alors bitte danke dann einfach graag aub alsjeblieft bedankt
   dan porfa favor por gracias entonces pfv obrigado obrigada entao hoor maar hey hi oh ah well yes actually en fait eigentlich
   eigenlijk toch bueno pues`.split(/\s+/),
);

export const CONTRAST_WORDS: ReadonlySet<string> = new Set(["but", "mais", "aber", "maar", "pero", "mas", "however"]);

export const YES_EMOJIS: ReadonlySet<string> = new Set(["👍", "✅", "👌", "🆗", "✔"]);
export const NO_EMOJIS: ReadonlySet<string> = new Set(["👎", "❌", "🚫", "✋", "🛑"]);
