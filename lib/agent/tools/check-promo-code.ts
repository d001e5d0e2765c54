import type { ToolInput } from "@/lib/agent/tool-catalogue";
import { countryOfPhone } from "./country-of-phone";
import { factDay, factMoney } from "./fact-format";
import { guardConnector } from "./guard-connector";
import type { ToolContext } from "./tool-context";
import type { PromoCodeView } from "./tool-data";
import { failed, succeeded, type ToolOutcome } from "./tool-outcome";

// Promo amounts are in the shop's currency.
const PROMO_CURRENCY = "EUR";

// Whether a promo code works for this customer's country (and order total, when given). A code that
// doesn't work is still a successful check: the answer says why.
export async function checkPromoCode(input: ToolInput<"check_promo_code">, ctx: ToolContext): Promise<ToolOutcome<PromoCodeView>> {
  const country = ctx.scope.country ?? countryOfPhone(ctx.scope.waId);
  if (!country) return failed("invalid", "Which country is the order for? Promo codes depend on the country.");
  const code = input.code.trim().toUpperCase();

  return guardConnector("check_promo_code", "promotions", async () => {
    const check = await ctx.connectors.orders.checkPromoCode(code, country, input.orderTotalCents);
    if (check.ok) {
      const view: PromoCodeView = {
        valid: true,
        code: check.code,
        description: check.description,
        percentOff: check.percentOff,
        amountOffCents: check.amountOffCents,
        minOrderCents: check.minOrderCents,
        validUntil: check.validUntil,
        discountCents: check.discountCents,
      };
      const discount = check.discountCents !== null ? ` It takes ${factMoney(check.discountCents, PROMO_CURRENCY)} off this order.` : "";
      return succeeded(view, [`Code ${check.code} is valid until ${factDay(check.validUntil)}: ${check.description}.${discount}`]);
    }
    switch (check.reason) {
      case "unknown_code":
      case "inactive":
        return succeeded<PromoCodeView>({ valid: false, code, problem: check.reason }, [`Code ${code} is not a valid code.`]);
      case "not_started":
        return succeeded<PromoCodeView>({ valid: false, code, problem: "not_started", validFrom: check.validFrom }, [`Code ${code} starts on ${factDay(check.validFrom)}.`]);
      case "expired":
        return succeeded<PromoCodeView>({ valid: false, code, problem: "expired", validUntil: check.validUntil }, [`Code ${code} expired on ${factDay(check.validUntil)}.`]);
      case "not_valid_in_country":
        return succeeded<PromoCodeView>({ valid: false, code, problem: "not_valid_in_country", regions: check.regions }, [`Code ${code} is only valid in ${check.regions.join(", ")}.`]);
      case "below_minimum":
        return succeeded<PromoCodeView>({ valid: false, code, problem: "below_minimum", minOrderCents: check.minOrderCents }, [
          `Code ${code} needs an order of at least ${factMoney(check.minOrderCents, PROMO_CURRENCY)}.`,
        ]);
    }
  });
}
