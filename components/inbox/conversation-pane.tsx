"use client";

import * as React from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { MessageList } from "@/components/conversation/message-list";
import { Skeleton } from "@/components/ui/skeleton";
import type { OutboundContent } from "@/lib/channel/outbound/outbound-content";
import type { ConversationDetail, Directory } from "@/lib/conversation/console-types";
import { consoleApi, consoleKeys } from "./console-api";
import { Composer } from "./composer";
import { ConversationHeader } from "./conversation-header";
import { useRealtime } from "./realtime-provider";
import type { ActionInput } from "./use-conversation-action";

export type ConversationPaneProps = {
  detail: ConversationDetail | undefined;
  detailError: string | null;
  currentUser: { id: string; name: string };
  directory: Directory | undefined;
  actionPending: boolean;
  onAction: (input: ActionInput) => void;
  onBack: () => void;
  onToggleContext: () => void;
  textareaRef: React.RefObject<HTMLTextAreaElement | null>;
};

/** The open conversation: header with owner and actions, the transcript, and the composer. */
export function ConversationPane({ detail, detailError, currentUser, directory, actionPending, onAction, onBack, onToggleContext, textareaRef }: ConversationPaneProps) {
  const queryClient = useQueryClient();
  const realtime = useRealtime();
  const id = detail?.conversation.id ?? null;
  const messages = useQuery({ queryKey: consoleKeys.messages(id ?? "none"), queryFn: () => consoleApi.messages(id!), enabled: id !== null });
  const bottom = React.useRef<HTMLDivElement>(null);
  const lastTyping = React.useRef(0);

  // Keep the newest message in view as messages arrive.
  React.useEffect(() => {
    bottom.current?.scrollIntoView({ block: "end" });
  }, [messages.data?.length, id]);

  if (detailError) {
    return (
      <p role="alert" className="m-6 rounded-md border border-destructive/40 bg-destructive/10 p-4 text-sm text-destructive">
        {detailError}
      </p>
    );
  }
  if (!detail) {
    return (
      <div className="grid gap-3 p-4" aria-busy="true" aria-label="Loading the conversation">
        <Skeleton className="h-8 w-1/2" />
        <Skeleton className="h-16 w-2/3" />
        <Skeleton className="ml-auto h-16 w-2/3" />
      </div>
    );
  }

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: consoleKeys.messages(detail.conversation.id) });
    void queryClient.invalidateQueries({ queryKey: consoleKeys.detail(detail.conversation.id) });
    void queryClient.invalidateQueries({ queryKey: consoleKeys.lists() });
  };

  const send = async (content: OutboundContent): Promise<boolean> => {
    try {
      await consoleApi.send(detail.conversation.id, content);
      refresh();
      return true;
    } catch (error) {
      toast.error(error instanceof Error ? error.message : "The message was not sent.", { description: "Your text is still in the composer." });
      refresh();
      return false;
    }
  };
  const note = async (body: string, mentionedUserIds: string[]): Promise<boolean> => {
    try {
      await consoleApi.addNote(detail.conversation.id, body, mentionedUserIds);
      refresh();
      return true;
    } catch (error) {
      toast.error(error instanceof Error ? error.message : "The note was not saved.", { description: "Your text is still in the composer." });
      return false;
    }
  };

  return (
    <section aria-label={`Conversation with ${detail.contact.name}`} className="flex h-full min-h-0 flex-col">
      <ConversationHeader
        detail={detail}
        currentUserId={currentUser.id}
        directory={directory}
        pending={actionPending}
        onAction={onAction}
        onBack={onBack}
        onToggleContext={onToggleContext}
        typists={realtime.typists(detail.conversation.id).map((typist) => typist.name)}
      />
      <div className="min-h-0 flex-1 overflow-y-auto bg-muted/30 px-3 py-4" data-testid="transcript" aria-live="polite" aria-relevant="additions">
        {messages.isPending ? (
          <p className="text-sm text-muted-foreground" aria-busy="true">
            Loading messages…
          </p>
        ) : messages.isError ? (
          <p role="alert" className="text-sm text-destructive">
            {messages.error.message}
          </p>
        ) : (
          <MessageList messages={messages.data} turns={detail.turns} currentUserId={currentUser.id} customerName={detail.contact.name} />
        )}
        <div ref={bottom} />
      </div>
      <Composer
        detail={detail}
        currentUser={currentUser}
        directory={directory}
        textareaRef={textareaRef}
        onSend={send}
        onNote={note}
        onTakeOver={() => onAction({ action: "take_over" })}
        onTyping={() => {
          if (Date.now() - lastTyping.current < 2_000) return;
          lastTyping.current = Date.now();
          realtime.sendTyping(detail.conversation.id);
        }}
      />
    </section>
  );
}
