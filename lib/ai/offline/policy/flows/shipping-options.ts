import { shippingQuoteViewSchema } from "@/lib/agent/tools/tool-data";
import { callTools, latestResult, reply, resultData, type FlowContext } from "../flow-context";
import { countryName, formatMoney } from "../locale-format";
import type { OfflineStep } from "../types";
import { knowledgeAnswer } from "./knowledge-answer";

// Delivery options: live prices for the country the customer named (or the runner knows from their
// profile, as slot "country"); without a country, the shipping article answers.
export function shippingOptionsFlow(ctx: FlowContext): OfflineStep {
  const country = ctx.slots.country;
  if (!country) return knowledgeAnswer(ctx);
  const looked = latestResult(ctx, "shipping_quote", { country });
  if (!looked) return callTools({ toolName: "shipping_quote", input: { country } });
  const quote = resultData(looked, shippingQuoteViewSchema);
  if (!quote) return knowledgeAnswer(ctx);

  const { phrases, lang } = ctx;
  const name = countryName(country, lang);
  if (quote.options.length === 0) return reply(ctx, phrases.noShipping(name), { endFlow: true });
  const lines = quote.options.map((option) =>
    phrases.shippingOption(
      phrases.shippingMethods[option.method] ?? option.method,
      option.free ? phrases.free : formatMoney(option.priceCents, option.currency, lang),
      option.minDays,
      option.maxDays,
      !option.free && option.freeAboveCents !== null ? formatMoney(option.freeAboveCents, option.currency, lang) : null,
    ),
  );
  return reply(ctx, [phrases.shippingIntro(name), ...lines].join("\n"), { endFlow: true });
}
