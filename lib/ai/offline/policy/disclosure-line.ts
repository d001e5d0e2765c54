import type { Lang } from "../nlu/lang";
import { phrasesFor } from "./phrases";

export const DEFAULT_SHOP_NAME = "Northwind Home";

// Customers must know they are talking to an automated assistant and how to reach a person; the
// word offered is one the human-request detection accepts on its own.
export function disclosureLine(language: Lang, shopName: string = DEFAULT_SHOP_NAME): string {
  const phrases = phrasesFor(language);
  return phrases.disclosure(shopName, phrases.escapeWord);
}
