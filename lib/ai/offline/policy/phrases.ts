import type { Lang } from "../nlu/lang";
import type { Phrases } from "./phrase-table";
import { PHRASES_DE } from "./phrases-de";
import { PHRASES_EN } from "./phrases-en";
import { PHRASES_ES } from "./phrases-es";
import { PHRASES_FR } from "./phrases-fr";
import { PHRASES_NL } from "./phrases-nl";
import { PHRASES_PT } from "./phrases-pt";

const TABLES: Record<Lang, Phrases> = { en: PHRASES_EN, fr: PHRASES_FR, de: PHRASES_DE, nl: PHRASES_NL, es: PHRASES_ES, pt: PHRASES_PT };

export function phrasesFor(lang: Lang): Phrases {
  return TABLES[lang];
}
