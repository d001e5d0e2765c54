import { describe, expect, it } from "vitest";
import { HELD_OUT_DEV, HELD_OUT_TEST } from "./fixtures/held-out";
import { OUT_OF_SCOPE_TEST_MESSAGES } from "./fixtures/out-of-scope-messages";
import { INTENT_IDS } from "./intents";
import { LANGS, type Lang } from "./lang";
import { detectLanguage } from "./language";

describe("detectLanguage", () => {
  it("is right on at least 90% of messages of three words or more, in every language", () => {
    for (const lang of LANGS) {
      const messages = [HELD_OUT_DEV, HELD_OUT_TEST]
        .flatMap((set) => INTENT_IDS.flatMap((intent) => set[lang][intent]))
        .filter((text) => text.trim().split(/\s+/).length >= 3);
      expect(messages.length).toBeGreaterThan(80);
      const right = messages.filter((text) => detectLanguage(text).language === lang).length;
      expect(right / messages.length, lang).toBeGreaterThanOrEqual(0.9);
    }
  });

  it("is as good on wording far from the support examples it learned from", () => {
    const offTopic: Record<Lang, readonly string[]> = {
      en: ["my sister told me you have nice jackets", "the weather was awful during my holiday", "could you recommend something for a birthday present", "I'm writing from my work phone today", "we bought three chairs last year from your shop"],
      fr: ["ma soeur m'a dit que vous aviez de jolies vestes", "il a fait un temps horrible pendant mes vacances", "vous pourriez me conseiller un cadeau d'anniversaire", "je vous écris depuis le téléphone du boulot", "nous avons acheté trois chaises chez vous l'an dernier"],
      de: ["meine schwester hat gesagt ihr habt schöne jacken", "das wetter im urlaub war furchtbar", "könnt ihr mir ein geburtstagsgeschenk empfehlen", "ich schreibe heute vom handy meiner arbeit", "wir haben letztes jahr drei stühle bei euch gekauft"],
      nl: ["mijn zus zei dat jullie mooie jassen hebben", "het weer was vreselijk tijdens mijn vakantie", "kunnen jullie een verjaardagscadeau aanraden", "ik schrijf vandaag vanaf mijn werktelefoon", "we hebben vorig jaar drie stoelen bij jullie gekocht"],
      es: ["mi hermana me dijo que tienen chaquetas bonitas", "hizo un tiempo horrible en mis vacaciones", "me pueden recomendar un regalo de cumpleaños", "les escribo desde el movil del trabajo", "el año pasado compramos tres sillas en su tienda"],
      pt: ["minha irmã disse que vocês têm jaquetas bonitas", "o tempo estava horrível nas minhas férias", "podem me recomendar um presente de aniversário", "estou escrevendo do celular do trabalho hoje", "no ano passado compramos três cadeiras na loja de vocês"],
    };
    const messages = LANGS.flatMap((lang) => [...offTopic[lang], ...OUT_OF_SCOPE_TEST_MESSAGES[lang]].map((text) => ({ text, lang })));
    const right = messages.filter(({ text, lang }) => detectLanguage(text).language === lang).length;
    expect(right / messages.length).toBeGreaterThanOrEqual(0.9);
  });

  it("recognises short greetings that belong to one language", () => {
    expect(detectLanguage("hola")).toMatchObject({ language: "es", usedFallback: false });
    expect(detectLanguage("bonjour")).toMatchObject({ language: "fr", usedFallback: false });
    expect(detectLanguage("obrigado")).toMatchObject({ language: "pt", usedFallback: false });
    expect(detectLanguage("bedankt")).toMatchObject({ language: "nl", usedFallback: false });
    expect(detectLanguage("danke")).toMatchObject({ language: "de", usedFallback: false });
    expect(detectLanguage("hola").confidence).toBeGreaterThan(0.9);
  });

  it("settles German/Dutch 'hallo' from hints, and falls back when there are none", () => {
    const bare = detectLanguage("hallo");
    expect(bare.usedFallback).toBe(true);
    expect(bare.language).toBe("en");
    expect(detectLanguage("hallo", { fallback: "de" }).language).toBe("de");
    expect(detectLanguage("hallo", { phoneNumber: "+31 6 12345678" })).toMatchObject({ language: "nl", usedFallback: false });
    expect(detectLanguage("hallo", { phoneNumber: "4915123456789" })).toMatchObject({ language: "de", usedFallback: false });
    expect(detectLanguage("hallo", { previous: "nl" }).language).toBe("nl");
  });

  it("keeps the conversation's language for replies that could be any", () => {
    expect(detectLanguage("ok", { previous: "fr" })).toMatchObject({ language: "fr", usedFallback: true });
    expect(detectLanguage("ok 👍", { previous: "pt" }).language).toBe("pt");
    expect(detectLanguage("SO-104233", { previous: "de" }).language).toBe("de");
  });

  it("lets the text override hints when it is clear", () => {
    expect(detectLanguage("wo ist meine bestellung bitte", { previous: "nl", phoneNumber: "+31612345678" }).language).toBe("de");
    expect(detectLanguage("where is my order please", { previous: "es" }).language).toBe("en");
  });

  it("copes with missing accents, typos and caps", () => {
    expect(detectLanguage("ONDE ESTA MINHA ENCOMENDA").language).toBe("pt");
    expect(detectLanguage("ou est ma comande svp").language).toBe("fr");
    expect(detectLanguage("donde esta mi pedio").language).toBe("es");
    expect(detectLanguage("waar blijft mn pakkettje").language).toBe("nl");
    expect(detectLanguage("mañana").language).toBe("es");
    expect(detectLanguage("amanhã").language).toBe("pt");
  });

  it("returns zero confidence when there are no words at all", () => {
    expect(detectLanguage("👍👍 123")).toEqual({ language: "en", confidence: 0, usedFallback: true });
    expect(detectLanguage("", { previous: "es" })).toEqual({ language: "es", confidence: 0, usedFallback: true });
  });
});
