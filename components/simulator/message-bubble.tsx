"use client";

import * as React from "react";
import { AlertTriangleIcon, CheckCheckIcon, CheckIcon, ChevronDownIcon, ForwardIcon, ReplyIcon } from "lucide-react";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { ChatEntry, InboundChatEntry } from "@/lib/whatsapp/emulator/chat-store";
import { useChat } from "./chat-context";
import { formatTime } from "./format";
import { MessageControls } from "./message-controls";
import { InboundContent, OutboundContent, entrySummary } from "./message-content";
import { type CustomerTicks, customerTicks } from "./transcript";

export const REACTION_EMOJIS = ["👍", "❤️", "😂", "😮", "😢", "🙏"] as const;

// One message on the simulated phone. The customer's own messages sit on the right in green with
// ticks (sent → delivered to the business's webhook → read by the business); the business's on the
// left in white, with its buttons or list underneath.
export function MessageBubble({ entry, highlighted }: { entry: ChatEntry; highlighted: boolean }) {
  const { byWamid, businessName } = useChat();
  const mine = entry.direction === "inbound";
  const quoted = entry.replyTo ? byWamid.get(entry.replyTo) : undefined;
  const forwarded = entry.direction === "inbound" && Boolean((entry.message as { context?: { forwarded?: boolean } }).context?.forwarded);
  const failed = entry.direction === "outbound" && entry.status === "failed";
  const reactions = [entry.reactions.business, entry.reactions.customer].filter((emoji): emoji is string => Boolean(emoji));

  return (
    <li
      data-wamid={entry.wamid}
      data-direction={mine ? "customer" : "business"}
      className={cn("flex px-3 md:px-4", mine ? "justify-end" : "justify-start")}
    >
      {/* Stretch: reply buttons take the bubble's width and a short bubble takes the buttons'. */}
      <div className="group relative flex max-w-[85%] flex-col items-stretch">
        <div
          className={cn(
            "relative min-w-20 rounded-lg px-2 pt-1.5 pb-1 text-[0.9rem] leading-snug text-[#111b21] shadow-sm transition-[box-shadow] duration-500 dark:text-[#e9edef]",
            mine ? "rounded-tr-none bg-[#d9fdd3] dark:bg-[#005c4b]" : "rounded-tl-none bg-white dark:bg-[#202c33]",
            failed && "opacity-70",
            highlighted && "ring-2 ring-[#53bdeb]",
          )}
        >
          <span className="sr-only">{mine ? "You:" : `${businessName}:`}</span>
          {forwarded ? (
            <p className="flex items-center gap-1 pr-6 text-xs italic opacity-60">
              <ForwardIcon aria-hidden="true" className="size-3" /> Forwarded
            </p>
          ) : null}
          {entry.replyTo ? <Quote wamid={entry.replyTo} quoted={quoted} /> : null}
          <div className="pr-6">{mine ? <InboundContent entry={entry} /> : <OutboundContent entry={entry} />}</div>
          <p className="mt-0.5 flex items-center justify-end gap-1 text-[0.6875rem] leading-none text-[#667781] dark:text-white/60">
            <time dateTime={entry.at}>{formatTime(entry.at)}</time>
            {entry.direction === "inbound" ? <Ticks entry={entry} /> : null}
          </p>
          {failed && entry.direction === "outbound" ? (
            <p className="mt-1 flex items-start gap-1 border-t border-black/10 pt-1 text-xs text-[#b3261e] dark:border-white/10 dark:text-[#f28b82]">
              <AlertTriangleIcon aria-hidden="true" className="mt-px size-3.5 shrink-0" />
              <span>
                Never reached the customer
                {entry.errors[0] ? `: ${entry.errors[0].title} (${entry.errors[0].code})` : ""}
              </span>
            </p>
          ) : null}
          <MessageMenu entry={entry} />
        </div>
        {reactions.length > 0 ? <Reactions entry={entry} mine={mine} /> : null}
        {entry.direction === "outbound" ? <MessageControls entry={entry} /> : null}
      </div>
    </li>
  );
}

