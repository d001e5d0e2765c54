import * as React from "react";
import { cn } from "@/components/ui/cn";
import type { AgentTurnView, ConsoleMessage } from "@/lib/conversation/console-types";
import { AgentTurnTimeline } from "./agent-turn-timeline";
import { MessageBubble } from "./message-bubble";
import { buildTimeline } from "./timeline";

export type MessageListProps = {
  messages: readonly ConsoleMessage[];
  turns: readonly AgentTurnView[];
  // The signed-in person: their own messages read "You" and notes mentioning them stand out.
  currentUserId?: string;
  // Shown on reactions and quotes from the customer ("Customer" when absent).
  customerName?: string;
  // "Today"/"Yesterday" are relative to this (tests, stories); defaults to the current time.
  now?: Date;
  className?: string;
};

// A whole conversation: day separators, bubbles with their reactions and quotes, and the bot's
// tool-call timeline per turn. Scrolling and loading older pages belong to the container.
export function MessageList({ messages, turns, currentUserId, customerName, now, className }: MessageListProps) {
  const items = buildTimeline(messages, turns, { now, currentUserId, customerName });
  if (items.length === 0) {
    return <p className={cn("px-4 py-8 text-center text-sm text-muted-foreground", className)}>No messages yet.</p>;
  }
  return (
    <ol aria-label="Conversation" className={cn("flex flex-col gap-2 py-3", className)}>
      {items.map((item) => {
        switch (item.kind) {
          case "day":
            return (
              <li key={item.key} data-day-separator="" className="sticky top-0 z-20 flex justify-center py-1">
                <h3 className="rounded-full border border-border bg-background/90 px-3 py-0.5 text-xs font-medium text-muted-foreground shadow-xs backdrop-blur">
                  {item.label}
                </h3>
              </li>
            );
          case "message":
            return (
              <li key={item.key} data-message-id={item.message.id}>
                <MessageBubble
                  message={item.message}
                  quoted={item.quoted}
                  reactions={item.reactions}
                  currentUserId={currentUserId}
                  customerName={customerName}
                />
              </li>
            );
          case "turn":
            return (
              <li key={item.key} className="px-4">
                <AgentTurnTimeline turn={item.turn} />
              </li>
            );
        }
      })}
    </ol>
  );
}
