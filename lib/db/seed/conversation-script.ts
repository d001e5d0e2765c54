import type { CONTACT_TIERS, HandoffPacket, Language, PRIORITIES } from "@/lib/db/schema";
import type { RefundRecord, ReturnRecord } from "./after-sales";
import type { ProductCategory } from "./catalog";
import type { Clock } from "./clock";
import type { ShopCountry } from "./country-data";
import type { ShopCustomerRow } from "./customers";
import type { ShipmentRecord, TrackingStep } from "./fulfilment";
import { formatMoney } from "./knowledge-shipping-table";
import type { OrderRecord } from "./orders";
import type { BookingRecord } from "./scheduling";
import type { StaffKey, TeamSlug } from "./staff";
import type { SubscriptionRecord } from "./subscriptions";

// A demo conversation is a script: who it needs (a customer with a late parcel, a paused
// subscription…), and what was said once that customer's real orders are filled in. Scripts
// only read shop data, so what the bot says always matches what the lookups would return.

export type ShopView = {
  shipmentOf: (order: OrderRecord) => ShipmentRecord | undefined;
  refundOf: (order: OrderRecord) => RefundRecord | undefined;
  returnOf: (order: OrderRecord) => ReturnRecord | undefined;
  invoiceNumberOf: (order: OrderRecord) => string | undefined;
};

export type Preference<T> = { require: (item: T, shop: ShopView) => boolean; prefer?: (item: T, shop: ShopView) => boolean };

// `require` must hold; `countries`, `tier` and `prefer` are dropped one by one when no customer fits.
export type Requirement = {
  language: Language;
  countries?: readonly ShopCountry[];
  tier?: (typeof CONTACT_TIERS)[number];
  order?: Preference<OrderRecord>;
  subscription?: Preference<SubscriptionRecord>;
  booking?: Preference<BookingRecord>;
};

export type ScriptContext = {
  customer: ShopCustomerRow;
  firstName: string;
  order?: OrderRecord;
  subscription?: SubscriptionRecord;
  booking?: BookingRecord;
  shop: ShopView;
  clock: Clock;
};

// `after` is the number of seconds since the previous turn.
export type Turn =
  | { from: "customer"; text: string; after: number; buttonReply?: boolean }
  | { from: "bot"; text: string; after: number; buttons?: string[] }
  | { from: "agent"; agent: StaffKey; text: string; after: number };

export type HandoffPlan = {
  // Index of the turn after which the bot handed over.
  afterTurn: number;
  status: "waiting" | "accepted" | "closed";
  team: TeamSlug;
  acceptedBy?: StaffKey;
  acceptedAfterMinutes?: number;
  packet: HandoffPacket;
};

export type ScriptOutcome = {
  // When the first message was sent, in minutes before now.
  startedMinutesAgo: number;
  turns: Turn[];
  status: "open" | "snoozed" | "resolved";
  owner: "bot" | "human";
  priority: (typeof PRIORITIES)[number];
  labels: string[];
  intent: string;
  team?: TeamSlug;
  assignee?: StaffKey;
  snoozedForMinutes?: number;
  handoff?: HandoffPlan;
};

export type ConversationScript = {
  key: string;
  language: Language;
  // Reuse the contact of another script: the same customer writing again.
  sameContactAs?: string;
  match: Requirement;
  play: (context: ScriptContext) => ScriptOutcome;
};

const NUMBER_LOCALES: Record<Language, string> = { en: "en-GB", nl: "nl-NL", de: "de-DE", fr: "fr-FR", es: "es-ES", pt: "pt-PT" };

export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`conversation script needs ${what}`);
  return value;
}

export function money(context: ScriptContext, cents: number, language: Language): string {
  return formatMoney(cents, context.order?.currency ?? (context.customer.country === "GB" ? "GBP" : "EUR"), NUMBER_LOCALES[language]);
}

// "Tuesday 12 March" in the conversation's language, in the shop's time zone.
export function dayName(moment: Date, language: Language): string {
  return new Intl.DateTimeFormat(NUMBER_LOCALES[language], { weekday: "long", day: "numeric", month: "long", timeZone: "Europe/Amsterdam" }).format(moment);
}

export function timeOfDay(moment: Date, language: Language): string {
  return new Intl.DateTimeFormat(NUMBER_LOCALES[language], { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/Amsterdam" }).format(moment);
}

export function itemOf(order: OrderRecord, categories?: readonly ProductCategory[]): string {
  const item = order.items.find((i) => !categories || categories.includes(i.product.category)) ?? order.items[0];
  return need(item, "an order item").product.name;
}

export function hasCategory(order: OrderRecord, categories: readonly ProductCategory[]): boolean {
  return order.items.some((item) => categories.includes(item.product.category));
}

export function trackingUrl(shipment: ShipmentRecord): string {
  return `https://track.northwind.example/${shipment.trackingNumber}`;
}

export function daysSince(minutesAgo: number): number {
  return Math.floor(minutesAgo / (24 * 60));
}

export function lastTrackingStep(shipment: ShipmentRecord): TrackingStep {
  return need(shipment.events[shipment.events.length - 1], "a tracking event");
}

// The identifiers every packet carries: the WhatsApp number is verified by the channel itself.
export function baseIdentifiers(context: ScriptContext): HandoffPacket["identifiers"] {
  return [
    { kind: "phone", value: `+${context.customer.phone}`, verified: true },
    { kind: "customer_email", value: context.customer.email, verified: true },
  ];
}

// "olivia.smith@example.com" → "o•••@example.com": enough for the customer to recognise it.
export function maskedEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.charAt(0)}•••@${domain}`;
}

export function lastNameOf(customer: ShopCustomerRow): string {
  return customer.name.split(" ").slice(1).join(" ");
}

const PAYMENT_METHOD_NAMES: Record<Language, Record<OrderRecord["paymentMethod"], string>> = {
  en: { card: "card", paypal: "PayPal account", ideal: "bank account (iDEAL)", bank_transfer: "bank account", mbway: "MB WAY account" },
  nl: { card: "creditcard", paypal: "PayPal-rekening", ideal: "rekening (iDEAL)", bank_transfer: "bankrekening", mbway: "MB WAY-rekening" },
  de: { card: "Karte", paypal: "PayPal-Konto", ideal: "Konto (iDEAL)", bank_transfer: "Bankkonto", mbway: "MB-WAY-Konto" },
  fr: { card: "carte bancaire", paypal: "compte PayPal", ideal: "compte bancaire (iDEAL)", bank_transfer: "compte bancaire", mbway: "compte MB WAY" },
  es: { card: "tarjeta", paypal: "cuenta de PayPal", ideal: "cuenta bancaria (iDEAL)", bank_transfer: "cuenta bancaria", mbway: "cuenta MB WAY" },
  pt: { card: "cartão", paypal: "conta PayPal", ideal: "conta bancária (iDEAL)", bank_transfer: "conta bancária", mbway: "MB WAY" },
};

export function paymentMethodName(order: OrderRecord, language: Language): string {
  return PAYMENT_METHOD_NAMES[language][order.paymentMethod];
}

// A calendar date (YYYY-MM-DD) as a moment at noon UTC, for formatting.
export function calendarDate(isoDay: string): Date {
  return new Date(`${isoDay}T12:00:00Z`);
}

export function minutesBetween(later: Date, earlier: Date): number {
  return (later.getTime() - earlier.getTime()) / 60_000;
}
