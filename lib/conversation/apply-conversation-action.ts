import type { Db } from "@/lib/db/client";
import type { ConversationAction } from "@/lib/validation/conversations";
import { assignConversation } from "./assign-conversation";
import { handBackToBot } from "./hand-back-to-bot";
import { reopenConversation } from "./reopen-conversation";
import { resolveConversation } from "./resolve-conversation";
import { setConversationLabels } from "./set-conversation-labels";
import { setConversationPriority } from "./set-conversation-priority";
import { snoozeConversation } from "./snooze-conversation";
import { takeOverConversation } from "./take-over-conversation";

// One entry point for the console's action bar; the switch is exhaustive, so a new action in the
// schema does not compile until it is handled here.
export async function applyConversationAction(db: Db, input: { conversationId: string; userId: string; action: ConversationAction }): Promise<{ version: number }> {
  const { action } = input;
  const base = { conversationId: input.conversationId, userId: input.userId, expectedVersion: action.expectedVersion };
  switch (action.action) {
    case "take_over":
      return takeOverConversation(db, base);
    case "hand_back":
      return handBackToBot(db, base);
    case "assign":
      return assignConversation(db, { ...base, assigneeId: action.assigneeId, teamId: action.teamId });
    case "resolve":
      return resolveConversation(db, base);
    case "reopen":
      return reopenConversation(db, base);
    case "snooze":
      return snoozeConversation(db, { ...base, until: action.until });
    case "set_priority":
      return setConversationPriority(db, { ...base, priority: action.priority });
    case "set_labels":
      return setConversationLabels(db, { ...base, labels: action.labels });
    default:
      return unreachable(action);
  }
}

function unreachable(action: never): never {
  throw new Error(`unhandled conversation action ${JSON.stringify(action)}`);
}
