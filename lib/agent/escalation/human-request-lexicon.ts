import type { Lang } from "@/lib/ai/offline/nlu/lang";

// How customers ask for a person, per language, as patterns over normalised text (lowercase,
// accents folded, punctuation gone: "quelqu'un" is "quelquun", "à" is "a", "I'd" is "id").
//   requests:  "talk to a human", "je veux un conseiller"; cancelled by a negation just before
//              ("I don't need a human")
//   refusals:  "not a bot", "geen robot": already negative, so never cancelled
//   negations: words that cancel a request when they appear in the three words before it
//   alone:     a message that is only this word (plus "please") is a request, in any language
export type HumanRequestPattern = {
  pattern: RegExp;
  // A second pattern the text must also contain, where the first alone is too loose: German
  // "mit dem Mitarbeiter" is also how people describe a courier they met.
  alsoRequires?: RegExp;
};

export type HumanRequestCues = {
  requests: readonly HumanRequestPattern[];
  refusals: readonly RegExp[];
  negations: readonly string[];
  alone: readonly string[];
};

export const POLITENESS_WORDS: ReadonlySet<string> = new Set(
  `please pls plz now asap svp stp sil vous plait te maintenant bitte jetzt graag alstublieft aub nu por favor porfavor ahora
   pf pfv agora`.split(/\s+/),
);

