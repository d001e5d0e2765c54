import type { shopCustomers } from "@/lib/db/schema";
import { mobileNumber, postcodeFor, streetLine } from "./addresses";
import { DAY, type Clock } from "./clock";
import { CUSTOMER_PROFILES, EMAIL_DOMAINS, type ShopCountry } from "./country-data";
import { deterministicUuid, type Rng } from "./random";

// The demo shop's customers: local names and addresses, WhatsApp-ready phone numbers, unique emails.

export type ShopCustomerRow = typeof shopCustomers.$inferInsert & {
  id: string;
  country: ShopCountry;
  createdAt: Date;
};

export function buildCustomers(rng: Rng, clock: Clock): ShopCustomerRow[] {
  const profiles = rng.shuffle(CUSTOMER_PROFILES.flatMap((profile) => Array.from({ length: profile.customers }, () => profile)));
  const usedEmails = new Set<string>();
  const usedPhones = new Set<string>();

  return profiles.map((profile) => {
    const firstName = rng.pick(profile.firstNames);
    const lastName = rng.pick(profile.lastNames);
    const city = rng.pick(profile.cities);
    let phone = mobileNumber(profile.country, rng);
    while (usedPhones.has(phone)) phone = mobileNumber(profile.country, rng);
    usedPhones.add(phone);
    const email = uniqueEmail(firstName, lastName, rng, usedEmails);
    return {
      id: deterministicUuid(rng),
      email,
      name: `${firstName} ${lastName}`,
      phone,
      country: profile.country,
      language: profile.language,
      tier: rng.weighted([["standard", 72], ["plus", 20], ["vip", 8]] as const),
      addressLine: streetLine(profile.country, profile.language, rng.pick(profile.streets), rng),
      city: city.name,
      postcode: postcodeFor(profile.country, city, rng),
      // Every customer account predates the 180 days of order history.
      createdAt: clock.minutesAgo(rng.int(185, 1100) * DAY + rng.int(0, DAY - 1)),
    };
  });
}

export function firstNameOf(customer: { name: string }): string {
  return customer.name.split(" ")[0] ?? customer.name;
}

function uniqueEmail(firstName: string, lastName: string, rng: Rng, used: Set<string>): string {
  const first = asciiLocalPart(firstName);
  const last = asciiLocalPart(lastName);
  const localPart = rng.weighted([
    [`${first}.${last}`, 6],
    [`${first.charAt(0)}${last}`, 2],
    [`${first}${last}${rng.int(70, 99)}`, 1],
    [`${last}.${first}`, 1],
  ] as const);
  const domain = rng.pick(EMAIL_DOMAINS);
  let email = `${localPart}@${domain}`;
  for (let suffix = 2; used.has(email); suffix++) email = `${localPart}${suffix}@${domain}`;
  used.add(email);
  return email;
}

// "Élodie" → "elodie", "van den Berg" → "vandenberg", "O'Brien" → "obrien".
function asciiLocalPart(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
