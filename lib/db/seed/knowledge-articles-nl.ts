import type { ArticleSource } from "./knowledge-article-source";
import { shippingTable } from "./knowledge-shipping-table";

// Dutch versions of the articles customers need most: returns, refunds, shipping, opening hours.

export const DUTCH_ARTICLES: readonly ArticleSource[] = [
  {
    slug: "returns-policy-nl",
    title: "Retourbeleid: 30 dagen bedenktijd",
    locale: "nl",
    tags: ["returns", "policy"],
    intents: ["return_or_exchange", "refund_policy"],
    body: `Je kunt de meeste artikelen binnen **30 dagen na levering** retourneren voor je geld terug of een ruil. De termijn begint op de leverdatum in de track & trace.

## Wat je kunt retourneren
- **Ongebruikte artikelen in de originele verpakking**: volledige terugbetaling.
- **Uitgeprobeerde espressomachines en molens**: als ze schoon, zonder water en bonen en compleet zijn. Komt een machine terug met koffieresten, dan rekenen we €25 schoonmaakkosten.
- **Koffiebonen, papieren filters, waterfilters en reinigingstabletten**: alleen ongeopend.
- **In-ear oordopjes** (Aurel Buds Pro, Buds Lite): alleen met onbeschadigde hygiënesticker, tenzij ze defect zijn.

## Wat een retour kost
| Situatie | Kosten |
| --- | --- |
| Toch niet gewenst, geleverd in Nederland, België, Duitsland of Frankrijk | Gratis retourlabel |
| Toch niet gewenst, geleverd in Spanje, Portugal of Ierland | €5,95, verrekend met de terugbetaling |
| Defect, beschadigd of verkeerd artikel | Altijd gratis |

## Zo retourneer je
1. Stuur ons hier via WhatsApp je ordernummer (begint met **SO-**, bijvoorbeeld SO-104233) en het e-mailadres van de bestelling.
2. Geef aan welke artikelen je terugstuurt en waarom.
3. Je ontvangt binnen een paar minuten een retourlabel per e-mail. Bij een PostNL-punt (Nederland) of bpost-punt (België) kun je ook de QR-code laten scannen in plaats van printen.
4. Lever het pakket binnen **14 dagen** na ontvangst van het label in.
5. We betalen je binnen **5 werkdagen nadat het pakket in ons magazijn in Tilburg is aangekomen** terug.

Bewaar het verzendbewijs tot je het geld hebt ontvangen.`,
  },
  {
    slug: "refund-policy-nl",
    title: "Terugbetalingen: voorwaarden en doorlooptijd",
    locale: "nl",
    tags: ["refunds", "policy", "payments"],
    intents: ["refund_policy", "refund_request", "refund_status"],
    body: `We betalen altijd terug via de **betaalmethode waarmee je hebt betaald**.

## Wanneer we terugbetalen
- **Retouren**: binnen 5 werkdagen nadat je retour is aangekomen en gecontroleerd.
- **Geannuleerde bestellingen**: direct na bevestiging van de annulering.
- **Verloren pakketten**: zodra de vervoerder het verlies bevestigt, uiterlijk 10 werkdagen na het starten van het onderzoek.
- **Beschadigde of ontbrekende artikelen**: dezelfde dag dat we je foto's ontvangen, als je liever je geld terug wilt dan een vervangend artikel.

## Hoe lang het duurt voordat je het geld ziet
| Betaalmethode | Doorlooptijd |
| --- | --- |
| iDEAL | 1–3 werkdagen |
| PayPal | binnen 24 uur |
| Bancontact of creditcard | 5–10 werkdagen |
| Overschrijving | 3–5 werkdagen |

## Status van je terugbetaling
Een terugbetaling doorloopt drie stappen: **aangevraagd** (retour ontvangen), **goedgekeurd** (bedrag bevestigd, uitbetaling binnen 1 werkdag) en **uitbetaald**. Staat de status al meer dan 10 werkdagen op "uitbetaald" en zie je het geld niet, stuur ons dan een screenshot van je afschrift. Ons billing-team vraagt dan een referentie op bij de betaalprovider.

De standaard verzendkosten betalen we terug als je de volledige bestelling binnen 14 dagen retourneert. Expresstoeslagen worden niet terugbetaald.`,
  },
  {
    slug: "shipping-options-and-costs-nl",
    title: "Verzendopties en verzendkosten per land",
    locale: "nl",
    tags: ["shipping", "delivery", "costs"],
    intents: ["shipping_options"],
    body: `We verzenden vanuit ons magazijn in Tilburg. De verzendkosten hangen af van het bedrag van je artikelen na kortingen.

${shippingTable("nl")}

## Goed om te weten
- Bestellingen die op een werkdag vóór **14:00 uur** zijn betaald, gaan dezelfde dag de deur uit; express vóór **13:00 uur**.
- In Nederland bezorgt **PostNL**, in België **bpost**.
- Bij een afhaalpunt ligt je pakket **7 dagen** klaar.
- Je ontvangt de track & trace-code per e-mail en WhatsApp zodra je pakket onderweg is.
- Via de PostNL-app kun je een pakket vaak nog omleiden naar een ander adres of afhaalpunt.`,
  },
  {
    slug: "opening-hours-and-contact-nl",
    title: "Openingstijden en contact",
    locale: "nl",
    tags: ["contact", "opening-hours"],
    intents: ["opening_hours_contact"],
    body: `Onze WhatsApp-assistent antwoordt **24 uur per dag**. Onze medewerkers zijn bereikbaar op:

| Dag | Tijden |
| --- | --- |
| Maandag t/m vrijdag | 08:00–18:00 |
| Zaterdag | 10:00–14:00 |
| Zondag | gesloten |

Gesloten op Nieuwjaarsdag, Tweede Paasdag, Koningsdag (27 april), Eerste en Tweede Kerstdag. Buiten deze tijden helpt de assistent je verder; is een medewerker nodig, dan reageert die vanaf het volgende openingsmoment, meestal binnen **2 uur**.

## Contact
- **WhatsApp**: dit nummer, het snelst voor alles over bestellingen.
- **E-mail**: support@northwind.example, antwoord binnen 1 werkdag.
- **Servicecentrum Amsterdam**: Overtoom 141, 1054 HG Amsterdam, alleen op afspraak.
- **Servicepunt Antwerpen**: Meir 78, 2000 Antwerpen, alleen op afspraak.`,
  },
];
