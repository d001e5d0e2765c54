import { z } from "zod";

// Successful answers of POST /{phone-number-id}/messages (shared/whatsapp/cloud-api.md §4.2, §4.8).
// A 200 means "accepted", not "delivered": failures such as 131047 or 131026 arrive later as a
// `failed` status webhook.

// Template sends may add a pacing status; anything else Meta adds later still parses.
export const sentMessageStatusSchema = z.enum(["accepted", "held_for_quality_assessment"]);

export const sendMessageResponseSchema = z.looseObject({
  messaging_product: z.literal("whatsapp"),
  // `input` echoes our `to`; `wa_id` is what Meta resolved it to (BSUID sends carry `user_id` instead).
  contacts: z.array(z.looseObject({ input: z.string(), wa_id: z.string().optional(), user_id: z.string().optional() })),
  messages: z.array(z.looseObject({ id: z.string().min(1), message_status: z.string().optional() })).min(1),
});
export type SendMessageResponse = z.infer<typeof sendMessageResponseSchema>;

// Mark-as-read, typing indicator, media delete.
export const successResponseSchema = z.looseObject({ success: z.boolean() });
export type SuccessResponse = z.infer<typeof successResponseSchema>;
