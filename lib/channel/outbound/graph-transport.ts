import { GraphApiError } from "@/lib/whatsapp/cloud-api/graph-errors";
import type { GraphApiClient } from "../graph-api-client";
import { SendFailure, type SendTransport } from "./transport";

// The outbox's transport over the Cloud API: API answers become SendFailures that say whether a
// retry can succeed; fetch's own errors pass through for network classification.
export function graphSendTransport(client: GraphApiClient): SendTransport {
  return {
    async send(phoneNumberId, request) {
      try {
        return await client.sendMessage(phoneNumberId, request);
      } catch (error) {
        if (error instanceof GraphApiError) {
          throw new SendFailure(error.message, {
            code: error.code,
            title: error.details ? `${error.title}: ${error.details}` : error.title,
            retryable: error.retryable,
            retryAfterMs: error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : undefined,
          });
        }
        throw error;
      }
    },
  };
}
