import type { Lang } from "../nlu/lang";
import { isWithinOneEdit } from "../nlu/edit-distance";
import { normalizeText } from "../nlu/normalize";
import type { ProblemCode, SubscriptionActionCode, SubscriptionPlan } from "./phrase-table";

// Words that fill a flow's slots from free text ("it arrived broken", "pause it", "to Belgium").
// Verbs are listed in their infinitive and the forms a customer types ("pauzeer mijn abonnement").
// Written naturally and normalised once (lower case, accents and apostrophes folded the way the NLU
// folds customer text), then matched as whole words. Every language's cues are always searched,
// plus English, since customers mix.

type CueList = Record<Lang, readonly string[]>;

export const EXCHANGE_CUES: CueList = {
  en: ["exchange", "swap", "replace", "replacement", "other size", "different size", "other colour", "different colour", "other color"],
  fr: ["échange", "échanger", "echanger", "remplacer", "remplacement", "autre taille", "autre couleur"],
  de: ["umtausch", "umtauschen", "tauschen", "ersetzen", "ersatz", "andere größe", "andere farbe"],
  nl: ["ruilen", "omruilen", "vervangen", "vervanging", "andere maat", "andere kleur"],
  es: ["cambio", "cambiar por", "sustituir", "reemplazo", "otra talla", "otro color"],
  pt: ["troca", "trocar", "substituir", "substituição", "outro tamanho", "outra cor"],
};

// "A refund, please" when offered a replacement or a refund.
export const REFUND_CUES: CueList = {
  en: ["refund", "money back", "my money"],
  fr: ["remboursement", "rembourser", "remboursé"],
  de: ["erstattung", "rückerstattung", "geld zurück", "erstatten"],
  nl: ["terugbetaling", "geld terug", "terugbetalen"],
  es: ["reembolso", "devolución del dinero", "mi dinero"],
  pt: ["reembolso", "devolução do dinheiro", "o meu dinheiro"],
};

export const PROBLEM_CUES: Record<ProblemCode, CueList> = {
  wrong_item: {
    en: ["wrong item", "wrong product", "wrong colour", "wrong color", "wrong size", "wrong one", "not what i ordered", "sent me the wrong", "didn't order"],
    fr: ["mauvais article", "mauvais produit", "mauvaise couleur", "mauvaise taille", "pas ce que j'ai commandé", "erreur d'article", "pas le bon"],
    de: ["falscher artikel", "falsches produkt", "falsche farbe", "falsche größe", "falschen artikel", "nicht bestellt", "falsche ware"],
    nl: ["verkeerde artikel", "verkeerd artikel", "verkeerd product", "verkeerde kleur", "verkeerde maat", "niet besteld", "verkeerde"],
    es: ["artículo equivocado", "producto equivocado", "artículo incorrecto", "producto incorrecto", "no es lo que pedí", "equivocado"],
    pt: ["artigo errado", "produto errado", "cor errada", "tamanho errado", "não é o que encomendei", "errado"],
  },
  damaged: {
    en: ["damaged", "broken", "cracked", "smashed", "dented", "faulty", "defective", "doesn't work", "not working", "stopped working", "leaking"],
    fr: ["cassé", "cassée", "abîmé", "abîmée", "endommagé", "endommagée", "défectueux", "ne marche pas", "ne fonctionne pas", "fuit"],
    de: ["kaputt", "beschädigt", "defekt", "zerbrochen", "funktioniert nicht", "geht nicht", "undicht"],
    nl: ["kapot", "beschadigd", "defect", "gebroken", "werkt niet", "lekt"],
    es: ["roto", "rota", "dañado", "dañada", "defectuoso", "no funciona", "estropeado", "pierde agua"],
    pt: ["partido", "partida", "danificado", "danificada", "avariado", "defeituoso", "não funciona", "quebrado", "quebrada"],
  },
  missing_item: {
    en: ["missing from", "was missing", "is missing", "item missing", "not in the box", "not in the parcel", "incomplete"],
    fr: ["il manque", "manquant", "manquante", "manque un", "manque une", "incomplet", "incomplète"],
    de: ["fehlt", "fehlte", "fehlen", "unvollständig"],
    nl: ["ontbreekt", "ontbrak", "ontbreken", "niet in het pakket", "niet in de doos", "onvolledig"],
    es: ["falta", "faltaba", "faltan", "incompleto", "incompleta"],
    pt: ["falta", "faltava", "faltam", "incompleto", "incompleta"],
  },
  not_received: {
    en: ["not arrived", "hasn't arrived", "has not arrived", "never arrived", "didn't arrive", "not received", "didn't receive", "haven't received", "never came", "not delivered", "never delivered", "lost", "stolen"],
    fr: ["pas reçu", "jamais reçu", "pas arrivé", "pas arrivée", "jamais arrivé", "pas été livré", "perdu", "volé", "toujours pas"],
    de: ["nicht angekommen", "nicht erhalten", "nie angekommen", "nicht bekommen", "kein paket bekommen", "kein paket erhalten", "nichts bekommen", "nichts erhalten", "nicht geliefert", "verloren", "gestohlen", "immer noch nicht"],
    nl: ["niet ontvangen", "niet aangekomen", "nooit aangekomen", "nooit ontvangen", "niet bezorgd", "niet geleverd", "kwijt", "gestolen", "nog steeds niet"],
    es: ["no ha llegado", "no llegó", "no recibí", "no he recibido", "nunca llegó", "no me ha llegado", "perdido", "robado", "todavía no"],
    pt: ["não chegou", "não recebi", "nunca chegou", "não foi entregue", "ainda não chegou", "perdido", "perdida", "roubado"],
  },
};

