import { describe, expect, it } from "vitest";
import type { Lang } from "@/lib/ai/offline/nlu/lang";
import type { HighRiskTopic } from "./high-risk-topic-lexicon";
import { detectHighRiskTopics, findHighRiskTopics, resolveHighRiskTopic } from "./high-risk-topics";

type Case = readonly [Lang, string];

const TOPIC_CASES: Record<HighRiskTopic, readonly Case[]> = {
  payment_dispute: [
    ["en", "I've filed a chargeback with my bank"],
    ["en", "There is an unauthorised charge on my statement"],
    ["fr", "Je vais contester le paiement auprès de ma banque"],
    ["fr", "Il y a un prélèvement non autorisé sur mon compte"],
    ["de", "Ich habe eine Rückbuchung veranlasst"],
    ["de", "Sie haben doppelt abgebucht!"],
    ["nl", "Ik heb een terugboeking aangevraagd bij de bank"],
    ["nl", "Er is twee keer afgeschreven"],
    ["es", "Hay un cargo no autorizado en mi tarjeta"],
    ["es", "Voy a abrir una disputa con el banco"],
    ["pt", "Tenho uma cobrança indevida no cartão"],
    ["pt", "Compra não reconhecida no meu extrato"],
  ],
  account_takeover: [
    ["en", "My account was hacked"],
    ["en", "Someone logged into my account and placed orders"],
    ["fr", "Mon compte a été piraté"],
    ["fr", "Quelqu'un s'est connecté à mon compte"],
    ["de", "Mein Konto wurde gehackt"],
    ["de", "Das ist Betrug, ich habe das nicht bestellt"],
    ["nl", "Mijn account is gehackt"],
    ["nl", "Iemand heeft ingelogd op mijn account"],
    ["es", "Me han hackeado la cuenta"],
    ["es", "Esto es una estafa"],
    ["pt", "A minha conta foi invadida, invadiram tudo"],
    ["pt", "Acho que é fraude"],
  ],
  legal_threat: [
    ["en", "My lawyer will contact you"],
    ["en", "I will take you to court over this"],
    ["fr", "Mon avocat va vous contacter"],
    ["fr", "Je vais porter plainte"],
    ["de", "Mein Anwalt wird sich melden"],
    ["de", "Dann werde ich Sie verklagen"],
    ["nl", "Mijn advocaat neemt contact met jullie op"],
    ["nl", "Ik stap naar de rechter"],
    ["es", "Mi abogado se pondrá en contacto"],
    ["es", "Voy a tomar acciones legales"],
    ["pt", "O meu advogado vai entrar em contacto"],
    ["pt", "Vou processar a loja"],
  ],
  medical: [
    ["en", "The kettle burned my hand"],
    ["en", "My son had an allergic reaction and went to hospital"],
    ["fr", "Je me suis brûlée avec la bouilloire"],
    ["fr", "Mon fils a une brûlure à la main"],
    ["de", "Ich habe mich am Wasserkocher verbrannt, eine Verbrennung zweiten Grades"],
    ["de", "Wir mussten ins Krankenhaus"],
    ["nl", "Ik heb een brandwond door de waterkoker"],
    ["nl", "Mijn dochter ligt in het ziekenhuis"],
    ["es", "Tengo una quemadura por la cafetera"],
    ["es", "Tuvo una reacción alérgica"],
    ["pt", "Fiquei com uma queimadura na mão"],
    ["pt", "Ele teve uma reação alérgica"],
  ],
  financial_advice: [
    ["en", "Should I invest in your shares?"],
    ["en", "Can I get a loan to buy the espresso machine?"],
    ["fr", "Pouvez-vous me conseiller pour investir ?"],
    ["fr", "Je voudrais un prêt personnel pour payer"],
    ["de", "Kann ich einen Kredit für die Maschine bekommen?"],
    ["de", "Ich brauche Anlageberatung"],
    ["nl", "Kan ik een lening krijgen?"],
    ["nl", "Is beleggen in jullie bedrijf slim?"],
    ["es", "¿Me recomiendan invertir?"],
    ["es", "¿Puedo pedir un préstamo?"],
    ["pt", "Devo investir nisto?"],
    ["pt", "Preciso de um empréstimo"],
  ],
};