function Quote({ wamid, quoted }: { wamid: string; quoted: ChatEntry | undefined }) {
  const { actions, businessName } = useChat();
  const author = quoted ? (quoted.direction === "inbound" ? "You" : businessName) : null;
  return (
    <button
      type="button"
      onClick={() => actions.showMessage(wamid)}
      disabled={!quoted}
      className={cn(
        "mb-1 flex w-full min-w-40 flex-col rounded-md border-l-4 bg-black/5 px-2 py-1 text-left text-xs hover:bg-black/10 disabled:cursor-default dark:bg-black/20 dark:hover:bg-black/30",
        quoted?.direction === "inbound" ? "border-[#06cf9c]" : "border-[#53bdeb]",
      )}
    >
      <span className="sr-only">Replying to </span>
      <span className={cn("font-semibold", quoted?.direction === "inbound" ? "text-[#06cf9c]" : "text-[#027eb5] dark:text-[#53bdeb]")}>
        {author ?? "Earlier message"}
      </span>
      <span className="line-clamp-2 opacity-80">{quoted ? entrySummary(quoted) : "Not in this transcript"}</span>
    </button>
  );
}

const TICKS: Record<CustomerTicks, { label: string; icon: React.ReactNode }> = {
  sent: { label: "Sent, not yet delivered to the business", icon: <CheckIcon className="size-4" /> },
  delivered: { label: "Delivered to the business", icon: <CheckCheckIcon className="size-4" /> },
  read: { label: "Read by the business", icon: <CheckCheckIcon className="size-4 text-[#53bdeb]" /> },
  webhook_failing: { label: "The business's webhook has not accepted it yet; the emulator keeps retrying", icon: <AlertTriangleIcon className="size-3.5 text-[#b26a00] dark:text-[#ffb74d]" /> },
};

function Ticks({ entry }: { entry: InboundChatEntry }) {
  const { webhook } = useChat();
  const ticks = customerTicks(entry, webhook);
  return (
    <span role="img" aria-label={TICKS[ticks].label} title={TICKS[ticks].label} data-ticks={ticks} className="inline-flex">
      {TICKS[ticks].icon}
    </span>
  );
}

function Reactions({ entry, mine }: { entry: ChatEntry; mine: boolean }) {
  const parts = [
    entry.reactions.business ? `${entry.reactions.business} from the business` : null,
    entry.reactions.customer ? `${entry.reactions.customer} from you` : null,
  ].filter(Boolean);
  return (
    <span
      role="img"
      aria-label={`Reactions: ${parts.join(", ")}`}
      className={cn(
        "relative z-10 mx-2 -mt-1.5 flex w-fit items-center gap-0.5 rounded-full border border-black/5 bg-white px-1.5 py-0.5 text-sm leading-none shadow-sm dark:border-white/10 dark:bg-[#202c33]",
        mine ? "self-end" : "self-start",
      )}
    >
      {entry.reactions.business ? <span>{entry.reactions.business}</span> : null}
      {entry.reactions.customer ? <span>{entry.reactions.customer}</span> : null}
    </span>
  );
}

function MessageMenu({ entry }: { entry: ChatEntry }) {
  const { actions, acting } = useChat();
  const current = entry.reactions.customer;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={`Actions for message: ${entrySummary(entry).slice(0, 60)}`}
        className="absolute top-1 right-1 flex size-6 items-center justify-center rounded-full text-[#667781] outline-none hover:bg-black/5 focus-visible:ring-2 focus-visible:ring-[#53bdeb] data-[state=open]:opacity-100 sm:opacity-0 sm:group-focus-within:opacity-100 sm:group-hover:opacity-100 dark:text-white/60 dark:hover:bg-white/10"
      >
        <ChevronDownIcon aria-hidden="true" className="size-4" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="min-w-44">
        <DropdownMenuItem onSelect={() => actions.replyTo(entry)}>
          <ReplyIcon aria-hidden="true" /> Reply
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">React</DropdownMenuLabel>
        <DropdownMenuGroup className="grid grid-cols-6 gap-0.5 px-1">
          {REACTION_EMOJIS.map((emoji) => (
            <DropdownMenuItem
              key={emoji}
              disabled={acting}
              aria-label={current === emoji ? `React with ${emoji} (current)` : `React with ${emoji}`}
              onSelect={() => void actions.react(entry.wamid, emoji)}
              className={cn("justify-center px-0 text-lg", current === emoji && "bg-accent")}
            >
              {emoji}
            </DropdownMenuItem>
          ))}
        </DropdownMenuGroup>
        {current ? (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem disabled={acting} onSelect={() => void actions.react(entry.wamid, null)}>
              Remove my reaction {current}
            </DropdownMenuItem>
          </>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
