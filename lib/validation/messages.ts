import { z } from "zod";
import { outboundContentSchema } from "@/lib/channel/outbound/outbound-content";

export const sendMessageBodySchema = z.object({
  content: outboundContentSchema,
  replyToWaMessageId: z.string().min(1).optional(),
});
export type SendMessageBody = z.infer<typeof sendMessageBodySchema>;

export const conversationIdSchema = z.string().uuid("Not a conversation id.");
