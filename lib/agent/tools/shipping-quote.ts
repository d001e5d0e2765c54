import type { ToolInput } from "@/lib/agent/tool-catalogue";
import { factMoney } from "./fact-format";
import { guardConnector } from "./guard-connector";
import type { ToolContext } from "./tool-context";
import type { ShippingQuoteView } from "./tool-data";
import { succeeded, type ToolOutcome } from "./tool-outcome";

// Shipping methods, prices and delivery times for a country; public information, no identity needed.
export async function shippingQuote(input: ToolInput<"shipping_quote">, ctx: ToolContext): Promise<ToolOutcome<ShippingQuoteView>> {
  const country = input.country.toUpperCase();
  return guardConnector("shipping_quote", "shipping", async () => {
    const quote = await ctx.connectors.orders.shippingQuote(country, input.method, input.orderTotalCents);
    const facts =
      quote.options.length === 0
        ? [`We don't deliver to ${country}${input.method ? ` by ${input.method}` : ""}.`]
        : quote.options.map((option) => {
            const price = option.free ? "free" : factMoney(option.priceCents, option.currency);
            const freeAbove = !option.free && option.freeAboveCents !== null ? `, free above ${factMoney(option.freeAboveCents, option.currency)}` : "";
            return `${option.method} to ${country}: ${price}${freeAbove}, ${option.minDays}-${option.maxDays} business days.`;
          });
    return succeeded({ country: quote.country, orderTotalCents: quote.orderTotalCents, options: quote.options }, facts);
  });
}
