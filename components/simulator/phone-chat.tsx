"use client";

import * as React from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { LockIcon, RefreshCwIcon, StoreIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import type { ChatEntry } from "@/lib/whatsapp/emulator/chat-store";
import type { EmulatorEvent } from "@/lib/whatsapp/emulator/event-hub";
import { type ChatActions, type ChatContextValue, ChatProvider } from "./chat-context";
import { Composer } from "./composer";
import { type EmulatorApi, EmulatorApiError, type InboundResult, type LocationInput, type MediaInput, type SimulatedCustomer } from "./emulator-api";
import { dayKey, formatDay, formatWaId } from "./format";
import { MessageBubble } from "./message-bubble";
import { entrySummary } from "./message-content";
import { simulatorKeys } from "./query-keys";
import { NO_WEBHOOK_PROGRESS, applyEmulatorEvent, awaitingWebhook, visibleEntries, webhookProgress } from "./transcript";
import { type StreamState, useEmulatorEvents } from "./use-emulator-events";

const REFETCH_DEBOUNCE_MS = 250;
const WEBHOOK_POLL_MS = 1_500;
const WEBHOOK_WATCH_MS = 2 * 60_000;
const HIGHLIGHT_MS = 1_600;

export type PhoneChatProps = {
  api: EmulatorApi;
  waId: string;
  customer: SimulatedCustomer | null;
  businessName: string;
  businessNumber: string;
  onStreamState: (state: StreamState) => void;
  onRecreate: () => void;
};

// The simulated customer's phone: the chat with the business, live from the emulator's event stream.
// Every event is merged into the cached transcript at once (by wamid, so never twice) and followed by
// a refetch that reconciles whatever an event does not carry (reactions, read flags).
export function PhoneChat({ api, waId, customer, businessName, businessNumber, onStreamState, onRecreate }: PhoneChatProps) {
  const queryClient = useQueryClient();
  const conversationKey = simulatorKeys.conversation(waId);
  const conversation = useQuery({ queryKey: conversationKey, queryFn: () => api.conversation(waId), staleTime: 0 });
  const entries = React.useMemo(() => conversation.data ?? [], [conversation.data]);

  // Customer messages sent while this chat is open, by wamid, with when we first saw them. Only these
  // are worth polling the webhook log for, and only for a while (the emulator's first retry is a
  // minute later; after that the next event or send refreshes the log).
  const watchedRef = React.useRef(new Map<string, number>());
  const watch = (wamid: string) => {
    if (!watchedRef.current.has(wamid)) watchedRef.current.set(wamid, Date.now());
  };
  const deliveries = useQuery({
    queryKey: simulatorKeys.deliveries,
    queryFn: api.deliveries,
    staleTime: 0,
    refetchInterval: (query) => {
      const progress = webhookProgress(query.state.data ?? []);
      for (const [wamid, since] of watchedRef.current) {
        if (progress.delivered.has(wamid) || Date.now() - since > WEBHOOK_WATCH_MS) watchedRef.current.delete(wamid);
      }
      return awaitingWebhook(watchedRef.current.keys(), progress) ? WEBHOOK_POLL_MS : false;
    },
  });
  const webhook = React.useMemo(() => (deliveries.data ? webhookProgress(deliveries.data) : NO_WEBHOOK_PROGRESS), [deliveries.data]);

  const [typingUntil, setTypingUntil] = React.useState<number | null>(null);
  const [announcement, setAnnouncement] = React.useState("");
  const [replyTo, setReplyTo] = React.useState<ChatEntry | null>(null);
  const [highlighted, setHighlighted] = React.useState<string | null>(null);
  const [acting, setActing] = React.useState(false);
  const [actionError, setActionError] = React.useState<string | null>(null);
  const scrollRef = React.useRef<HTMLDivElement>(null);
  const nearBottomRef = React.useRef(true);
  const refetchTimer = React.useRef<ReturnType<typeof setTimeout> | null>(null);

  const refreshSoon = React.useCallback(() => {
    if (refetchTimer.current) clearTimeout(refetchTimer.current);
    refetchTimer.current = setTimeout(() => {
      void queryClient.invalidateQueries({ queryKey: simulatorKeys.conversation(waId) });
    }, REFETCH_DEBOUNCE_MS);
  }, [queryClient, waId]);

  const markRead = React.useCallback(() => {
    if (document.visibilityState !== "visible") return;
    // Best effort: a failed read receipt does not need the customer's attention.
    api.markRead(waId).catch(() => undefined);
  }, [api, waId]);

  const onEvent = (event: EmulatorEvent) => {
    queryClient.setQueryData<ChatEntry[]>(simulatorKeys.conversation(waId), (current) => (current ? applyEmulatorEvent(current, event) : current));
    if (event.type === "outbound") {
      // A business reply ends its typing indicator, as on WhatsApp.
      setTypingUntil(null);
      if (event.entry.type !== "reaction") setAnnouncement(`${businessName}: ${entrySummary(event.entry)}`);
    } else if (event.type === "business-read" && event.typingUntil) {
      const duration = new Date(event.typingUntil).getTime() - new Date(event.at).getTime();
      if (duration > 0) {
        setTypingUntil(Date.now() + duration);
        setAnnouncement(`${businessName} is typing`);
      }
    } else if (event.type === "inbound") {
      watch(event.entry.wamid);
      void queryClient.invalidateQueries({ queryKey: simulatorKeys.deliveries });
      void queryClient.invalidateQueries({ queryKey: simulatorKeys.customers });
    } else if (event.type === "status" && event.status === "delivered") {
      // The chat is open on the customer's screen: what arrives is read.
      markRead();
    }
    refreshSoon();
  };

  const streamState = useEmulatorEvents(api.eventsUrl(waId), {
    onEvent,
    // (Re)connected: catch up on anything missed while the stream was down.
    onOpen: () => void queryClient.invalidateQueries({ queryKey: simulatorKeys.conversation(waId) }),
    onClosed: () => {
      void queryClient.invalidateQueries({ queryKey: simulatorKeys.conversation(waId) });
      void queryClient.invalidateQueries({ queryKey: simulatorKeys.customers });
    },
  });

  React.useEffect(() => onStreamState(streamState), [onStreamState, streamState]);

  // Opening the chat reads the business's messages; so does coming back to the tab.
  React.useEffect(() => {
    markRead();
    document.addEventListener("visibilitychange", markRead);
    return () => document.removeEventListener("visibilitychange", markRead);
  }, [markRead]);

  React.useEffect(() => {
    if (typingUntil === null) return;
    const timer = setTimeout(() => setTypingUntil(null), Math.max(0, typingUntil - Date.now()));
    return () => clearTimeout(timer);
  }, [typingUntil]);

  React.useEffect(
    () => () => {
      if (refetchTimer.current) clearTimeout(refetchTimer.current);
    },
    [],
  );

  const visible = React.useMemo(() => visibleEntries(entries), [entries]);
  const lastWamid = visible.at(-1)?.wamid ?? null;
  const lastIsMine = visible.at(-1)?.direction === "inbound";

  // Keep the newest message in view unless the customer scrolled up to read older ones; their own
  // new message always scrolls into view. Refetches that change nothing at the end do not scroll.
  React.useEffect(() => {
    const element = scrollRef.current;
    if (!element || !lastWamid) return;
    if (nearBottomRef.current || lastIsMine) element.scrollTop = element.scrollHeight;
  }, [lastWamid, lastIsMine, typingUntil]);

  const byWamid = React.useMemo(() => new Map(entries.map((entry) => [entry.wamid, entry])), [entries]);

  const runAction = React.useCallback(
    async (work: () => Promise<InboundResult>): Promise<boolean> => {
      setActing(true);
      setActionError(null);
      try {
        const result = await work();
        watchedRef.current.set(result.wamid, Date.now());
        refreshSoon();
        void queryClient.invalidateQueries({ queryKey: simulatorKeys.deliveries });
        return true;
      } catch (cause) {
        setActionError(cause instanceof Error ? cause.message : "The emulator refused that action.");
        return false;
      } finally {
        setActing(false);
      }
    },
    [queryClient, refreshSoon],
  );

  const actions = React.useMemo<ChatActions>(
    () => ({
      tapButton: (messageId, buttonId) => runAction(() => api.tapButton(waId, messageId, buttonId)),
      pickListRow: (messageId, rowId) => runAction(() => api.pickListRow(waId, messageId, rowId)),
      react: (messageId, emoji) => runAction(() => api.react(waId, messageId, emoji)),
      replyTo: (entry) => setReplyTo(entry),
      showMessage: (wamid) => {
        const target = scrollRef.current?.querySelector(`[data-wamid="${CSS.escape(wamid)}"]`);
        if (!target) return;
        target.scrollIntoView({ block: "center", behavior: "smooth" });
        setHighlighted(wamid);
        setTimeout(() => setHighlighted((current) => (current === wamid ? null : current)), HIGHLIGHT_MS);
      },
    }),
    [api, runAction, waId],
  );

  const context = React.useMemo<ChatContextValue>(
    () => ({ api, businessName, byWamid, webhook, actions, acting }),
    [api, businessName, byWamid, webhook, actions, acting],
  );

  const afterSend = (result: InboundResult) => {
    watch(result.wamid);
    nearBottomRef.current = true;
    refreshSoon();
    void queryClient.invalidateQueries({ queryKey: simulatorKeys.deliveries });
    void queryClient.invalidateQueries({ queryKey: simulatorKeys.customers });
  };
  const sendText = async (text: string, quoted: string | null) => afterSend(await api.sendText(waId, text, quoted ?? undefined));
  const sendMedia = async (media: MediaInput) => afterSend(await api.sendMedia(waId, media));
  const sendLocation = async (location: LocationInput) => afterSend(await api.sendLocation(waId, location));

  const typing = typingUntil !== null;
  const missing = conversation.error instanceof EmulatorApiError && conversation.error.status === 404;

  return (
    <ChatProvider value={context}>
      <div
        className="flex h-[min(52rem,calc(100dvh-9rem))] min-h-[34rem] w-full max-w-[420px] flex-col overflow-hidden rounded-[2rem] border-[6px] border-neutral-800 bg-[#efeae2] shadow-xl dark:border-neutral-700 dark:bg-[#0b141a]"
        data-testid="simulator-phone"
      >
        <header className="flex items-center gap-3 bg-[#008069] px-3 py-2.5 text-white dark:bg-[#202c33] dark:text-[#e9edef]">
          <span aria-hidden="true" className="flex size-9 shrink-0 items-center justify-center rounded-full bg-white/20 dark:bg-[#6a7175]">
            <StoreIcon className="size-5" />
          </span>
          <div className="min-w-0 flex-1">
            <h2 className="truncate text-base leading-tight font-medium">{formatWaId(businessNumber)}</h2>
            <p className="truncate text-xs leading-tight opacity-80">{typing ? "typing…" : "Business account"}</p>
          </div>
        </header>

        <div
          ref={scrollRef}
          tabIndex={0}
          role="region"
          aria-label="Chat transcript"
          aria-busy={conversation.isPending}
          onScroll={(event) => {
            const element = event.currentTarget;
            nearBottomRef.current = element.scrollHeight - element.scrollTop - element.clientHeight < 80;
          }}
          className="min-h-0 flex-1 overflow-y-auto outline-none focus-visible:ring-2 focus-visible:ring-[#53bdeb] focus-visible:ring-inset"
        >
          <p className="mx-auto mt-3 mb-2 flex max-w-[85%] items-start gap-1.5 rounded-lg bg-[#ffeecd] px-3 py-1.5 text-center text-xs text-[#54656f] shadow-sm dark:bg-[#182229] dark:text-[#ffd279]">
            <LockIcon aria-hidden="true" className="mt-0.5 size-3 shrink-0" />
            You are this customer. Messages go through the built-in WhatsApp emulator, which delivers them to the product&apos;s webhook signed like Meta.
          </p>

          {conversation.isPending ? (
            <TranscriptSkeleton />
          ) : missing ? (
            <ChatNotice
              title="This customer is no longer in the emulator"
              description="The emulator keeps customers in memory only, so a server restart forgets them."
              action={<Button size="sm" onClick={onRecreate}>Create again</Button>}
            />
          ) : conversation.isError ? (
            <ChatNotice
              title="The chat could not be loaded"
              description={conversation.error.message}
              action={
                <Button size="sm" variant="outline" onClick={() => void conversation.refetch()}>
                  <RefreshCwIcon aria-hidden="true" /> Try again
                </Button>
              }
            />
          ) : visible.length === 0 ? (
            <ChatNotice
              title={`Say hello as ${customer?.profileName ?? formatWaId(waId)}`}
              description="Your first message opens the 24-hour customer-service window; the business answers here."
            />
          ) : (
            <ol aria-label="Messages" className="flex flex-col gap-1.5 pb-3">
              {visible.map((entry, index) => {
                const previous = visible[index - 1];
                const newDay = !previous || dayKey(previous.at) !== dayKey(entry.at);
                return (
                  <React.Fragment key={entry.wamid}>
                    {newDay ? (
                      <li className="my-1.5 flex justify-center" aria-hidden="true">
                        <span className="rounded-md bg-white px-2.5 py-1 text-xs text-[#54656f] shadow-sm dark:bg-[#182229] dark:text-[#8696a0]">
                          {formatDay(entry.at)}
                        </span>
                      </li>
                    ) : null}
                    <MessageBubble entry={entry} highlighted={highlighted === entry.wamid} />
                  </React.Fragment>
                );
              })}
            </ol>
          )}
          {typing ? <TypingBubble /> : null}
        </div>

        {actionError ? (
          <p role="alert" className="bg-[#fdecea] px-3 py-1.5 text-xs text-[#b3261e] dark:bg-[#3b1f1f] dark:text-[#f28b82]">
            {actionError}
          </p>
        ) : null}
        <Composer
          businessName={businessName}
          replyTo={replyTo}
          onCancelReply={() => setReplyTo(null)}
          sendText={sendText}
          sendMedia={sendMedia}
          sendLocation={sendLocation}
        />
        <div aria-live="polite" aria-atomic="true" className="sr-only">
          {announcement}
        </div>
      </div>
    </ChatProvider>
  );
}

function TypingBubble() {
  return (
    <div className="flex px-3 pb-3 md:px-4" aria-hidden="true">
      <span className="flex items-center gap-1 rounded-lg rounded-tl-none bg-white px-3 py-2.5 shadow-sm dark:bg-[#202c33]">
        {[0, 150, 300].map((delay) => (
          <span
            key={delay}
            className="size-1.5 animate-bounce rounded-full bg-[#8696a0] motion-reduce:animate-none"
            style={{ animationDelay: `${delay}ms` }}
          />
        ))}
      </span>
    </div>
  );
}

function TranscriptSkeleton() {
  return (
    <div className="flex flex-col gap-2 px-4 py-3">
      {["w-40 self-start", "w-52 self-end", "w-36 self-start", "w-28 self-end"].map((size) => (
        <Skeleton key={size} className={cn("h-10 rounded-lg bg-black/10 dark:bg-white/10", size)} />
      ))}
      <span className="sr-only">Loading the chat…</span>
    </div>
  );
}

function ChatNotice({ title, description, action }: { title: string; description: string; action?: React.ReactNode }) {
  return (
    <div className="mx-auto mt-8 flex max-w-[80%] flex-col items-center gap-2 rounded-lg bg-white/90 p-4 text-center shadow-sm dark:bg-[#182229]">
      <p className="text-sm font-medium text-[#111b21] dark:text-[#e9edef]">{title}</p>
      <p className="text-xs text-[#54656f] dark:text-[#8696a0]">{description}</p>
      {action}
    </div>
  );
}
