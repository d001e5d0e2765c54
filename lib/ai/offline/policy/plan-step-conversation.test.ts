import { describe, expect, it } from "vitest";
import type { Lang } from "../nlu/lang";
import { FRESH_STATE, ok, runTurn, VERIFIED_STATE, type FakeTools } from "./offline-step-test-kit";
import { planOfflineStep } from "./plan-step";
import { stepInput } from "./offline-step-test-kit";
import type { KnowledgeHit } from "./types";

// Knowledge answers, complaints, handoffs, clarification and social turns.

const escalate: FakeTools = { escalate_to_human: (input) => ok(input) };

const REFUND_ARTICLE: KnowledgeHit = {
  articleId: "art-refunds",
  title: "Refund policy and refund times",
  snippet: "We refund you within **5 business days after the parcel arrives** at our warehouse. Your bank may take another 3 to 5 days.\n\n## Card payments\n- Refunds go back to the card you paid with.",
  score: 0.91,
};
const REFUND_ARTICLE_ES: KnowledgeHit = {
  articleId: "art-refunds-es",
  title: "Reembolsos y plazos",
  snippet: "Te reembolsamos en un plazo de **5 días hábiles** desde que el paquete llega a nuestro almacén.",
  score: 0.77,
};

describe("knowledge answers", () => {
  it("quotes the best article and cites it (en)", () => {
    const weaker: KnowledgeHit = { articleId: "art-other", title: "Other", snippet: "Unrelated text.", score: 0.2 };
    const turn = runTurn("How long do refunds take?", { lang: "en", state: FRESH_STATE, knowledge: [weaker, REFUND_ARTICLE] });
    expect(turn.calls).toEqual([]);
    expect(turn.reply?.citedArticleId).toBe("art-refunds");
    expect(turn.reply?.text).toBe(
      "We refund you within *5 business days after the parcel arrives* at our warehouse. Your bank may take another 3 to 5 days.\n• Refunds go back to the card you paid with.\n\n(From our help page \"Refund policy and refund times\")",
    );
  });

  it("answers in the customer's language from their locale's article (es)", () => {
    const turn = runTurn("¿Cuánto tarda un reembolso?", { lang: "es", state: FRESH_STATE, knowledge: [REFUND_ARTICLE_ES] });
    expect(turn.reply?.text).toBe("Te reembolsamos en un plazo de *5 días hábiles* desde que el paquete llega a nuestro almacén.\n\n(De nuestra página de ayuda «Reembolsos y plazos»)");
    expect(turn.reply?.citedArticleId).toBe("art-refunds-es");
  });

  it("says it doesn't know and offers a person when no article scores, inventing nothing (en, fr)", () => {
    const nothing: FakeTools = { search_knowledge: () => ok([]) };
    const en = runTurn("I forgot my password", { lang: "en", state: FRESH_STATE, knowledge: [], tools: nothing });
    // The customer's words found nothing; the topic's own words are searched once, then it gives up.
    expect(en.calls).toEqual([{ toolName: "search_knowledge", input: { query: "account login password" } }]);
    expect(en.reply?.text).toBe("I'm sorry, I don't have information on that. Would you like me to pass you to a colleague?");
    expect(en.reply?.citedArticleId).toBeUndefined();
    expect(en.reply?.buttons).toEqual([{ id: "human", title: "Talk to a person" }]);
    const fr = runTurn("J'ai oublié mon mot de passe", { lang: "fr", state: FRESH_STATE, knowledge: [{ ...REFUND_ARTICLE, score: 0 }], tools: nothing });
    expect(fr.calls.map((call) => call.input)).toEqual([{ query: "compte connexion mot de passe" }, { query: "account login password" }]);
    expect(fr.reply?.text).toBe("Désolé, je n'ai pas d'information à ce sujet. Voulez-vous que je vous mette en relation avec un collègue ?");

    // "Yes" to that offer hands over.
    const yes = runTurn("yes", { lang: "en", state: en.state, tools: escalate });
    expect(yes.calls).toEqual([{ toolName: "escalate_to_human", input: expect.objectContaining({ reason: "customer_requested_human" }) }]);
  });

  it("quotes the article about the question, not the first keyword hit (en, es)", () => {
    const returns: KnowledgeHit = { articleId: "art-returns", title: "Returns policy: 30 days to change your mind", snippet: "You can send most items back within 30 days.", score: 0.24 };
    const refunds = { ...REFUND_ARTICLE, score: 0.22 };
    const en = runTurn("How long does it take to get my money back after a return?", { lang: "en", state: FRESH_STATE, knowledge: [returns, refunds] });
    expect(en.reply?.citedArticleId).toBe("art-refunds");
    const machine: KnowledgeHit = { articleId: "art-espresso", title: "Espresso machine troubleshooting", snippet: "If water leaks, contact us right away.", score: 0.12 };
    const hours: KnowledgeHit = { articleId: "art-hours", title: "Opening hours and how to reach us", snippet: "Write to help@example.com.", score: 0.12 };
    expect(runTurn("how can I contact you by email?", { lang: "en", state: FRESH_STATE, knowledge: [machine, hours] }).reply?.citedArticleId).toBe("art-hours");
    const returnsEs: KnowledgeHit = { articleId: "art-returns-es", title: "Política de devoluciones: 30 días para cambiar de opinión", snippet: "Puedes devolver la mayoría de artículos.", score: 0.32 };
    const es = runTurn("¿Cuál es vuestra política de reembolsos?", { lang: "es", state: FRESH_STATE, knowledge: [returnsEs, REFUND_ARTICLE_ES] });
    expect(es.reply?.citedArticleId).toBe("art-refunds-es");
  });

  it("searches by the topic's words when the hits are off topic, and never quotes an unrelated article (de)", () => {
    const refundsDe: KnowledgeHit = { articleId: "art-refunds-de", title: "Erstattungen: Bedingungen und Dauer", snippet: "Sobald das Paket geöffnet wurde …", score: 0.12 };
    const hoursDe: KnowledgeHit = { articleId: "art-hours-de", title: "Öffnungszeiten und Kontakt", snippet: "Unser Team ist montags bis freitags von 9 bis 18 Uhr erreichbar.", score: 0.5 };
    const found = runTurn("Wann haben Sie geöffnet?", { lang: "de", state: FRESH_STATE, knowledge: [refundsDe], tools: { search_knowledge: () => ok([hoursDe]) } });
    expect(found.calls).toEqual([{ toolName: "search_knowledge", input: { query: "Öffnungszeiten Kontakt Telefon E-Mail" } }]);
    expect(found.reply?.citedArticleId).toBe("art-hours-de");
    const offTopic = runTurn("Wann haben Sie geöffnet?", { lang: "de", state: FRESH_STATE, knowledge: [refundsDe], tools: { search_knowledge: () => ok([refundsDe]) } });
    expect(offTopic.calls).toHaveLength(2);
    expect(offTopic.reply?.citedArticleId).toBeUndefined();
    expect(offTopic.reply?.text).toBe("Entschuldigung, dazu habe ich keine Informationen. Soll ich Sie mit einem Kollegen verbinden?");
  });

  it("names an English-only article in the customer's language instead of quoting it in English (pt)", () => {
    const mbway: KnowledgeHit = { articleId: "art-mbway", title: "Pagar com MB WAY", snippet: "Pode pagar com MB WAY na sua conta.", score: 0.04 };
    const account: KnowledgeHit = { articleId: "art-account", title: "Account, login and password help", snippet: "Forgot your password? Tap 'Forgot password' on the login page and we'll e-mail you a reset link.", score: 0.3 };
    const search = (input: Record<string, unknown>) => ok(input.query === "account login password" ? [account] : [mbway]);
    const turn = runTurn("esqueci-me da palavra-passe da minha conta", { lang: "pt", state: FRESH_STATE, knowledge: [mbway], tools: { search_knowledge: search } });
    expect(turn.calls.map((call) => call.input)).toEqual([{ query: "conta palavra-passe senha iniciar sessão" }, { query: "account login password" }]);
    expect(turn.reply?.text).toBe(
      "Sobre isto só tenho uma página de ajuda em inglês, que não lhe consigo citar em português. Quer que o passe a um colega?\n\n(Da nossa página de ajuda «Account, login and password help»)",
    );
    expect(turn.reply?.citedArticleId).toBe("art-account");
    expect(turn.reply?.buttons).toEqual([{ id: "human", title: "Falar com alguém" }]);
  });

  it("answers opening hours from the article handed in (en)", () => {
    const hours: KnowledgeHit = { articleId: "art-hours-en", title: "Opening hours and contact", snippet: "Our team is available Monday to Friday, 9:00 to 18:00.", score: 0.8 };
    const turn = runTurn("What are your opening hours?", { lang: "en", state: FRESH_STATE, knowledge: [hours] });
    expect(turn.reply?.text).toBe('Our team is available Monday to Friday, 9:00 to 18:00.\n\n(From our help page "Opening hours and contact")');
  });

  it("searches itself when no knowledge came with the turn (opening hours, de)", () => {
    const hours: KnowledgeHit = { articleId: "art-hours", title: "Öffnungszeiten und Kontakt", snippet: "Unser Team ist montags bis freitags von 9 bis 18 Uhr erreichbar.", score: 0.7 };
    const turn = runTurn("Wann haben Sie geöffnet?", { lang: "de", state: FRESH_STATE, tools: { search_knowledge: () => ok([hours]) } });
    expect(turn.calls).toEqual([{ toolName: "search_knowledge", input: { query: "Wann haben Sie geöffnet?" } }]);
    expect(turn.reply?.text).toBe("Unser Team ist montags bis freitags von 9 bis 18 Uhr erreichbar.\n\n(Aus unserer Hilfeseite „Öffnungszeiten und Kontakt“)");
    expect(turn.reply?.citedArticleId).toBe("art-hours");
  });
});

