import { describe, expect, it } from "vitest";
import type { Lang } from "@/lib/ai/offline/nlu/lang";
import { detectExplicitHumanRequest } from "./explicit-human-request";

type Case = readonly [Lang, string];

describe("detectExplicitHumanRequest", () => {
  it.each<Case>([
    ["en", "I want to talk to a human"],
    ["en", "Can I speak with someone from your team?"],
    ["en", "get me a real person please"],
    ["en", "I want a human, not a bot"],
    ["fr", "Je veux parler à un conseiller"],
    ["fr", "Je voudrais parler à quelqu'un"],
    ["fr", "une vraie personne svp"],
    ["de", "Ich möchte mit einem Menschen sprechen"],
    ["de", "Bitte verbinden Sie mich mit einem Mitarbeiter"],
    ["de", "Ich will einen echten Menschen"],
    ["nl", "Ik wil een medewerker spreken"],
    ["nl", "Kan ik met iemand praten?"],
    ["nl", "geen robot aub"],
    ["es", "Quiero hablar con una persona"],
    ["es", "Necesito un agente"],
    ["pt", "Quero falar com um atendente"],
    ["pt", "Preciso de uma pessoa de verdade"],
  ])("hears %s: %s (even when the classifier did not)", (lang, text) => {
    expect(detectExplicitHumanRequest(text, lang, "out_of_scope")).toBe(true);
  });

  it.each(["human", "Agent please", "HUMANO!!", "medewerker graag", "atendente por favor", "Mitarbeiter bitte"])(
    "takes a lone word %s as a request in any language",
    (text) => {
      expect(detectExplicitHumanRequest(text, "en", "out_of_scope")).toBe(true);
    },
  );

  it("trusts the classifier's human_request", () => {
    expect(detectExplicitHumanRequest("is daar iemand van jullie team?", "nl", "human_request")).toBe(true);
  });

  it.each<Case>([
    ["en", "I don't need to talk to a human, the bot is fine"],
    ["en", "No need to speak to an agent"],
    ["fr", "Je ne veux pas parler à un conseiller"],
    ["de", "Ich muss nicht mit einem Mitarbeiter sprechen"],
    ["nl", "Ik hoef niet met een medewerker te praten"],
    ["es", "No quiero hablar con un agente"],
    ["pt", "Não quero falar com um atendente"],
  ])("ignores a negated request %s: %s, even against the classifier", (lang, text) => {
    expect(detectExplicitHumanRequest(text, lang, "human_request")).toBe(false);
  });

  it.each<Case>([
    ["en", "actually no, just get me a human"],
    ["fr", "non, je veux parler à un conseiller"],
    ["de", "nein. Ich möchte mit einem Mitarbeiter sprechen"],
  ])("hears a request after a 'no' that ends its own clause %s: %s", (lang, text) => {
    expect(detectExplicitHumanRequest(text, lang, "deny")).toBe(true);
  });

  it.each<Case>([
    ["en", "Where is my order SO-104233?"],
    ["en", "Are you human?"],
    ["en", "The agent at the door was rude"],
    ["de", "Ich war mit dem Mitarbeiter von DHL zufrieden"],
    ["fr", "Personne ne répond au téléphone"],
    ["es", "La persona que entregó el paquete fue amable"],
  ])("does not hear a request in %s: %s", (lang, text) => {
    expect(detectExplicitHumanRequest(text, lang, "order_status")).toBe(false);
  });
});
