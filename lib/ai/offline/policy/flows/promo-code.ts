import { promoCodeViewSchema } from "@/lib/agent/tools/tool-data";
import { callTools, latestResult, reply, resultData, talkToPersonButton, type FlowContext } from "../flow-context";
import { countryName, formatDay, formatMoney } from "../locale-format";
import type { OfflineStep } from "../types";

// Promo amounts are in the shop's currency.
const PROMO_CURRENCY = "EUR";

// Promo code: which code (asked once) → the check (with the order total when they named one) → valid
// and what it gives, or why not.
export function promoCodeFlow(ctx: FlowContext): OfflineStep {
  const code = ctx.slots.promoCode;
  const { phrases, lang } = ctx;
  if (!code) return reply(ctx, phrases.askPromoCode, { awaiting: "promo_code" });

  const looked = latestResult(ctx, "check_promo_code", { code });
  const total = Number(ctx.slots.amountCents);
  const orderTotalCents = Number.isInteger(total) && total >= 0 ? total : undefined;
  if (!looked) return callTools({ toolName: "check_promo_code", input: { code, ...(orderTotalCents !== undefined ? { orderTotalCents } : {}) } });
  const check = resultData(looked, promoCodeViewSchema);
  if (!check) return reply(ctx, phrases.invalidRequest, { buttons: [talkToPersonButton(ctx)] });

  const money = (cents: number) => formatMoney(cents, PROMO_CURRENCY, lang);
  const options = { endFlow: true, forget: ["promoCode"] as const };
  if (check.valid) {
    const discount = check.percentOff !== null ? phrases.percentOff(check.percentOff) : phrases.amountOff(money(check.amountOffCents ?? 0));
    const minimum = check.minOrderCents > 0 ? money(check.minOrderCents) : null;
    const onThisOrder = check.discountCents !== null && check.discountCents > 0 ? ` ${phrases.promoOnThisOrder(money(check.discountCents))}` : "";
    return reply(ctx, `${phrases.promoValid(check.code, discount, formatDay(check.validUntil, lang), minimum)}${onThisOrder}`, options);
  }
  switch (check.problem) {
    case "unknown_code":
    case "inactive":
      return reply(ctx, phrases.promoUnknown(check.code), { ...options, awaiting: "promo_code", endFlow: false });
    case "not_started":
      return reply(ctx, phrases.promoNotStarted(check.code, check.validFrom ? formatDay(check.validFrom, lang) : "—"), options);
    case "expired":
      return reply(ctx, phrases.promoExpired(check.code, check.validUntil ? formatDay(check.validUntil, lang) : "—"), options);
    case "not_valid_in_country":
      return reply(ctx, phrases.promoWrongCountry(check.code, (check.regions ?? []).map((region) => countryName(region, lang)).join(", ")), options);
    case "below_minimum":
      return reply(ctx, phrases.promoBelowMinimum(check.code, money(check.minOrderCents ?? 0)), options);
  }
}
