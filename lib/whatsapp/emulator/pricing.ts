import type { MessageTemplate } from "@/lib/whatsapp/cloud-api/message-template";
import type { MessageStatus } from "@/lib/whatsapp/webhook/schema";

export type Pricing = NonNullable<MessageStatus["pricing"]>;

// The v24+ `pricing` object of status webhooks (shared/whatsapp/cloud-api.md §3.4, §6.2): per-message
// pricing; free-form replies inside the window are free "service" messages, utility templates inside
// an open window are free too, everything else is a regular billable message of its category.
export function pricingFor(template: MessageTemplate | null, windowOpen: boolean): Pricing {
  if (!template) return { billable: false, pricing_model: "PMP", type: "free_customer_service", category: "service" };
  const category = template.category.toLowerCase();
  if (template.category === "UTILITY" && windowOpen) {
    return { billable: false, pricing_model: "PMP", type: "free_customer_service", category };
  }
  return { billable: true, pricing_model: "PMP", type: "regular", category };
}
