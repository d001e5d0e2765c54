// The six languages the offline model understands. Everything language-specific in this folder
// (examples, lexicons, date words) is keyed by these codes, so adding a language starts here.
export const LANGS = ["en", "fr", "de", "nl", "es", "pt"] as const;

export type Lang = (typeof LANGS)[number];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