export const SUBSCRIPTION_ACTION_CUES: Record<SubscriptionActionCode, CueList> = {
  pause: {
    en: ["pause", "skip", "suspend", "on hold"],
    fr: ["pause", "suspendre", "suspends", "suspendez", "mettre en pause", "sauter"],
    de: ["pausieren", "pausiere", "pausiert", "pause", "aussetzen", "überspringen"],
    nl: ["pauzeren", "pauzeer", "pauzeert", "pauze", "overslaan", "on hold"],
    es: ["pausar", "pausa", "pausad", "suspender", "suspende", "suspended", "saltar"],
    pt: ["pausar", "pausa", "pausem", "suspender", "suspende", "suspendam", "saltar"],
  },
  resume: {
    en: ["resume", "restart", "reactivate", "start again", "unpause"],
    fr: ["reprendre", "réactiver", "relancer", "redémarrer"],
    de: ["fortsetzen", "reaktivieren", "wieder aufnehmen", "weiterführen", "wieder starten"],
    nl: ["hervatten", "hervat", "heractiveren", "heractiveer", "weer starten", "weer aanzetten"],
    es: ["reanudar", "reactivar", "retomar", "volver a activar"],
    pt: ["retomar", "reativar", "voltar a ativar", "recomeçar"],
  },
  change_plan: {
    en: ["change plan", "change my plan", "switch", "upgrade", "downgrade", "other plan", "different plan"],
    fr: ["changer de formule", "changer d'abonnement", "changer de plan", "changer ma formule", "autre formule"],
    de: ["tarif wechseln", "plan wechseln", "wechseln", "upgrade", "downgrade", "anderen plan", "anderes abo"],
    nl: ["ander abonnement", "abonnement wijzigen", "overstappen", "upgraden", "downgraden", "ander plan"],
    es: ["cambiar de plan", "cambiar el plan", "cambiar mi plan", "otro plan"],
    pt: ["mudar de plano", "alterar o plano", "mudar o plano", "outro plano"],
  },
  cancel: {
    en: ["cancel", "stop", "end", "terminate", "unsubscribe", "quit"],
    fr: ["résilier", "annuler", "arrêter", "mettre fin"],
    de: ["kündigen", "beenden", "stornieren", "abbestellen"],
    nl: ["opzeggen", "stoppen", "beëindigen", "annuleren"],
    es: ["cancelar", "dar de baja", "anular", "terminar"],
    pt: ["cancelar", "terminar", "anular", "desistir"],
  },
};