export const HUMAN_REQUEST_CUES: Record<Lang, HumanRequestCues> = {
  en: {
    requests: [
      {
        pattern:
          /\b(talk|speak|chat|talking|speaking) (to|with) (a |an |the |your |some |one of your )?(real |live |actual |human )?(human|humans|person|people|agent|someone|somebody|representative|rep|operator|colleague|staff|employee|manager|supervisor|advisor|adviser)\b/,
      },
      {
        pattern:
          /\b(want|need|get me|give me|connect me to|connect me with|transfer me to|put me through to|can i have|can i get|id like|id prefer) (a |an |to a |your )?(real |live |actual )?(human|person|agent|representative|operator|manager|supervisor)\b/,
      },
      { pattern: /\b(real|live|actual) (human|person|agent)\b/ },
      { pattern: /\bhuman (agent|being|support|help|please)\b/ },
      { pattern: /\bcall me back\b/ },
    ],
    refusals: [/\bnot (a |the |with a |with the )?(bot|robot|chatbot|machine)\b/, /\b(stop|enough with) (the |this )?(bot|robot|chatbot)\b/],
    negations: ["no", "not", "dont", "never", "without", "neither"],
    alone: ["human", "agent", "operator", "representative", "person", "someone"],
  },
  fr: {
    requests: [
      {
        pattern:
          /\b(parler|discuter|echanger) (a|avec) (un |une |le |la |votre |vos |l )?(vrai |vraie |veritable )?(humain|humaine|personne|conseiller|conseillere|agent|operateur|operatrice|responsable|collegue|interlocuteur|employe|quelquun)\b/,
      },
      {
        pattern:
          /\b(je veux|je voudrais|jaimerais|passez moi|mettez moi en relation avec|je demande) (un |une |a un |a une )?(vrai |vraie |veritable )?(humain|personne|conseiller|conseillere|agent|operateur|operatrice|responsable)\b/,
      },
      { pattern: /\b(un|une) (vrai|vraie|veritable) (humain|personne|conseiller|conseillere)\b/ },
      { pattern: /\b(humain|conseiller) (svp|stp|sil vous plait|sil te plait)\b/ },
      { pattern: /\b(rappelez moi|me rappeler)\b/ },
    ],
    refusals: [/\bpas (un |a un |avec un |avec le |le )?(robot|bot|chatbot|machine)\b/],
    negations: ["pas", "jamais", "sans", "ni", "aucun", "aucune"],
    alone: ["humain", "conseiller", "conseillere", "operateur"],
  },
  de: {
    requests: [
      {
        pattern:
          /\bmit (einem |einer |ihrem |ihrer |dem |der )?(echten |richtigen |menschlichen |echte |richtige )?(menschen|mitarbeiter|mitarbeiterin|berater|beraterin|person|kundenberater|kundenberaterin|sachbearbeiter|sachbearbeiterin|vorgesetzten|kollegen|kollegin|jemandem)\b/,
        alsoRequires: /\b(sprechen|reden|verbinden|verbunden|chatten|telefonieren|schreiben|bitte)\b/,
      },
      { pattern: /\b(echten|richtigen) (menschen|mitarbeiter|mitarbeiterin|berater|beraterin|person)\b/ },
      {
        pattern:
          /\b(will|mochte|hatte gern|hatte gerne|brauche|verlange) (einen |eine )?(echten |richtigen )?(menschen|mitarbeiter|mitarbeiterin|berater|beraterin|ansprechpartner|ansprechpartnerin)\b/,
      },
      { pattern: /\b(rufen sie mich|ruft mich) (bitte )?(zuruck|an)\b/ },
    ],
    refusals: [/\bkein(en|e)? (bot|roboter|chatbot|maschine)\b/, /\bnicht (mit )?(dem |einem )?(bot|roboter|chatbot)\b/],
    negations: ["nicht", "kein", "keine", "keinen", "nie", "niemals", "ohne"],
    alone: ["mensch", "mitarbeiter", "mitarbeiterin", "berater", "beraterin"],
  },
  nl: {
    requests: [
      {
        pattern:
          /\b(spreken|praten|chatten|bellen) (met|tegen) (een |de |uw |jullie |iemand van )?(echte |echt )?(mens|persoon|medewerker|medewerkster|collega|agent|iemand|manager|leidinggevende)\b/,
      },
      {
        pattern: /\bmet (een |de |uw |jullie |iemand van )?(echte |echt )?(mens|persoon|medewerker|medewerkster|collega|leidinggevende|manager)\b/,
        alsoRequires: /\b(spreken|praten|chatten|bellen|verbinden|doorverbinden|graag)\b/,
      },
      { pattern: /\bmet iemand (spreken|praten|chatten|bellen)\b/ },
      { pattern: /\b(wil|wil graag|mag ik|kan ik|ik wil) (een |de )?(echte |echt )?(mens|persoon|medewerker|medewerkster|collega)\b/ },
      { pattern: /\b(echte|echt) (mens|persoon|medewerker)\b/ },
      { pattern: /\b(bel|belt) (me|mij) (terug|op)\b/ },
    ],
    refusals: [/\bgeen (bot|robot|chatbot|computer)\b/, /\bniet (met )?(een |de )?(bot|robot|chatbot)\b/],
    negations: ["niet", "geen", "nooit", "zonder"],
    alone: ["mens", "medewerker", "medewerkster"],
  },
  es: {
    requests: [
      {
        pattern:
          /\b(hablar|chatear|comunicarme|contactar|hablando) (con )?(un |una |el |la |algun |alguna |su |sus )?(persona|humano|agente|asesor|asesora|operador|operadora|representante|encargado|encargada|responsable|empleado|empleada|supervisor|alguien)\b/,
      },
      {
        pattern:
          /\b(quiero|necesito|pasame|paseme|ponme con|pongame con) (con )?(un |una |a un |a una )?(persona|humano|agente|asesor|asesora|operador|operadora|representante|encargado)\b/,
      },
      { pattern: /\b(persona|humano) (real|de verdad)\b/ },
      { pattern: /\b(llamenme|llamadme|llamame)\b/ },
    ],
    refusals: [/\bno (quiero )?(hablar )?(con )?(un |una |el |la )?(bot|robot|maquina|chatbot)\b/],
    negations: ["no", "nunca", "sin", "ni"],
    alone: ["humano", "agente", "asesor", "asesora", "operador", "persona"],
  },
  pt: {
    requests: [
      {
        pattern:
          /\b(falar|conversar|comunicar|falando) (com )?(um |uma |o |a |algum |alguma |vosso |vossa |seu |sua )?(pessoa|humano|atendente|agente|operador|operadora|representante|responsavel|alguem|colaborador|colaboradora|funcionario|funcionaria|supervisor)\b/,
      },
      {
        pattern:
          /\b(quero|preciso de|queria|gostaria de) (um |uma |falar com um |falar com uma )?(pessoa|humano|atendente|agente|operador|operadora)\b/,
      },
      { pattern: /\bpessoa (real|de verdade)\b/ },
      { pattern: /\b(atendente|humano) (por favor|pf|pfv)\b/ },
      { pattern: /\b(liguem me|ligue me|me liguem)\b/ },
    ],
    refusals: [/\bnao (quero )?(falar )?(com )?(um |o )?(bot|robo|chatbot|maquina)\b/],
    negations: ["nao", "nunca", "sem", "nem"],
    alone: ["humano", "atendente", "agente", "operador", "pessoa"],
  },
};
