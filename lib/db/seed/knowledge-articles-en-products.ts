import { WARRANTY_MONTHS } from "./catalog";
import type { ArticleSource } from "./knowledge-article-source";

// English product-support articles: warranty and step-by-step troubleshooting trees the bot walks
// a customer through before it offers a repair.

export const ENGLISH_PRODUCT_ARTICLES: readonly ArticleSource[] = [
  {
    slug: "warranty",
    title: "Warranty and repairs per product category",
    locale: "en",
    tags: ["warranty", "repairs"],
    intents: ["warranty_claim", "missing_or_damaged"],
    body: `On top of the **2-year legal guarantee** that applies in the EU, Northwind Home gives its own warranty from the delivery date:

| Category | Northwind warranty |
| --- | --- |
| Espresso and bean-to-cup machines | ${WARRANTY_MONTHS["espresso-machines"]} months |
| Grinders | ${WARRANTY_MONTHS.grinders} months |
| Kettles | ${WARRANTY_MONTHS.kettles} months |
| Headphones and earbuds | ${WARRANTY_MONTHS.headphones} months (batteries: 12 months for at least 80% capacity) |
| Speakers and soundbars | ${WARRANTY_MONTHS.speakers} months |
| Chargers, cables and power banks | ${WARRANTY_MONTHS.chargers} months |
| Accessories (pitchers, tampers, scales) | ${WARRANTY_MONTHS.accessories} months |
| Coffee beans, filters, descaler | No extra warranty; the legal guarantee covers manufacturing defects |

**Care Plus** subscribers get 24 extra months on machines and grinders and one free service per year. UK customers keep their rights under the Consumer Rights Act 2015 in addition to this warranty.

## Not covered
- Limescale damage because a machine was not descaled (see "Descaling your machine and kettle").
- Drops, water damage, cracked glass and cosmetic wear.
- Commercial use, such as in an office with more than 10 people or a café.
- Repairs by anyone other than Northwind Home or an authorised service partner.

## Making a claim
1. Try the troubleshooting guide for your product first: most problems are solved in 5 minutes.
2. Send us the order number (SO-…), the **serial number** (on the sticker under the drip tray or in the battery compartment) and a short video of the problem.
3. Machines and grinders: we collect them for free and repair them at our service centre in Amsterdam within **10 business days**, or replace them if a repair is not possible. You can borrow a Lumo Compact for the time of the repair.
4. Small items (headphones, chargers, speakers under €100): we replace them straight away.`,
  },
  {
    slug: "espresso-machine-troubleshooting",
    title: "Espresso machine troubleshooting (Barista One, Barista Pro, Lumo)",
    locale: "en",
    tags: ["troubleshooting", "espresso-machines"],
    intents: ["product_troubleshooting"],
    body: `Work through the branch that matches the problem. Stop at any step that solves it.

## A. The machine does not switch on
1. Check that the plug is fully in and try another socket (not a power strip with a switch).
2. Barista One and Pro: the main switch is at the **back left**. Lumo models have only the front button.
3. If the socket works and nothing lights up, **do not open the machine**: request a repair.
4. If the machine trips the fuse or the residual-current breaker: unplug it and do not use it again. This is a safety issue; contact us right away.

## B. It switches on but does not heat
1. Wait: the Barista One needs **8 minutes** to heat up, the Barista Pro **12 minutes**, the Lumo Compact **45 seconds**.
2. Check the water tank: with too little water the heater stays off and the tank light blinks.
3. Barista Pro: check that the brew temperature in the menu is set to **93 °C** and not to "Eco".
4. If the temperature light never stops blinking after 20 minutes, request a repair.

## C. No water or only drops come out
1. Is the pump making noise? If **no**: refill the tank and press it firmly down until it clicks.
2. If **yes**: run the water through the steam wand for 20 seconds to remove an air lock.
3. Remove the portafilter and run the group: if water flows, the grind is too fine. Grind 2 steps coarser.
4. If no water flows without the portafilter either, the machine probably needs **descaling**.

## D. The coffee tastes sour or bitter
- Aim for **18 g of coffee in, 36 g out in 25–30 seconds**.
- Sour and fast (under 20 s): grind finer. Bitter and slow (over 35 s): grind coarser.
- Use beans roasted between 7 days and 6 weeks ago.

## E. Water leaks under the machine
1. Empty the drip tray: the red float shows when it is full.
2. Check that the water tank is seated straight and its valve is clean.
3. Leaks from the group head: replace the **group gasket** (part NW-ACC-GSK, included free under warranty).
4. Any other leak: stop using the machine and request a repair.`,
  },
  {
    slug: "grinder-troubleshooting",
    title: "Grinder troubleshooting (Flat 64, Conical 40, Single-Dose)",
    locale: "en",
    tags: ["troubleshooting", "grinders"],
    intents: ["product_troubleshooting"],
    body: `## A. The motor runs but no coffee comes out
1. Switch off and unplug the grinder.
2. Tap the side of the hopper: beans can form a bridge above the burrs, especially oily dark roasts.
3. Remove the hopper and clear the chute with the brush. **Never** put fingers or tools in the burrs while plugged in.
4. Still nothing: the burrs may be blocked by a stone. Stop and request a repair; this is covered by the warranty.

## B. The grinder stops during grinding
- The motor has **thermal protection**: after about 3 minutes of continuous grinding it switches off. Let it cool for **20 minutes**.
- If it stops after a few seconds every time, check the hopper lock: the Flat 64 only runs when the hopper is turned fully clockwise.

## C. The grind is uneven or the shot runs too fast at the finest setting
1. **Recalibrate the zero point**: turn to the finest setting while the grinder runs empty until you hear the burrs touch lightly, then go back 3 steps. This is setting 0.
2. Espresso usually sits between **setting 8 and 14** on the Flat 64 and between **5 and 10** on the Conical 40.
3. Burrs last about **500 kg** of coffee. Replacement burr sets are available.

## D. Static and clumps
- Add one drop of water to the beans and stir before grinding (the "RDT" trick).
- Single-Dose: knock the bellows twice after grinding to clear retained coffee (about 0.2 g).

Free **grinder calibration** appointments are available at our Amsterdam and Antwerp service points.`,
  },
  {
    slug: "headphones-pairing",
    title: "Pairing and connection problems with Aurel headphones and earbuds",
    locale: "en",
    tags: ["troubleshooting", "headphones", "bluetooth"],
    intents: ["product_troubleshooting"],
    body: `## A. Pairing for the first time
- **Aurel ANC 700**: switch off, then hold the power button for **5 seconds** until the LED flashes blue and red.
- **Aurel Buds Pro / Buds Lite**: put both earbuds in the case, open the lid and hold the button on the back of the case for **3 seconds** until the light blinks white.
- Select "Aurel ANC 700" or "Aurel Buds" in the Bluetooth settings of your phone.

## B. They do not show up or do not connect
1. In your phone's Bluetooth settings, choose **Forget this device** for every Aurel entry.
2. Switch Bluetooth off and on again on the phone.
3. Put the headphones back into pairing mode (step A).
4. Connected to a laptop as well? The ANC 700 connects to **two devices** at once; a third device takes over the oldest connection.

## C. One earbud does not play
1. Put both earbuds in the case for 10 seconds and clean the charging contacts with a dry cotton bud.
2. Reset the earbuds: hold the case button for **10 seconds** until the light blinks amber three times, then pair again.

## D. Poor sound, dropouts or microphone problems
- Install the latest firmware with the **Aurel Connect** app (Settings → Firmware). Version 2.4 fixes dropouts on some Android phones.
- Keep the phone on the same side of the body as the left earbud, which is the primary one.

## E. Battery
- ANC 700: 30 hours with noise cancelling, full charge in 2 hours; 10 minutes of charging gives 5 hours.
- Buds Pro: 7 hours per charge plus 21 hours in the case.
- If the battery lasts less than 60% of this after fewer than 12 months, it is covered by the warranty.`,
  },
  {
    slug: "descaling",
    title: "Descaling your machine and kettle",
    locale: "en",
    tags: ["maintenance", "espresso-machines", "kettles"],
    intents: ["product_troubleshooting"],
    body: `Limescale is the most common cause of machine problems, and damage from not descaling is not covered by the warranty.

## How often
| Water hardness | Espresso machine | Kettle |
| --- | --- | --- |
| Soft (under 8 °dH) | every 4 months | every 3 months |
| Medium (8–14 °dH) | every 2 months | every 6 weeks |
| Hard (over 14 °dH) | every month | every month |

Using a **water filter cartridge** (replace every 2 months) halves the descaling frequency.

## Descaling an espresso machine
1. Empty the water tank and remove the water filter.
2. Mix **one dose (250 ml) of Northwind descaler with 750 ml of water** in the tank.
3. Barista One and Pro: hold the **1-cup and 2-cup buttons for 5 seconds** to start the programme. Lumo: choose Menu → Maintenance → Descale.
4. Place a 1-litre container under the group and the steam wand. The programme takes about **25 minutes**.
5. Rinse the tank and run **two full tanks of clean water** through the machine.

## Descaling a kettle
Fill with 500 ml of water and 100 ml of descaler or white vinegar, bring to the boil, leave for 30 minutes, then rinse and boil clean water twice.`,
  },
  {
    slug: "coffee-beans-freshness",
    title: "Coffee beans: roast dates, storage and grind settings",
    locale: "en",
    tags: ["coffee-beans", "products"],
    intents: [],
    body: `All our beans are roasted in Utrecht every Tuesday and Thursday and shipped within **5 days of roasting**.

## Roast date and freshness
- The roast date is printed on the back of the bag.
- Espresso beans are best **7 days to 6 weeks** after roasting; filter beans from **4 days to 8 weeks**.
- Unopened bags keep for up to 6 months but lose aroma after 3.

## Storage
- Keep beans in the original bag (it has a one-way valve) or an airtight container, away from light and heat.
- Do not store beans in the fridge. Freezing is fine for unopened bags; let them reach room temperature before opening.

## Starting points
| Beans | Method | Recipe |
| --- | --- | --- |
| House Blend, Colombia Huila, Brazil Cerrado | Espresso | 18 g in, 36 g out, 25–30 s |
| Ethiopia Yirgacheffe, Kenya AA | Pour-over | 15 g coffee, 250 g water at 94 °C, 3 minutes |
| Decaf Swiss Water | Either | as above, grind 1 step finer |

Unhappy with the taste of a bag? We replace one opened bag per order with another coffee of your choice.`,
  },
];
