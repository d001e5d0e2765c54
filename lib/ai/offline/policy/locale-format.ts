import type { Lang } from "../nlu/lang";

// Money, dates and country names the way each language writes them. Appointments and tracking
// events are shown in the shop's time zone; calendar dates (YYYY-MM-DD) are not shifted at all.

const LOCALES: Record<Lang, string> = { en: "en-GB", fr: "fr-FR", de: "de-DE", nl: "nl-NL", es: "es-ES", pt: "pt-PT" };
const SHOP_TIME_ZONE = "Europe/Amsterdam";

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

export function formatMoney(cents: number, currency: string, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { style: "currency", currency }).format(cents / 100);
}

// "25 November" (a YYYY-MM-DD date or the calendar day of a timestamp in the shop's time zone).
export function formatDay(isoDateOrTimestamp: string, lang: Lang): string {
  const { date, timeZone } = dayOf(isoDateOrTimestamp);
  return new Intl.DateTimeFormat(LOCALES[lang], { day: "numeric", month: "long", timeZone }).format(date);
}

// "Tue 25 Nov, 10:00": short enough for a WhatsApp list row.
export function formatSlot(timestamp: string, lang: Lang): string {
  const date = new Date(timestamp);
  const day = new Intl.DateTimeFormat(LOCALES[lang], { weekday: "short", day: "numeric", month: "short", timeZone: SHOP_TIME_ZONE }).format(date);
  return `${day}, ${formatTime(timestamp)}`;
}

// "Tuesday 25 November at 10:00" style, from the phrase table's joiner.
export function formatDayAndTime(timestamp: string, lang: Lang, at: string): string {
  const date = new Date(timestamp);
  const day = new Intl.DateTimeFormat(LOCALES[lang], { weekday: "long", day: "numeric", month: "long", timeZone: SHOP_TIME_ZONE }).format(date);
  return `${day} ${at} ${formatTime(timestamp)}`;
}

function formatTime(timestamp: string): string {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: SHOP_TIME_ZONE }).format(new Date(timestamp));
}

export function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([LOCALES[lang]], { type: "region" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

function dayOf(value: string): { date: Date; timeZone: string } {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { date: new Date(`${value}T12:00:00Z`), timeZone: "UTC" };
  return { date: new Date(value), timeZone: SHOP_TIME_ZONE };
}

// The calendar day (YYYY-MM-DD) of a moment in the shop's time zone.
export function shopDay(moment: Date): string {
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: SHOP_TIME_ZONE }).format(moment);
}