describe("complaints", () => {
  it("acknowledges, quotes what applies and offers a person (en, fr)", () => {
    const complaintsArticle: KnowledgeHit = { articleId: "art-complaints", title: "Complaints", snippet: "Every complaint is read by a team lead within one working day.", score: 0.6 };
    const en = runTurn("This is the worst service ever, I want to complain", { lang: "en", state: FRESH_STATE, knowledge: [complaintsArticle] });
    expect(en.reply?.text).toBe(
      "I'm really sorry about your experience, and thank you for telling us.\n\nEvery complaint is read by a team lead within one working day.\n(From our help page \"Complaints\")\n\nWould you like me to pass this to a colleague who can look into it?",
    );
    expect(en.reply?.citedArticleId).toBe("art-complaints");
    expect(en.reply?.buttons).toEqual([{ id: "human", title: "Talk to a person" }]);
    const fr = runTurn("Je veux faire une réclamation, service nul", { lang: "fr", state: FRESH_STATE, knowledge: [] });
    expect(fr.reply?.text).toBe("Je suis vraiment désolé de votre expérience, et merci de nous l'avoir signalée. Voulez-vous que je transmette cela à un collègue qui pourra s'en occuper ?");
  });
});

describe("asking for a person", () => {
  const requests: [Lang, string, string][] = [
    ["en", "I want to talk to a human", "Sure, I'm passing you to a colleague now."],
    ["fr", "je veux parler à un conseiller", "Bien sûr, je vous mets en relation avec un collègue."],
    ["de", "Ich möchte mit einem Mitarbeiter sprechen", "Gern, ich verbinde Sie jetzt mit einem Kollegen."],
    ["nl", "Ik wil een medewerker spreken", "Natuurlijk, ik verbind je nu door met een collega."],
    ["es", "quiero hablar con una persona", "Claro, te paso ahora con un compañero."],
    ["pt", "quero falar com um atendente", "Claro, vou passá-lo agora a um colega."],
  ];

  it.each(requests)("hands over at once, even mid-flow (%s)", (lang, text, answer) => {
    const midFlow = { ...VERIFIED_STATE, activeIntent: "order_status" as const, awaiting: "order_number" as const };
    const first = planOfflineStep(stepInput(text, { lang, state: midFlow }));
    expect(first).toEqual({ kind: "call_tools", calls: [{ toolName: "escalate_to_human", input: expect.objectContaining({ reason: "customer_requested_human" }) }] });
    const turn = runTurn(text, { lang, state: midFlow, tools: escalate });
    expect(turn.reply?.text.startsWith(answer)).toBe(true);
    expect(turn.state.activeIntent).toBeNull();
  });

  it("hands over on the word offered in the disclosure, and on the button", () => {
    expect(runTurn("agent", { lang: "en", state: FRESH_STATE, tools: escalate }).calls[0]?.toolName).toBe("escalate_to_human");
    expect(runTurn("medewerker", { lang: "nl", state: FRESH_STATE, tools: escalate }).calls[0]?.toolName).toBe("escalate_to_human");
    expect(runTurn("human", { lang: "es", state: FRESH_STATE, tools: escalate }).calls[0]?.toolName).toBe("escalate_to_human");
  });
});

