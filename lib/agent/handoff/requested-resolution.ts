import { compileLexicon } from "@/lib/agent/escalation/phrase-matcher";
import type { TurnIntent } from "@/lib/agent/escalation/turn-signals";
import type { Lang } from "@/lib/ai/offline/nlu/lang";
import { normalizeText } from "@/lib/ai/offline/nlu/normalize";

export const REQUESTED_RESOLUTIONS = [
  "refund",
  "replacement",
  "replacement or refund",
  "repair",
  "return or exchange",
  "cancellation",
  "reschedule",
  "address change",
  "delivery update",
  "invoice copy",
  "subscription change",
  "account access",
  "discount",
  "information",
  "complaint handling",
  "human contact",
  "unclear",
] as const;
export type RequestedResolution = (typeof REQUESTED_RESOLUTIONS)[number];

// Outcomes customers name in so many words, checked in this order: "a refund or a replacement"
// reads as a refund, the costlier outcome being the one the agent must decide on.
const STATED_RESOLUTIONS = ["refund", "replacement", "repair", "cancellation", "reschedule", "address change"] as const;
type StatedResolution = (typeof STATED_RESOLUTIONS)[number];

const STATED_RESOLUTION_PHRASES: Record<StatedResolution, Record<Lang, readonly string[]>> = {
  refund: {
    en: ["refund*", "money back", "reimburse*", "reimbursement"],
    fr: ["rembourse*", "remboursement", "mon argent"],
    de: ["Geld zurück", "Erstattung", "erstatten", "Rückerstattung", "zurückerstatten"],
    nl: ["geld terug", "terugbetal*", "restitutie"],
    es: ["reembolso", "reembolsar", "devolución del dinero", "devuelvan el dinero", "mi dinero"],
    pt: ["reembolso", "reembolsar", "dinheiro de volta", "devolução do dinheiro"],
  },
  replacement: {
    en: ["replacement", "replace it", "a new one", "send another"],
    fr: ["remplacement", "remplacer", "un nouveau", "une nouvelle"],
    de: ["Ersatz", "ersetzen", "Austausch", "austauschen", "ein neues", "einen neuen"],
    nl: ["vervanging", "vervangen", "een nieuwe", "nieuw exemplaar"],
    es: ["reemplazo", "reemplazar", "sustitución", "uno nuevo", "una nueva"],
    pt: ["substituição", "substituir", "um novo", "uma nova"],
  },
  repair: {
    en: ["repair*", "fix it"],
    fr: ["réparation", "réparer"],
    de: ["Reparatur", "reparieren"],
    nl: ["reparatie", "repareren"],
    es: ["reparación", "reparar"],
    pt: ["reparação", "reparar", "conserto", "consertar"],
  },
  cancellation: {
    en: ["cancel*"],
    fr: ["annuler", "annulation"],
    de: ["stornieren", "Stornierung", "storniert"],
    nl: ["annuleren", "annulering"],
    es: ["cancelar", "cancelación", "anular"],
    pt: ["cancelar", "cancelamento", "anular"],
  },
  reschedule: {
    en: ["reschedule", "another time", "another day", "move my appointment"],
    fr: ["reporter", "déplacer mon rendez-vous", "un autre jour"],
    de: ["verschieben", "umbuchen", "anderen Termin"],
    nl: ["verzetten", "verplaatsen", "omboeken", "andere dag"],
    es: ["reprogramar", "cambiar la cita", "otro día"],
    pt: ["reagendar", "remarcar", "outro dia"],
  },
  "address change": {
    en: ["change the address", "change my address", "wrong address", "new address", "different address"],
    fr: ["changer l'adresse", "changer d'adresse", "nouvelle adresse", "mauvaise adresse"],
    de: ["Adresse ändern", "neue Adresse", "falsche Adresse", "Lieferadresse ändern"],
    nl: ["adres wijzigen", "adres veranderen", "nieuw adres", "verkeerd adres"],
    es: ["cambiar la dirección", "nueva dirección", "dirección equivocada"],
    pt: ["mudar a morada", "alterar a morada", "nova morada", "mudar o endereço", "morada errada"],
  },
};

const statedPhrases = compileLexicon(STATED_RESOLUTION_PHRASES);

const INTENT_RESOLUTIONS: Record<TurnIntent, RequestedResolution> = {
  order_status: "delivery update",
  cancel_order: "cancellation",
  change_address: "address change",
  return_or_exchange: "return or exchange",
  refund_policy: "information",
  refund_status: "refund",
  refund_request: "refund",
  missing_or_damaged: "replacement or refund",
  invoice_copy: "invoice copy",
  shipping_options: "information",
  promo_code: "discount",
  reschedule_appointment: "reschedule",
  subscription_change: "subscription change",
  account_help: "account access",
  opening_hours_contact: "information",
  complaint: "complaint handling",
  human_request: "human contact",
  greeting: "unclear",
  thanks: "unclear",
  goodbye: "unclear",
  affirm: "unclear",
  deny: "unclear",
  out_of_scope: "unclear",
};

// The outcome the customer wants: what they said in so many words (newest message first, in their
// language or English), else what their intent usually asks for. A request for a person that
// never said what it was about is "human contact".
export function deriveRequestedResolution(intent: TurnIntent, customerMessages: readonly string[], lang: Lang): RequestedResolution {
  for (const message of [...customerMessages].reverse()) {
    const normalized = normalizeText(message);
    if (normalized === "") continue;
    for (const resolution of STATED_RESOLUTIONS) {
      if (statedPhrases.find(resolution, normalized, lang) !== undefined) return resolution;
    }
  }
  return defaultResolutionFor(intent);
}

// What a customer with this intent usually wants, when they have not said otherwise.
export function defaultResolutionFor(intent: TurnIntent): RequestedResolution {
  return INTENT_RESOLUTIONS[intent];
}
