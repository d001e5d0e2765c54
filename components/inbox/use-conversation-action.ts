"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import type { ConversationDetail } from "@/lib/conversation/console-types";
import type { ConversationAction } from "@/lib/validation/conversations";
import { ConsoleApiError, consoleApi, consoleKeys } from "./console-api";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type ActionInput = DistributiveOmit<ConversationAction, "expectedVersion">;

const SUCCESS: Record<ActionInput["action"], string> = {
  take_over: "You own this conversation now. The assistant is silent.",
  hand_back: "Handed back to the assistant.",
  assign: "Assignment saved.",
  resolve: "Conversation resolved.",
  reopen: "Conversation reopened.",
  snooze: "Snoozed.",
  set_priority: "Priority saved.",
  set_labels: "Labels saved.",
};

/**
 * Runs an action on the open conversation with the version the agent is looking at. When someone
 * else acted first the server refuses with a conflict: the agent sees who did what, and the view
 * reloads the latest state instead of silently overwriting it.
 */
export function useConversationAction(detail: ConversationDetail | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ActionInput) => {
      if (!detail) throw new ConsoleApiError("The conversation is still loading.", "loading", 0);
      return consoleApi.act(detail.conversation.id, { ...input, expectedVersion: detail.conversation.version } as ConversationAction);
    },
    onSuccess: (result, input) => {
      if (!detail) return;
      const id = detail.conversation.id;
      queryClient.setQueryData<ConversationDetail>(consoleKeys.detail(id), (current) =>
        current && { ...current, conversation: { ...current.conversation, version: Math.max(current.conversation.version, result.version) } },
      );
      void queryClient.invalidateQueries({ queryKey: consoleKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: consoleKeys.lists() });
      toast.success(SUCCESS[input.action]);
    },
    onError: (error) => {
      const message = error instanceof Error ? error.message : "The action failed.";
      if (error instanceof ConsoleApiError && error.isConflict) {
        toast.error(message, { id: "conversation-conflict" });
        if (detail) void queryClient.invalidateQueries({ queryKey: consoleKeys.detail(detail.conversation.id) });
        void queryClient.invalidateQueries({ queryKey: consoleKeys.lists() });
        return;
      }
      toast.error(message);
    },
  });
}
