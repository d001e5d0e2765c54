import { describe, expect, it } from "vitest";
import { detectExplicitHumanRequest } from "@/lib/agent/escalation/explicit-human-request";
import { LANGS } from "../nlu/lang";
import { phrasesFor } from "./phrases";

// WhatsApp refuses interactive messages whose titles are too long, so the tables are checked here.
describe("phrase tables", () => {
  it.each(LANGS)("fit WhatsApp's limits (%s)", (lang) => {
    const phrases = phrasesFor(lang);
    const buttonTitles = [
      phrases.talkToPerson,
      phrases.returnInstead,
      phrases.chooseButton,
      phrases.seeTimes,
      ...Object.values(phrases.intentTitles),
      ...Object.values(phrases.returnReasonTitles),
      ...Object.values(phrases.problemTitles),
      ...Object.values(phrases.resolutionTitles),
      ...Object.values(phrases.subscriptionActionTitles),
    ];
    for (const title of buttonTitles) expect(title.length, title).toBeLessThanOrEqual(20);
    for (const plan of Object.values(phrases.plans)) expect(plan.length, plan).toBeLessThanOrEqual(24);
  });

  it.each(LANGS)("offers an escape word the human-request detection accepts (%s)", (lang) => {
    expect(detectExplicitHumanRequest(phrasesFor(lang).escapeWord, lang, "out_of_scope")).toBe(true);
  });

  it("has a different table for every language", () => {
    const greetings = new Set(LANGS.map((lang) => phrasesFor(lang).greeting(undefined)));
    expect(greetings.size).toBe(LANGS.length);
  });
});
