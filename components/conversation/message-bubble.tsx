import * as React from "react";
import { BotIcon, CheckCheckIcon, CheckIcon, CircleAlertIcon, ClockIcon, ForwardIcon, LockIcon } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { ConsoleMessage } from "@/lib/conversation/console-types";
import { formatDateTime, formatTime } from "./format";
import { MessageContent } from "./message-content";
import { isForwarded, messagePreview, toMessageView } from "./message-view";

// One message in the agent console. The customer writes on the left; the bot and agents on the
// right. Private notes are yellow and labelled so they never pass for something the customer saw;
// system events sit centred in the stream.

export type ReactionSummary = { emoji: string; by: string; sender: ConsoleMessage["sender"] };

// The message a reply quotes: found in the loaded list, or not loaded (older than the page).
export type QuotedMessage = { found: true; message: ConsoleMessage } | { found: false };

export type MessageBubbleProps = {
  message: ConsoleMessage;
  quoted?: QuotedMessage;
  reactions?: readonly ReactionSummary[];
  // Shows "You" instead of the signed-in person's own name.
  currentUserId?: string;
  customerName?: string;
};

export function MessageBubble({ message, quoted, reactions = [], currentUserId, customerName }: MessageBubbleProps) {
  const view = toMessageView(message);
  const anchor = `message-${message.id}`;
  if (view.kind === "system") {
    return (
      <div id={anchor} data-sender="system" className="flex justify-center px-4">
        <p className="max-w-[85%] rounded-full bg-muted px-3 py-1 text-center text-xs text-muted-foreground">
          <span>{view.text}</span>
          <span aria-hidden> · </span>
          <time dateTime={message.sentAt} title={formatDateTime(message.sentAt)}>
            {formatTime(message.sentAt)}
          </time>
        </p>
      </div>
    );
  }

  const note = view.kind === "note";
  const fromCustomer = message.sender === "customer";
  const mentionsMe = note && currentUserId !== undefined && view.mentionedUserIds.includes(currentUserId);
  const failed = message.direction === "outbound" && message.status === "failed";
  const name = authorName(message, { currentUserId, customerName });

  return (
    <div
      id={anchor}
      data-sender={message.sender}
      data-type={message.type}
      data-note={note ? "" : undefined}
      className={cn("flex px-4", fromCustomer ? "justify-start" : "justify-end")}
    >
      <div className={cn("flex max-w-[80%] min-w-0 flex-col", fromCustomer ? "items-start" : "items-end")}>
        <div
          className={cn(
            "relative flex min-w-24 flex-col gap-1 rounded-lg border px-3 py-2 text-sm shadow-xs",
            fromCustomer && "rounded-tl-none border-border bg-muted text-foreground",
            !fromCustomer && !note && "rounded-tr-none border-primary/20 bg-primary/10 text-foreground dark:bg-primary/15",
            note && "rounded-tr-none border-dashed border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-600/70 dark:bg-amber-950/40 dark:text-amber-50",
            mentionsMe && "ring-2 ring-amber-400 dark:ring-amber-500",
            failed && "border-destructive/50",
          )}
        >
          <SenderLine message={message} name={name} note={note} mentionsMe={mentionsMe} />
          {isForwarded(message) ? (
            <p className="flex items-center gap-1 text-xs text-muted-foreground italic">
              <ForwardIcon aria-hidden className="size-3" /> Forwarded
            </p>
          ) : null}
          {message.replyToWaMessageId && view.kind !== "reaction" ? (
            <Quote quoted={quoted ?? { found: false }} currentUserId={currentUserId} customerName={customerName} edit={view.kind === "edit"} />
          ) : null}
          <div className="min-w-0">
            <MessageContent message={message} view={view} />
          </div>
          <p className={cn("flex items-center justify-end gap-1 text-[0.6875rem] leading-none", note ? "text-amber-800/80 dark:text-amber-200/70" : "text-muted-foreground")}>
            <time dateTime={message.sentAt} title={formatDateTime(message.sentAt)}>
              {formatTime(message.sentAt)}
            </time>
            {message.direction === "outbound" && !note ? <DeliveryTicks status={message.status} /> : null}
          </p>
          {failed ? (
            <p role="alert" className="flex items-start gap-1 border-t border-destructive/30 pt-1 text-xs text-destructive">
              <CircleAlertIcon aria-hidden className="mt-px size-3.5 shrink-0" />
              <span>{notDeliveredText(message)}</span>
            </p>
          ) : null}
        </div>
        {reactions.length > 0 ? <Reactions reactions={reactions} alignEnd={!fromCustomer} /> : null}
      </div>
    </div>
  );
}

