import type { Lang } from "@/lib/ai/offline/nlu/lang";

export const HIGH_RISK_TOPICS = ["payment_dispute", "account_takeover", "legal_threat", "medical", "financial_advice"] as const;
export type HighRiskTopic = (typeof HIGH_RISK_TOPICS)[number];

// What a customer writes when a conversation touches a regulated or risky subject, per language.
// Phrases are matched as whole words after accent folding; a trailing "*" lets the last word run
// on. English is also checked for every language (customers mix it in), so English entries must not
// be ordinary words elsewhere: "dispute" is a quarrel in French, hence only "dispute the charge".
// Bare words that are usually harmless stay out: "burnt" (coffee), "prêt" (ready), "crédito"
// (credit card), "urgência" (urgency), "allergy" (an allergen question the knowledge base answers).
export const HIGH_RISK_TOPIC_PHRASES: Record<HighRiskTopic, Record<Lang, readonly string[]>> = {
  payment_dispute: {
    en: [
      "chargeback*", "charge back", "dispute the charge", "dispute the payment", "dispute this charge", "dispute this payment",
      "dispute the transaction", "open a dispute", "opened a dispute", "file a dispute", "filed a dispute", "raise a dispute",
      "payment dispute", "disputing the", "unauthorised charge*", "unauthorized charge*", "unauthorised payment*",
      "unauthorized payment*", "unauthorised transaction*", "unauthorized transaction*", "charged twice", "double charged",
      "didn't authorise", "didn't authorize", "reverse the payment", "reverse the charge", "paypal claim", "paypal dispute",
      // Card misuse as bank customers word it (Banking77 via `npm run eval:external`).
      "card was stolen", "card has been stolen", "card got stolen", "stolen card", "card was compromised", "card has been compromised",
      "compromised card", "payment i did not make", "payment i didn't make", "payment i do not recognise", "payment i don't recognise",
      "payment i don't recognize", "charge i don't recognise", "charge i don't recognize", "transaction i did not make",
      "transaction i didn't make", "don't recognise this payment", "don't recognize this payment", "did not make this payment",
      "didn't make this payment",
    ],
    fr: [
      "rétrofacturation", "rejet de paiement", "contester le paiement", "contester la transaction", "contester le prélèvement",
      "contestation de paiement", "faire opposition", "fait opposition", "paiement non autorisé", "prélèvement non autorisé",
      "débit non autorisé", "débité deux fois", "prélevé deux fois", "litige*",
    ],
    de: [
      "Rückbuchung*", "Rücklastschrift*", "Zahlung zurückbuchen", "Zahlung zurückholen", "Widerspruch gegen die Zahlung",
      "nicht autorisierte*", "unberechtigte Abbuchung*", "doppelt abgebucht", "zweimal abgebucht", "Zahlung anfechten",
    ],
    nl: [
      "terugboeking*", "terugvordering", "betaling terugdraaien", "betaling betwist*", "betwist*", "niet geautoriseerde*",
      "onbevoegde afschrijving*", "dubbel afgeschreven", "twee keer afgeschreven", "storneren", "stornering",
    ],
    es: [
      "contracargo*", "abrir una disputa", "disputa con el banco", "disputa del pago", "disputar el cargo",
      "cargo no autorizado", "cargos no autorizados", "cobro no autorizado", "cobro indebido",
      "cobros indebidos", "me cobraron dos veces", "cobrado dos veces", "anular el cargo",
    ],
    pt: [
      "contestação da compra", "contestar a compra", "contestar o pagamento", "cobrança indevida", "cobrança não autorizada",
      "cobrado duas vezes", "cobraram duas vezes", "compra não reconhecida", "não reconheço esta compra", "abrir uma disputa", "disputa com o banco",
    ],
  },
  account_takeover: {
    en: [
      "hacked", "hacker*", "someone logged in*", "someone logged into", "someone else logged", "someone accessed my account",
      "someone has access to my account", "someone got into my account", "stolen account", "account was stolen",
      "account has been stolen", "took over my account", "account takeover", "fraud*", "scam", "scammed", "scammer*",
      "phishing", "identity theft", "someone changed my password",
    ],
    fr: [
      "piraté*", "piratage", "pirater", "quelqu'un s'est connecté", "quelqu'un a accès à mon compte", "compte volé",
      "on m'a volé mon compte", "fraude*", "frauduleu*", "arnaque*", "usurpation d'identité", "hameçonnage",
    ],
    de: [
      "gehackt", "Hacker*", "jemand hat sich eingeloggt", "jemand hat sich angemeldet", "fremder Zugriff", "Konto gestohlen",
      "Konto wurde übernommen", "Betrug*", "Betrüger*", "Identitätsdiebstahl",
    ],
    nl: [
      "gehackt", "gehacked", "hacker*", "iemand heeft ingelogd", "iemand is ingelogd", "account gestolen", "account overgenomen",
      "fraude*", "oplicht*", "identiteitsfraude",
    ],
    es: [
      "hackeado*", "hackearon", "pirateado*", "alguien entró en mi cuenta", "alguien ha entrado en mi cuenta", "alguien accedió",
      "cuenta robada", "me robaron la cuenta", "fraude*", "estafa*", "suplantación de identidad", "robo de identidad",
    ],
    pt: [
      "hackeado*", "hackearam", "invadiram", "conta invadida", "alguém entrou na minha conta", "alguém acedeu", "conta roubada",
      "roubaram a minha conta", "fraude*", "golpe", "burla", "roubo de identidade",
    ],
  },
  legal_threat: {
    en: [
      "lawyer*", "attorney*", "solicitor*", "sue you", "sue your", "sue the", "sue them", "will sue", "going to sue", "gonna sue",
      "suing", "lawsuit*", "legal action", "legal proceedings", "legal steps", "take you to court", "see you in court",
      "court case", "small claims", "trading standards", "ombudsman",
    ],
    fr: [
      "avocat", "avocate", "avocats", "poursuite judiciaire", "poursuites judiciaires", "poursuivre en justice", "porter plainte",
      "action en justice", "au tribunal", "procès", "mise en demeure", "huissier",
    ],
    de: [
      "Anwalt*", "Anwältin", "Rechtsanwalt*", "Rechtsanwältin", "verklagen", "verklage", "Klage einreichen", "Klage erheben",
      "vor Gericht", "rechtliche Schritte", "juristische Schritte", "Abmahnung", "Verbraucherzentrale",
    ],
    nl: [
      "advocaat", "advocaten", "jurist", "rechtszaak", "naar de rechter", "aanklagen", "aangifte doen", "aangifte gedaan",
      "juridische stappen", "rechtbank", "sommatie", "ingebrekestelling", "deurwaarder",
    ],
    es: [
      "abogado*", "abogada*", "demandar*", "os voy a demandar", "poner una demanda", "denunciar", "denuncia", "acciones legales",
      "acción legal", "tribunal*", "a juicio", "juzgado",
    ],
    pt: [
      "advogado*", "advogada*", "vou processar", "processar vocês", "processar a empresa", "processar a loja",
      "processo judicial", "ação judicial", "tribunal*", "na justiça",
      "medidas legais", "Procon", "queixa crime",
    ],
  },
  medical: {
    en: [
      "injury", "injuries", "injured", "hurt myself", "got hurt", "burned my", "burnt my", "burned me", "got burned", "got burnt",
      "burn injury", "burns on", "allergic reaction*", "hospital", "emergency room", "bleeding", "cut myself", "electric shock",
      "electrocuted", "food poisoning", "poisoning",
    ],
    fr: [
      "blessure*", "blessé*", "je me suis brûlé*", "brûlure*", "réaction allergique", "hôpital", "urgences", "saigne*",
      "électrocuté*", "décharge électrique", "intoxication",
    ],
    de: [
      "Verletzung*", "bin verletzt", "wurde verletzt", "mich verletzt", "Verbrennung*", "mich verbrannt", "allergische Reaktion", "Krankenhaus", "Notaufnahme", "blutet",
      "Stromschlag", "Vergiftung",
    ],
    nl: [
      "verwonding*", "gewond", "letsel", "brandwond*", "me verbrand", "allergische reactie", "ziekenhuis", "spoedeisende hulp",
      "bloedt", "stroomschok", "elektrische schok", "vergiftiging",
    ],
    es: [
      "lesión", "lesiones", "herida*", "herido*", "quemadura*", "me quemé", "reacción alérgica", "hospital", "urgencias",
      "sangrando", "descarga eléctrica", "intoxicación",
    ],
    pt: [
      "lesão", "lesões", "ferida*", "ferido*", "queimadura*", "me queimei", "queimei-me", "reação alérgica", "hospital",
      "pronto socorro", "sangrando", "choque elétrico", "intoxicação",
    ],
  },
  financial_advice: {
    en: [
      "invest", "invests", "investing", "investment*", "investor*", "loan", "loans", "credit advice", "credit score",
      "financial advice", "financial adviser", "financial advisor", "mortgage", "tax advice",
    ],
    fr: [
      "investir", "investissement*", "placement financier", "un prêt", "prêt bancaire", "prêt personnel", "crédit à la consommation",
      "conseil financier", "conseils financiers",
    ],
    de: [
      "investieren", "Investition*", "Geldanlage", "Anlageberatung", "Kredit", "Darlehen", "Finanzberatung", "finanzielle Beratung",
    ],
    nl: [
      "investeren", "investering*", "beleggen", "belegging*", "lening*", "krediet", "financieel advies", "hypotheek",
    ],
    es: [
      "invertir", "inversión", "inversiones", "préstamo*", "un crédito", "pedir un crédito", "crédito personal",
      "asesoramiento financiero", "asesoría financiera", "consejo financiero",
    ],
    pt: [
      "investir", "investimento*", "empréstimo*", "um crédito", "crédito pessoal", "consultoria financeira",
      "aconselhamento financeiro", "conselho financeiro",
    ],
  },
};