describe("detectHighRiskTopics", () => {
  for (const [topic, cases] of Object.entries(TOPIC_CASES)) {
    it.each(cases)(`finds ${topic} in %s: %s`, (lang, text) => {
      expect(detectHighRiskTopics(text, lang)).toContain(topic);
    });
  }

  it("covers every topic in at least four languages", () => {
    for (const cases of Object.values(TOPIC_CASES)) expect(new Set(cases.map(([lang]) => lang)).size).toBeGreaterThanOrEqual(4);
  });

  it("does not need accents or capitals", () => {
    expect(detectHighRiskTopics("ik wil een TERUGBOEKING", "nl")).toEqual(["payment_dispute"]);
    expect(detectHighRiskTopics("mon compte a ete pirate", "fr")).toEqual(["account_takeover"]);
    expect(detectHighRiskTopics("ich habe eine ruckbuchung gemacht", "de")).toEqual(["payment_dispute"]);
  });

  it("reads English in any conversation", () => {
    expect(detectHighRiskTopics("Ik heb een lawyer ingeschakeld", "nl")).toEqual(["legal_threat"]);
  });

  it("returns several topics in a fixed order", () => {
    expect(detectHighRiskTopics("Someone hacked my account and my lawyer says it's a chargeback", "en")).toEqual([
      "payment_dispute",
      "account_takeover",
      "legal_threat",
    ]);
  });

  it.each<Case>([
    ["en", "I have an issue with my order"], // "sue" inside "issue"
    ["en", "Hi, this is Sue from apartment 4"], // a name, not a threat
    ["en", "Thanks for the courtesy call"], // "court" inside "courtesy"
    ["en", "The beans taste burnt"], // burnt coffee is not an injury
    ["en", "Can you investigate where my parcel is?"], // "invest" inside "investigate"
    ["en", "I work in hospitality, please deliver before 9"], // "hospital" inside "hospitality"
    ["en", "Please deliver to the Clawyers Café"], // "lawyer" inside another word
    ["fr", "J'ai eu une dispute avec le livreur"], // a quarrel, not a payment dispute
    ["fr", "Je suis prêt à recevoir le colis"], // "prêt" means ready
    ["fr", "Le café a un goût brûlé"], // burnt taste
    ["de", "Der Kaffee schmeckt verbrannt"],
    ["de", "Kann ich mit Kreditkarte bezahlen?"], // credit card is not a loan
    ["nl", "De koffie smaakt verbrand"],
    ["es", "¿Puedo pagar con tarjeta de crédito?"],
    ["es", "A mi juicio el pedido está bien"],
    ["pt", "Podem processar o meu pedido hoje?"], // "processar" an order
    ["pt", "Paguei com cartão de crédito"],
  ])("does not flag %s: %s", (lang, text) => {
    expect(findHighRiskTopics(text, lang)).toEqual([]);
  });

  it("returns nothing for empty or punctuation-only text", () => {
    expect(detectHighRiskTopics("", "en")).toEqual([]);
    expect(detectHighRiskTopics("?!…", "fr")).toEqual([]);
  });
});

describe("resolveHighRiskTopic", () => {
  it("accepts topic names and the aliases the default rules use", () => {
    expect(resolveHighRiskTopic("medical")).toBe("medical");
    expect(resolveHighRiskTopic("chargeback")).toBe("payment_dispute");
    expect(resolveHighRiskTopic("fraud")).toBe("account_takeover");
    expect(resolveHighRiskTopic("weather")).toBeUndefined();
    expect(resolveHighRiskTopic("constructor")).toBeUndefined();
  });
});
