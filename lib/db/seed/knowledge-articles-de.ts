import type { ArticleSource } from "./knowledge-article-source";
import { shippingTable } from "./knowledge-shipping-table";

// German versions of the articles customers need most: returns, refunds, shipping, opening hours.

export const GERMAN_ARTICLES: readonly ArticleSource[] = [
  {
    slug: "returns-policy-de",
    title: "Rückgaberecht: 30 Tage Zeit",
    locale: "de",
    tags: ["returns", "policy"],
    intents: ["return_or_exchange", "refund_policy"],
    body: `Die meisten Artikel können Sie innerhalb von **30 Tagen nach Zustellung** zurückgeben oder umtauschen. Die Frist beginnt mit dem Zustelldatum in der Sendungsverfolgung.

## Was Sie zurückgeben können
- **Unbenutzte Artikel in Originalverpackung**: volle Erstattung.
- **Ausprobierte Espressomaschinen und Mühlen**: wenn sie sauber, ohne Wasser und Bohnen und vollständig sind. Kommt eine Maschine mit Kaffeeresten zurück, berechnen wir eine Reinigungspauschale von 25 €.
- **Kaffeebohnen, Papierfilter, Wasserfilter und Reinigungstabletten**: nur ungeöffnet.
- **In-Ear-Kopfhörer** (Aurel Buds Pro, Buds Lite): nur mit unbeschädigtem Hygienesiegel, außer bei einem Defekt.

## Kosten
| Situation | Kosten |
| --- | --- |
| Nicht gefallen, Lieferung nach Deutschland, Niederlande, Belgien oder Frankreich | Kostenloses Rücksendeetikett |
| Nicht gefallen, Lieferung nach Spanien, Portugal oder Irland | 5,95 €, werden von der Erstattung abgezogen |
| Defekter, beschädigter oder falscher Artikel | Immer kostenlos |

## So funktioniert die Rücksendung
1. Schicken Sie uns hier auf WhatsApp Ihre Bestellnummer (beginnt mit **SO-**, z. B. SO-104233) und die E-Mail-Adresse der Bestellung.
2. Nennen Sie die Artikel und den Grund der Rücksendung.
3. Sie erhalten innerhalb weniger Minuten ein **DHL-Rücksendeetikett** per E-Mail. Statt zu drucken, können Sie den QR-Code in jeder DHL-Filiale oder Packstation vorzeigen.
4. Geben Sie das Paket innerhalb von **14 Tagen** nach Erhalt des Etiketts ab.
5. Wir erstatten den Betrag innerhalb von **5 Werktagen nach Eingang** in unserem Lager in Tilburg.

Bewahren Sie den Einlieferungsbeleg auf, bis die Erstattung da ist.`,
  },
  {
    slug: "refund-policy-de",
    title: "Erstattungen: Bedingungen und Dauer",
    locale: "de",
    tags: ["refunds", "policy", "payments"],
    intents: ["refund_policy", "refund_request", "refund_status"],
    body: `Wir erstatten immer auf die **Zahlungsart, mit der Sie bezahlt haben**.

## Wann wir erstatten
- **Rücksendungen**: innerhalb von 5 Werktagen nach Eingang und Prüfung.
- **Stornierte Bestellungen**: sofort nach Bestätigung der Stornierung.
- **Verlorene Pakete**: sobald der Versanddienstleister den Verlust bestätigt, spätestens 10 Werktage nach Beginn der Nachforschung.
- **Beschädigte oder fehlende Artikel**: am selben Tag, an dem wir Ihre Fotos erhalten, wenn Sie eine Erstattung statt Ersatz wünschen.

## Bis das Geld auf Ihrem Konto ist
| Zahlungsart | Dauer |
| --- | --- |
| PayPal | innerhalb von 24 Stunden |
| Überweisung | 3–5 Werktage |
| Kredit- oder Debitkarte | 5–10 Werktage |

## Status Ihrer Erstattung
Der Status durchläuft drei Schritte: **beantragt** (Rücksendung eingegangen), **genehmigt** (Betrag bestätigt, Auszahlung innerhalb 1 Werktags) und **ausgezahlt**. Steht der Status seit mehr als 10 Werktagen auf „ausgezahlt" und Sie finden das Geld nicht, schicken Sie uns einen Screenshot Ihres Kontoauszugs. Unser Billing-Team fordert dann eine Referenz beim Zahlungsdienstleister an.

Die Standardversandkosten erstatten wir, wenn Sie die komplette Bestellung innerhalb von 14 Tagen widerrufen. Express-Zuschläge werden nicht erstattet.`,
  },
  {
    slug: "shipping-options-and-costs-de",
    title: "Versandarten und Versandkosten nach Land",
    locale: "de",
    tags: ["shipping", "delivery", "costs"],
    intents: ["shipping_options"],
    body: `Wir versenden aus unserem Lager in Tilburg (Niederlande). Die Versandkosten richten sich nach dem Warenwert nach Rabatten.

${shippingTable("de")}

## Gut zu wissen
- Bestellungen, die an Werktagen vor **14:00 Uhr** bezahlt werden, verlassen das Lager am selben Tag; Express-Bestellungen vor **13:00 Uhr**.
- In Deutschland liefert **DHL**. Sie können eine Packstation oder einen DHL-Paketshop als Lieferadresse wählen.
- Im Paketshop liegt Ihr Paket **7 Tage** bereit.
- Die Sendungsnummer erhalten Sie per E-Mail und WhatsApp, sobald das Paket unterwegs ist.`,
  },
  {
    slug: "opening-hours-and-contact-de",
    title: "Öffnungszeiten und Kontakt",
    locale: "de",
    tags: ["contact", "opening-hours"],
    intents: ["opening_hours_contact"],
    body: `Unser WhatsApp-Assistent antwortet **rund um die Uhr**. Unser Team erreichen Sie zu diesen Zeiten (MEZ/MESZ):

| Tag | Zeiten |
| --- | --- |
| Montag bis Freitag | 08:00–18:00 Uhr |
| Samstag | 10:00–14:00 Uhr |
| Sonntag | geschlossen |

Geschlossen an Neujahr, Ostermontag, am 27. April (Königstag in den Niederlanden) sowie am 25. und 26. Dezember. Außerhalb dieser Zeiten hilft Ihnen der Assistent; wird ein Kollege gebraucht, meldet er sich ab der nächsten Öffnungszeit, meist innerhalb von **2 Stunden**.

## Kontakt
- **WhatsApp**: diese Nummer, am schnellsten für alles rund um Bestellungen.
- **E-Mail**: support@northwind.example, Antwort innerhalb von 1 Werktag.
- **Servicezentrum Amsterdam**: Overtoom 141, 1054 HG Amsterdam, nur mit Termin.`,
  },
];