describe("clarification", () => {
  it("asks one clarifying question with the likeliest topics, then hands over on a second unclear turn (en)", () => {
    const first = runTurn("SO-104233", { lang: "en", state: FRESH_STATE, tools: escalate });
    expect(first.reply?.text).toBe("Sorry, I'm not sure I understood. Is it about one of these?");
    expect(first.reply?.buttons?.map((button) => button.id)).toEqual(["intent:refund_status", "intent:cancel_order", "intent:order_status"]);
    expect(first.state).toMatchObject({ awaiting: "clarification", clarificationsAsked: 1 });
    // The order number is kept for whichever topic they pick.
    expect(first.state.slots.orderNumber).toBe("SO-104233");

    const second = runTurn("what's the weather tomorrow?", { lang: "en", state: first.state, tools: escalate });
    expect(second.calls).toEqual([{ toolName: "escalate_to_human", input: expect.objectContaining({ reason: "low_confidence" }) }]);
    expect(second.reply?.text).toBe("I'm sorry, I don't think I'm understanding you well. I'm passing you to a colleague who can help. They'll reply here.");
  });

  it("follows the topic tapped after a clarifying question, without asking for the number again (fr)", () => {
    const tools: FakeTools = {
      get_order: () => ok({ orderNumber: "SO-104233", state: "processing", placedAt: "2026-11-18T09:00:00Z", deliveredAt: null, totalCents: 4990, currency: "EUR", itemCount: 1, shippingCents: 0, shippingMethod: "standard", shippingAddress: "Rue •••, 75•• Paris, FR", shippingCountry: "FR", items: [], payment: null, shipments: [] }),
      track_shipment: () => ok({ orderNumber: "SO-104233", state: "processing", shipments: [] }),
    };
    const first = runTurn("SO-104233", { lang: "fr", state: VERIFIED_STATE });
    expect(first.reply?.text).toBe("Désolé, je ne suis pas sûr d'avoir compris. C'est à propos de l'un de ces sujets ?");
    const second = runTurn("intent:order_status", { lang: "fr", state: first.state, tools });
    expect(second.reply?.text).toBe("Nous préparons votre commande SO-104233. Elle n'est pas encore expédiée.");
    expect(second.state.clarificationsAsked).toBe(0);
  });

  it("hands over after a second unclear turn in any language (fr)", () => {
    const first = runTurn("Quel temps fera-t-il demain ?", { lang: "fr", state: FRESH_STATE, tools: escalate });
    expect(first.state.clarificationsAsked).toBe(1);
    const second = runTurn("Quel temps fera-t-il après-demain ?", { lang: "fr", state: first.state, tools: escalate });
    expect(second.calls).toEqual([{ toolName: "escalate_to_human", input: expect.objectContaining({ reason: "low_confidence" }) }]);
    expect(second.reply?.text).toBe("Désolé, je crois que je vous comprends mal. Je vous mets en relation avec un collègue qui pourra vous aider. Il vous répondra ici.");
  });

  it("asks an open question when nothing stands out (de)", () => {
    const turn = runTurn("Wie wird das Wetter morgen?", { lang: "de", state: FRESH_STATE });
    expect(turn.reply?.text).toBe("Entschuldigung, ich bin nicht sicher, ob ich Sie richtig verstanden habe. Können Sie mir in ein paar Worten sagen, worum es geht?");
    expect(turn.reply?.buttons).toBeUndefined();
  });
});

