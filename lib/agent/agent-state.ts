import { z } from "zod";
import { LANGUAGES } from "@/lib/db/schema";

// The assistant's memory within one episode of a conversation, stored on the conversation as JSON
// and validated on every read (an unreadable state starts a fresh episode instead of failing).
export const agentStateSchema = z.object({
  episode: z.number().int().min(1).default(1),
  language: z.enum(LANGUAGES).nullable().default(null),
  disclosed: z.boolean().default(false),
  verified: z
    .object({ customerId: z.string().uuid(), by: z.enum(["phone", "email", "order_postcode"]), name: z.string().optional() })
    .nullable()
    .default(null),
  activeIntent: z.string().nullable().default(null),
  slots: z.record(z.string(), z.string()).default({}),
  awaiting: z.string().nullable().default(null),
  clarificationsAsked: z.number().int().min(0).default(0),
  failedLookups: z.number().int().min(0).default(0),
  negativeStreak: z.number().int().min(0).default(0),
  // The day (YYYY-MM-DD) the after-hours notice was last given: once a day is enough.
  afterHoursNoticeOn: z.string().nullable().default(null),
  // A change the customer has to confirm: the paused model exchange is kept so the same tool call
  // runs after "yes", and nothing else can run it.
  pendingApproval: z
    .object({
      approvalId: z.string(),
      toolCallId: z.string(),
      toolName: z.string(),
      input: z.record(z.string(), z.unknown()),
      idempotencyKey: z.string(),
      responseMessages: z.array(z.unknown()),
      promptMessages: z.array(z.unknown()),
      askedAt: z.string(),
    })
    .nullable()
    .default(null),
});

export type AgentState = z.infer<typeof agentStateSchema>;

export function readAgentState(raw: unknown): AgentState {
  const parsed = agentStateSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : agentStateSchema.parse({});
}

export function freshEpisode(previous: AgentState): AgentState {
  return agentStateSchema.parse({ episode: previous.episode + 1, language: previous.language, disclosed: previous.disclosed });
}
