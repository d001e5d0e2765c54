import { z } from "zod";
import { LANGUAGES, PRIORITIES } from "@/lib/db/enums";

// Inbox queues, in the order the console shows them.
export const CONVERSATION_QUEUES = ["needs_human", "mine", "unassigned", "bot", "snoozed", "resolved", "all"] as const;
export const conversationQueueSchema = z.enum(CONVERSATION_QUEUES);
export type ConversationQueue = z.infer<typeof conversationQueueSchema>;

const optionalText = (max: number) => z.string().trim().max(max).optional().transform((value) => (value ? value : undefined));

export const listConversationsQuerySchema = z.object({
  queue: conversationQueueSchema.default("all"),
  inboxId: z.uuid("Not an inbox id.").optional(),
  teamId: z.uuid("Not a team id.").optional(),
  label: optionalText(40),
  language: z.enum(LANGUAGES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  intent: optionalText(60),
  // Full-text search over what was said and over the customer's name, number and e-mail.
  q: optionalText(200),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type ListConversationsQuery = z.infer<typeof listConversationsQuerySchema>;
export type ConversationFilters = Partial<Omit<ListConversationsQuery, "queue" | "limit">>;

const LABEL = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "A label cannot be empty.")
  .max(40, "Labels are at most 40 characters.")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, "Labels use letters, digits, spaces, - and _.");

const MAX_SNOOZE_MS = 30 * 24 * 3600_000;

// Every action a person takes on a conversation. `expectedVersion` is the version the person saw:
// if someone else changed the conversation since, the action is refused with a conflict.
const versioned = { expectedVersion: z.number().int().min(1) };
export const conversationActionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("take_over"), ...versioned }),
  z.object({ action: z.literal("hand_back"), ...versioned }),
  z.object({
    action: z.literal("assign"),
    ...versioned,
    // null leaves it unassigned (in the team's queue).
    assigneeId: z.uuid("Not a user id.").nullable(),
    teamId: z.uuid("Not a team id.").nullable().optional(),
  }),
  z.object({ action: z.literal("resolve"), ...versioned }),
  z.object({ action: z.literal("reopen"), ...versioned }),
  z.object({
    action: z.literal("snooze"),
    ...versioned,
    until: z.coerce
      .date({ error: "Pick when the conversation should come back." })
      .refine((date) => date.getTime() > Date.now(), "Snooze until a time in the future.")
      .refine((date) => date.getTime() <= Date.now() + MAX_SNOOZE_MS, "Snooze for at most 30 days."),
  }),
  z.object({ action: z.literal("set_priority"), ...versioned, priority: z.enum(PRIORITIES) }),
  z.object({ action: z.literal("set_labels"), ...versioned, labels: z.array(LABEL).max(20, "At most 20 labels.") }),
]);
export type ConversationAction = z.infer<typeof conversationActionSchema>;
export type ConversationActionName = ConversationAction["action"];

export const addNoteBodySchema = z.object({
  body: z.string().trim().min(1, "Write the note first.").max(4000, "Notes are at most 4,000 characters."),
  mentionedUserIds: z.array(z.uuid()).max(20).default([]),
});
export type AddNoteBody = z.infer<typeof addNoteBodySchema>;

export const presenceBodySchema = z.object({ presence: z.enum(["online", "away"]) });