describe("social turns", () => {
  it("greets by name, thanks and says goodbye briefly (en, es)", () => {
    expect(runTurn("hello", { lang: "en", state: VERIFIED_STATE }).reply?.text).toBe("Hi Emma! 👋 How can I help you today?");
    expect(runTurn("hola", { lang: "es", state: FRESH_STATE }).reply?.text).toBe("¡Hola! 👋 ¿En qué puedo ayudarte?");
    expect(runTurn("thanks!", { lang: "en", state: FRESH_STATE }).reply?.text).toBe("You're welcome! Is there anything else I can help with?");
    expect(runTurn("muchas gracias", { lang: "es", state: FRESH_STATE }).reply?.text).toBe("¡De nada! ¿Puedo ayudarte con algo más?");
    expect(runTurn("bye", { lang: "en", state: FRESH_STATE }).reply?.text).toBe("Thanks for getting in touch. Have a lovely day! 👋");
    expect(runTurn("tchau", { lang: "pt", state: FRESH_STATE }).reply?.text).toBe("Obrigado pelo contacto. Tenha um bom dia! 👋");
  });

  it("answers a yes or no out of context, and a no drops the open question (en, nl)", () => {
    expect(runTurn("yes", { lang: "en", state: FRESH_STATE }).reply?.text).toBe("Great! What can I help you with?");
    expect(runTurn("sí", { lang: "es", state: FRESH_STATE }).reply?.text).toBe("¡Genial! ¿En qué puedo ayudarte?");
    expect(runTurn("no", { lang: "en", state: FRESH_STATE }).reply?.text).toBe("OK, no problem. Is there anything else I can help with?");
    const midFlow = { ...VERIFIED_STATE, activeIntent: "return_or_exchange" as const, awaiting: "return_reason" as const, slots: { orderNumber: "SO-104233" } };
    const no = runTurn("nee", { lang: "nl", state: midFlow });
    expect(no.reply?.text).toBe("Oké, geen probleem. Kan ik je nog ergens anders mee helpen?");
    expect(no.state).toMatchObject({ activeIntent: null, awaiting: null, slots: { orderNumber: "SO-104233" } });
  });
});