export const PLAN_CUES: Record<SubscriptionPlan, readonly string[]> = {
  "coffee-monthly": ["coffee-monthly", "monthly", "every month", "mensuel", "chaque mois", "monatlich", "maandelijks", "elke maand", "mensual", "cada mes", "mensal", "todos os meses"],
  "coffee-biweekly": [
    "coffee-biweekly",
    "biweekly",
    "every two weeks",
    "every 2 weeks",
    "fortnightly",
    "toutes les deux semaines",
    "alle zwei wochen",
    "zweiwöchentlich",
    "tweewekelijks",
    "om de twee weken",
    "quincenal",
    "cada dos semanas",
    "quinzenal",
    "de duas em duas semanas",
  ],
  "filters-quarterly": ["filters-quarterly", "filter", "filters", "filtre", "filtres", "filtro", "filtros", "quarterly", "trimestriel", "vierteljährlich", "driemaandelijks", "trimestral"],
  "care-plus": ["care-plus", "care plus"],
};

// Countries customers name when asking about delivery, in the six languages.
export const COUNTRY_CUES: Record<string, readonly string[]> = {
  NL: ["netherlands", "the netherlands", "holland", "nederland", "pays-bas", "niederlande", "países bajos", "holanda", "países baixos"],
  BE: ["belgium", "belgië", "belgique", "belgien", "bélgica"],
  DE: ["germany", "deutschland", "allemagne", "duitsland", "alemania", "alemanha"],
  FR: ["france", "frankrijk", "frankreich", "francia", "frança"],
  ES: ["spain", "espagne", "spanien", "spanje", "españa", "espanha"],
  PT: ["portugal"],
  GB: ["united kingdom", "uk", "england", "scotland", "wales", "great britain", "britain", "royaume-uni", "angleterre", "großbritannien", "england", "verenigd koninkrijk", "engeland", "reino unido", "inglaterra"],
  IE: ["ireland", "irlande", "irland", "ierland", "irlanda"],
  LU: ["luxembourg", "luxemburg", "luxemburgo"],
  AT: ["austria", "autriche", "österreich", "oostenrijk"],
  IT: ["italy", "italie", "italien", "italië", "italia", "itália"],
  CH: ["switzerland", "suisse", "schweiz", "zwitserland", "suiza", "suíça"],
  US: ["united states", "usa", "america", "états-unis", "vereinigte staaten", "verenigde staten", "estados unidos"],
};

// Shorter names are too close to ordinary words ("irland"/"island") to forgive a typo in them.
const MIN_FUZZY_COUNTRY_LENGTH = 7;

// The country a message names, as written or with one typo in a one-word name ("netherlnds",
// "germny", "belgum").
export function readCountry(text: string): string | null {
  const exact = firstMentioned(text, COUNTRY_CUES);
  if (exact) return exact;
  const words = normalizeText(text).split(" ").filter((word) => word.length >= MIN_FUZZY_COUNTRY_LENGTH - 1);
  if (words.length === 0) return null;
  for (const [country, names] of Object.entries(COUNTRY_CUES)) {
    const single = names.map(normalizeText).filter((name) => name.length >= MIN_FUZZY_COUNTRY_LENGTH && !name.includes(" "));
    if (words.some((word) => single.some((name) => isWithinOneEdit(word, name)))) return country;
  }
  return null;
}

const normalizedCache = new Map<readonly string[], string[]>();

// True when any cue occurs in the text as whole words.
export function mentionsAny(text: string, cues: readonly string[]): boolean {
  const haystack = ` ${normalizeText(text)} `;
  let normalized = normalizedCache.get(cues);
  if (!normalized) {
    normalized = cues.map(normalizeText).filter((cue) => cue !== "");
    normalizedCache.set(cues, normalized);
  }
  return normalized.some((cue) => haystack.includes(` ${cue} `));
}

export function mentionsInAnyLanguage(text: string, cues: CueList): boolean {
  return Object.values(cues).some((list) => mentionsAny(text, list));
}

// The first key whose cues the text mentions, in the order the record lists them.
export function firstMentioned<Key extends string>(text: string, cues: Record<Key, readonly string[]>): Key | null {
  for (const [key, list] of Object.entries(cues) as [Key, readonly string[]][]) {
    if (mentionsAny(text, list)) return key;
  }
  return null;
}

export function firstMentionedInAnyLanguage<Key extends string>(text: string, cues: Record<Key, CueList>): Key | null {
  for (const [key, byLang] of Object.entries(cues) as [Key, CueList][]) {
    if (mentionsInAnyLanguage(text, byLang)) return key;
  }
  return null;
}
