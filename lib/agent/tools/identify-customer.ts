import type { Customer } from "@/lib/agent/connectors/schemas";
import type { ToolInput } from "@/lib/agent/tool-catalogue";
import { guardConnector } from "./guard-connector";
import { maskEmail } from "./mask-personal-data";
import type { ToolContext } from "./tool-context";
import type { IdentifiedCustomer } from "./tool-data";
import { failed, succeeded, type ToolOutcome } from "./tool-outcome";

// Never says which detail was wrong: that would let someone probe e-mails or postcodes one by one.
const NOT_VERIFIED = "I couldn't verify those details. Please check the e-mail address, or the order number and its delivery postcode.";

// Checks who the customer is when their WhatsApp number is not on file: by the e-mail address they
// order with (the whole address, not a prefix), or by an order number with its delivery postcode.
// When both are given, both must point to the same customer. Returns the customer id for the runner
// to keep in the conversation's scope; the tool itself changes nothing.
export async function identifyCustomer(input: ToolInput<"identify_customer">, ctx: ToolContext): Promise<ToolOutcome<IdentifiedCustomer>> {
  const email = input.email?.trim();
  const byOrder = input.orderNumber && input.postcode ? { orderNumber: input.orderNumber, postcode: normalizePostcode(input.postcode) } : null;
  if (!email && !byOrder) {
    return failed("invalid", "To check who you are I need the e-mail address you order with, or an order number together with its delivery postcode.");
  }

  return guardConnector("identify_customer", "account", async () => {
    const found: Customer[] = [];
    if (email) {
      const customer = await ctx.connectors.customers.findCustomerByEmail(email);
      if (!customer || customer.email === null || customer.email.trim().toLowerCase() !== email.toLowerCase()) return failed("not_found", NOT_VERIFIED);
      found.push(customer);
    }
    if (byOrder) {
      const customer = await ctx.connectors.customers.verifyByOrderAndPostcode(byOrder.orderNumber, byOrder.postcode);
      if (!customer) return failed("not_found", NOT_VERIFIED);
      found.push(customer);
    }
    const [customer] = found;
    if (!customer || found.some((other) => other.customerId !== customer.customerId)) return failed("not_found", NOT_VERIFIED);

    const by = email ? "email" : "order_postcode";
    const detail = email ? `the e-mail address ${maskEmail(email)}` : `order ${byOrder?.orderNumber} and its postcode`;
    return succeeded(
      {
        customerId: customer.customerId,
        by,
        name: customer.name.trim().split(/\s+/)[0] ?? customer.name,
        language: customer.language,
        country: customer.country,
        tier: customer.tier,
      },
      [`Identity verified with ${detail}.`],
    );
  });
}

// Customers type postcodes any way ("1054hg", " sw1a  1aa "): upper case, single spaces, and the
// Dutch "1234AB" form spaced as stored ("1234 AB"). Connectors compare without spaces as well.
function normalizePostcode(postcode: string): string {
  const compact = postcode.trim().toUpperCase().replace(/\s+/g, " ");
  const dutch = /^(\d{4})\s?([A-Z]{2})$/.exec(compact);
  return dutch ? `${dutch[1]} ${dutch[2]}` : compact;
}
