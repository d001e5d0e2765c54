import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { conversations } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { mutateConversation } from "./mutate-conversation";

const LIVE_KEY = "conversations_one_live_key";

// Brings a resolved conversation back to the open queues. A customer has one live conversation per
// number, so when they have written since (a newer live conversation exists) the person is sent
// there instead of meeting a database error.
export async function reopenConversation(db: Db, input: { conversationId: string; userId: string; expectedVersion?: number }): Promise<{ version: number }> {
  try {
    const outcome = await mutateConversation(db, {
      conversationId: input.conversationId,
      expectedVersion: input.expectedVersion,
      actor: { type: "user", id: input.userId },
      action: "reopened",
      apply: async ({ tx, conversation }) => {
        if (conversation.status !== "resolved") throw new AppError("conflict:api", "This conversation is not resolved.");
        const [live] = await tx
          .select({ id: conversations.id })
          .from(conversations)
          .where(and(eq(conversations.inboxId, conversation.inboxId), eq(conversations.contactId, conversation.contactId), ne(conversations.status, "resolved"), ne(conversations.id, conversation.id)))
          .limit(1);
        if (live) throw liveConflict(live.id);
        return { patch: { status: "open", resolvedAt: null }, result: null };
      },
    });
    return { version: outcome.version };
  } catch (error) {
    // A conversation opened by a webhook between the check and the update hits the unique index.
    if (violates(error, LIVE_KEY)) throw liveConflict(null);
    throw error;
  }
}

function liveConflict(liveConversationId: string | null): AppError {
  return new AppError("conflict:api", "This customer already has an open conversation on this number. Continue there instead of reopening this one.", {
    details: { reason: "live_conversation_exists", liveConversationId },
  });
}

// Drivers wrap the database error differently (postgres.js directly, drizzle as `cause`).
function violates(error: unknown, constraint: string): boolean {
  let current = error;
  for (let depth = 0; depth < 4 && typeof current === "object" && current !== null; depth++) {
    const record = current as { code?: unknown; constraint?: unknown; constraint_name?: unknown; message?: unknown; cause?: unknown };
    if (record.code === "23505" && [record.constraint, record.constraint_name].includes(constraint)) return true;
    if (record.code === "23505" && String(record.message).includes(constraint)) return true;
    current = record.cause;
  }
  return false;
}
