import type { WebhookErrorDetail } from "./events";
import type { WebhookError } from "./schema";

// Meta puts the actionable reason in error_data.details; the title is documentation, so when it is
// missing we fall back to the message rather than invent one.
export function normalizeWebhookError(error: WebhookError): WebhookErrorDetail {
  const detail: WebhookErrorDetail = { code: error.code, title: error.title ?? error.message ?? "" };
  if (error.message !== undefined) detail.message = error.message;
  if (error.error_data?.details !== undefined) detail.details = error.error_data.details;
  return detail;
}
