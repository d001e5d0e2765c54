import type { Language } from "@/lib/db/schema";
import { SHIPPING_RATES, type ShippingMethod } from "./catalog";
import { CURRENCY_BY_COUNTRY, SHOP_COUNTRIES, type ShopCountry } from "./country-data";

// The shipping-cost tables in the knowledge base are rendered from the same rates the shop
// charges, in the reader's language, so the bot can never quote a price the checkout disagrees with.

type TableWords = {
  countries: Record<ShopCountry, string>;
  methods: Record<ShippingMethod, string>;
  headers: [country: string, method: string, price: string, freeFrom: string, deliveryTime: string];
  never: string;
  days: (min: number, max: number) => string;
  numberLocale: string;
};

const WORDS: Record<Language, TableWords> = {
  en: {
    countries: { NL: "Netherlands", BE: "Belgium", FR: "France", DE: "Germany", ES: "Spain", PT: "Portugal", GB: "United Kingdom", IE: "Ireland" },
    methods: { standard: "Standard", express: "Express", pickup: "Pickup point" },
    headers: ["Country", "Method", "Price", "Free from", "Delivery time"],
    never: "—",
    days: (min, max) => (min === max ? `${min} business day${min === 1 ? "" : "s"}` : `${min}–${max} business days`),
    numberLocale: "en-IE",
  },
  fr: {
    countries: { NL: "Pays-Bas", BE: "Belgique", FR: "France", DE: "Allemagne", ES: "Espagne", PT: "Portugal", GB: "Royaume-Uni", IE: "Irlande" },
    methods: { standard: "Standard", express: "Express", pickup: "Point relais" },
    headers: ["Pays", "Mode", "Prix", "Gratuit dès", "Délai"],
    never: "—",
    days: (min, max) => (min === max ? `${min} jour ouvré` : `${min} à ${max} jours ouvrés`),
    numberLocale: "fr-FR",
  },
  de: {
    countries: { NL: "Niederlande", BE: "Belgien", FR: "Frankreich", DE: "Deutschland", ES: "Spanien", PT: "Portugal", GB: "Vereinigtes Königreich", IE: "Irland" },
    methods: { standard: "Standard", express: "Express", pickup: "Paketshop" },
    headers: ["Land", "Versandart", "Preis", "Kostenlos ab", "Lieferzeit"],
    never: "—",
    days: (min, max) => (min === max ? `${min} Werktag` : `${min}–${max} Werktage`),
    numberLocale: "de-DE",
  },
  nl: {
    countries: { NL: "Nederland", BE: "België", FR: "Frankrijk", DE: "Duitsland", ES: "Spanje", PT: "Portugal", GB: "Verenigd Koninkrijk", IE: "Ierland" },
    methods: { standard: "Standaard", express: "Express", pickup: "Afhaalpunt" },
    headers: ["Land", "Verzendwijze", "Prijs", "Gratis vanaf", "Levertijd"],
    never: "—",
    days: (min, max) => (min === max ? `${min} werkdag` : `${min}–${max} werkdagen`),
    numberLocale: "nl-NL",
  },
  es: {
    countries: { NL: "Países Bajos", BE: "Bélgica", FR: "Francia", DE: "Alemania", ES: "España", PT: "Portugal", GB: "Reino Unido", IE: "Irlanda" },
    methods: { standard: "Estándar", express: "Exprés", pickup: "Punto de recogida" },
    headers: ["País", "Método", "Precio", "Gratis desde", "Plazo"],
    never: "—",
    days: (min, max) => (min === max ? `${min} día laborable` : `${min}–${max} días laborables`),
    numberLocale: "es-ES",
  },
  pt: {
    countries: { NL: "Países Baixos", BE: "Bélgica", FR: "França", DE: "Alemanha", ES: "Espanha", PT: "Portugal", GB: "Reino Unido", IE: "Irlanda" },
    methods: { standard: "Normal", express: "Expresso", pickup: "Ponto de recolha" },
    headers: ["País", "Modo", "Preço", "Grátis a partir de", "Prazo"],
    never: "—",
    days: (min, max) => (min === max ? `${min} dia útil` : `${min}–${max} dias úteis`),
    numberLocale: "pt-PT",
  },
};

export function shippingTable(language: Language, countries: readonly ShopCountry[] = SHOP_COUNTRIES): string {
  const words = WORDS[language];
  const header = `| ${words.headers.join(" | ")} |\n|${words.headers.map(() => " --- ").join("|")}|`;
  const rows = SHIPPING_RATES.filter((rate) => countries.includes(rate.country)).map((rate) => {
    const money = (cents: number) => formatMoney(cents, CURRENCY_BY_COUNTRY[rate.country], words.numberLocale);
    return `| ${words.countries[rate.country]} | ${words.methods[rate.method]} | ${money(rate.priceCents)} | ${rate.freeAboveCents === null ? words.never : money(rate.freeAboveCents)} | ${words.days(rate.minDays, rate.maxDays)} |`;
  });
  return [header, ...rows].join("\n");
}

export function formatMoney(cents: number, currency: "EUR" | "GBP", numberLocale: string): string {
  // Whole amounts without decimals ("€50", "5,95 €"), as shops print them.
  const fractionDigits = cents % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(numberLocale, { style: "currency", currency, minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(cents / 100);
}
