import { describe, expect, it } from "vitest";
import type { Lang } from "./lang";
import { scoreSentiment } from "./sentiment";

describe("scoreSentiment", () => {
  it.each([
    ["thanks so much, great service!", "en"],
    ["merci beaucoup, super rapide", "fr"],
    ["danke, alles super", "de"],
    ["top, heel erg bedankt", "nl"],
    ["muchas gracias, genial", "es"],
    ["obrigado, ótimo atendimento", "pt"],
  ] as const)("reads %j as positive with low urgency", (text, lang) => {
    const sentiment = scoreSentiment(text, lang);
    expect(sentiment.label).toBe("positive");
    expect(sentiment.score).toBeGreaterThan(0.5);
    expect(sentiment.urgency).toBe("low");
  });

  it.each([
    ["this is terrible, worst service ever", "en"],
    ["c'est nul, je suis très déçu", "fr"],
    ["euer service ist eine frechheit", "de"],
    ["echt waardeloos, ik ben boos", "nl"],
    ["pésimo servicio, estoy harto", "es"],
    ["serviço péssimo, to muito chateado", "pt"],
  ] as const)("reads %j as negative", (text, lang) => {
    const sentiment = scoreSentiment(text, lang);
    expect(sentiment.label).toBe("negative");
    expect(sentiment.score).toBeLessThan(-0.5);
  });

  it.each([
    ["where is my order SO-104233", "en"],
    ["ou est ma commande", "fr"],
    ["wann kommt mein paket", "de"],
    ["wat is de status van mijn bestelling", "nl"],
    ["cuando llega mi pedido", "es"],
    ["qual o prazo de entrega", "pt"],
  ] as const)("reads %j as neutral with normal urgency", (text, lang) => {
    expect(scoreSentiment(text, lang)).toEqual({ label: "neutral", score: 0, urgency: "normal" });
  });

  it("flips negated words and stops negation at the end of the clause", () => {
    expect(scoreSentiment("not good", "en").label).toBe("negative");
    expect(scoreSentiment("not bad at all", "en").label).toBe("positive");
    expect(scoreSentiment("nicht schlecht", "de").label).toBe("positive");
    expect(scoreSentiment("gefällt mir nicht gut", "de").label).toBe("negative");
    expect(scoreSentiment("niet goed", "nl").label).toBe("negative");
    expect(scoreSentiment("no está mal", "es").label).toBe("positive");
    expect(scoreSentiment("não é ruim", "pt").label).toBe("positive");
    expect(scoreSentiment("no problem, thanks", "en").label).toBe("positive");
  });

  it("weighs intensifiers, shouting, exclamation marks and angry emojis", () => {
    const plain = scoreSentiment("i am angry", "en").score;
    expect(scoreSentiment("i am very angry", "en").score).toBeLessThan(plain);
    expect(scoreSentiment("i am ANGRY", "en").score).toBeLessThan(plain);
    expect(scoreSentiment("i am angry!!!", "en").score).toBeLessThan(plain);
    expect(scoreSentiment("where is my order 😡", "en").label).toBe("negative");
    expect(scoreSentiment("got it 👍", "en").label).toBe("positive");
  });

  it("gives the clause after 'but' more weight", () => {
    expect(scoreSentiment("nice app but my order is lost and nobody helps", "en").label).toBe("negative");
    expect(scoreSentiment("le colis était en retard mais le service est super", "fr").label).toBe("positive");
  });

  it.each([
    ["i need it asap", "en"],
    ["URGENT my order", "en"],
    ["j'en ai besoin tout de suite", "fr"],
    ["ich brauche das dringend", "de"],
    ["ik heb het met spoed nodig", "nl"],
    ["lo necesito urgente", "es"],
    ["preciso com urgência", "pt"],
    ["someone hacked my account", "en"],
    ["I AM SO ANGRY!!!", "en"],
  ] as const)("marks %j as high urgency", (text, lang) => {
    expect(scoreSentiment(text, lang).urgency).toBe("high");
  });

  it("keeps scores within -1..1", () => {
    const furious = "WORST TERRIBLE AWFUL USELESS SCAM FRAUD 😡🤬😡🤬!!!!!!";
    for (const lang of ["en", "de"] satisfies Lang[]) {
      const { score } = scoreSentiment(furious, lang);
      expect(score).toBeGreaterThanOrEqual(-1);
      expect(score).toBeLessThan(-0.9);
    }
  });
});
