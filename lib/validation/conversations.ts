import { z } from "zod";

export const conversationQueueSchema = z.enum(["needs_human", "bot", "resolved", "all"]);

export const listConversationsQuerySchema = z.object({
  queue: conversationQueueSchema.default("all"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