const TICKS: Record<string, { label: string; icon: React.ReactNode }> = {
  queued: { label: "Sending", icon: <ClockIcon aria-hidden className="size-3.5" /> },
  sent: { label: "Sent", icon: <CheckIcon aria-hidden className="size-3.5" /> },
  delivered: { label: "Delivered", icon: <CheckCheckIcon aria-hidden className="size-3.5" /> },
  read: { label: "Read", icon: <CheckCheckIcon aria-hidden className="size-3.5 text-sky-500 dark:text-sky-400" /> },
  played: { label: "Played", icon: <CheckCheckIcon aria-hidden className="size-3.5 text-sky-500 dark:text-sky-400" /> },
  failed: { label: "Not delivered", icon: <CircleAlertIcon aria-hidden className="size-3.5 text-destructive" /> },
};

// WhatsApp-style delivery ticks for what we sent: clock, ✓, ✓✓, blue ✓✓, or a red alert.
export function DeliveryTicks({ status }: { status: string }) {
  const ticks = TICKS[status];
  if (!ticks) return null;
  return (
    <span role="img" aria-label={ticks.label} title={ticks.label} data-status={status} className="inline-flex">
      {ticks.icon}
    </span>
  );
}

export function notDeliveredText(message: Pick<ConsoleMessage, "errorCode" | "errorTitle">): string {
  if (message.errorTitle && message.errorCode !== null) return `Not delivered: ${message.errorTitle} (${message.errorCode})`;
  if (message.errorTitle) return `Not delivered: ${message.errorTitle}`;
  if (message.errorCode !== null) return `Not delivered (error ${message.errorCode})`;
  return "Not delivered";
}

export function authorName(
  message: Pick<ConsoleMessage, "sender" | "author">,
  people: { currentUserId?: string; customerName?: string } = {},
): string {
  switch (message.sender) {
    case "customer":
      return people.customerName ?? "Customer";
    case "bot":
      return "Bot";
    case "system":
      return "System";
    case "agent":
      if (message.author && message.author.id === people.currentUserId) return "You";
      return message.author?.name ?? "Agent";
  }
}

function SenderLine({ message, name, note, mentionsMe }: { message: ConsoleMessage; name: string; note: boolean; mentionsMe: boolean }) {
  if (note) {
    return (
      <p className="flex flex-wrap items-center gap-1.5 text-xs font-semibold text-amber-800 dark:text-amber-300">
        <LockIcon aria-hidden className="size-3" />
        <span>Private note</span>
        <span className="font-normal">· {name}</span>
        {mentionsMe ? <span className="rounded bg-amber-200 px-1 font-medium text-amber-950 dark:bg-amber-500/30 dark:text-amber-100">Mentions you</span> : null}
        <span className="sr-only">(only your team can see this; not sent to the customer)</span>
      </p>
    );
  }
  if (message.sender === "bot") {
    return (
      <p className="flex items-center gap-1 text-xs font-semibold text-primary">
        <BotIcon aria-hidden className="size-3.5" />
        <span>Bot</span>
      </p>
    );
  }
  if (message.sender === "agent") return <p className="text-xs font-semibold text-primary">{name}</p>;
  return <span className="sr-only">{name}:</span>;
}

function Quote({ quoted, currentUserId, customerName, edit }: { quoted: QuotedMessage; currentUserId?: string; customerName?: string; edit: boolean }) {
  if (!quoted.found) {
    return (
      <blockquote className="rounded-md border-l-4 border-muted-foreground/40 bg-black/5 px-2 py-1 text-xs text-muted-foreground italic dark:bg-white/5">
        <span className="sr-only">{edit ? "Edits: " : "Replying to: "}</span>
        Original message not loaded
      </blockquote>
    );
  }
  const original = quoted.message;
  return (
    <a
      href={`#message-${original.id}`}
      className={cn(
        "block rounded-md border-l-4 bg-black/5 px-2 py-1 text-xs hover:bg-black/10 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none dark:bg-white/5 dark:hover:bg-white/10",
        original.sender === "customer" ? "border-muted-foreground/60" : "border-primary",
      )}
    >
      <blockquote>
        <span className="sr-only">{edit ? "Edits the message from " : "Replying to "}</span>
        <span className="font-semibold">{authorName(original, { currentUserId, customerName })}</span>
        <span className="line-clamp-2 text-muted-foreground">{messagePreview(original)}</span>
      </blockquote>
    </a>
  );
}

function Reactions({ reactions, alignEnd }: { reactions: readonly ReactionSummary[]; alignEnd: boolean }) {
  return (
    <ul aria-label="Reactions" className={cn("relative z-10 -mt-1.5 mx-2 flex flex-wrap gap-1", alignEnd ? "justify-end" : "justify-start")}>
      {reactions.map((reaction, index) => (
        <li
          key={index}
          title={`${reaction.emoji} from ${reaction.by}`}
          className="flex items-center gap-1 rounded-full border border-border bg-background px-1.5 py-0.5 text-xs shadow-xs"
        >
          <span className="text-sm leading-none">{reaction.emoji}</span>
          <span className="text-muted-foreground">
            <span className="sr-only">from </span>
            {reaction.by}
          </span>
        </li>
      ))}
    </ul>
  );
}
