"use client";

import * as React from "react";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { BellIcon, KeyboardIcon, WifiOffIcon } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { EmptyState } from "@/components/ui/empty-state";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import type { ConversationFilters, ConversationQueue } from "@/lib/validation/conversations";
import { useAlertPreferences } from "./alert-preferences";
import { consoleApi, consoleKeys } from "./console-api";
import { USE_DRAFT_EVENT, type UseDraftDetail } from "./composer";
import { ContextPanel } from "./context-panel";
import { ConversationList } from "./conversation-list";
import { ConversationPane } from "./conversation-pane";
import { PresenceDot } from "./presence-dot";
import { REASON_LABELS } from "./queue-labels";
import { RealtimeProvider, useRealtime, useRealtimeEvent } from "./realtime-provider";
import { ShortcutHelp } from "./shortcut-help";
import { useShortcuts, type ShortcutAction } from "./shortcuts";
import { useConversationAction } from "./use-conversation-action";

export type InboxUser = { id: string; name: string; role: string };
export type InboxWorkspaceProps = { user: InboxUser; initialQueue: ConversationQueue; initialFilters: ConversationFilters; initialConversationId: string | null };

/** The live inbox: queues and list, the open conversation, and the customer's context, side by side. */
export function InboxWorkspace(props: InboxWorkspaceProps) {
  return (
    <RealtimeProvider userId={props.user.id}>
      <Workspace {...props} />
    </RealtimeProvider>
  );
}

function Workspace({ user, initialQueue, initialFilters, initialConversationId }: InboxWorkspaceProps) {
  const queryClient = useQueryClient();
  const realtime = useRealtime();
  const alerts = useAlertPreferences();
  const [queue, setQueue] = React.useState(initialQueue);
  const [filters, setFilters] = React.useState<ConversationFilters>(initialFilters);
  const [selectedId, setSelectedId] = React.useState<string | null>(initialConversationId);
  const [contextOpen, setContextOpen] = React.useState(false);
  const [helpOpen, setHelpOpen] = React.useState(false);
  const searchRef = React.useRef<HTMLInputElement>(null);
  const textareaRef = React.useRef<HTMLTextAreaElement>(null);

  const list = useQuery({ queryKey: consoleKeys.list(queue, filters), queryFn: () => consoleApi.listConversations(queue, filters), placeholderData: keepPreviousData });
  const directory = useQuery({ queryKey: consoleKeys.directory(), queryFn: consoleApi.directory, staleTime: 60_000 });
  const detail = useQuery({ queryKey: consoleKeys.detail(selectedId ?? "none"), queryFn: () => consoleApi.conversation(selectedId!), enabled: selectedId !== null });
  const action = useConversationAction(detail.data);
  const me = directory.data?.users.find((entry) => entry.id === user.id);

  // The URL mirrors what is open, so a link or a reload lands on the same view.
  React.useEffect(() => {
    const params = new URLSearchParams({ queue });
    for (const [key, value] of Object.entries(filters)) if (value) params.set(key, String(value));
    if (selectedId) params.set("c", selectedId);
    window.history.replaceState(null, "", `/inbox?${params}`);
  }, [queue, filters, selectedId]);

  React.useEffect(() => realtime.watchConversation(selectedId), [realtime, selectedId]);

  // Reading the conversation clears its unread count, now and as new messages arrive while it is open.
  const lastMessageAt = list.data?.conversations.find((item) => item.id === selectedId)?.lastMessageAt ?? detail.data?.conversation.lastMessageAt;
  React.useEffect(() => {
    if (!selectedId || document.visibilityState !== "visible") return;
    consoleApi
      .markRead(selectedId)
      .then(() => queryClient.invalidateQueries({ queryKey: consoleKeys.lists() }))
      .catch(() => {});
  }, [selectedId, lastMessageAt, queryClient]);

  const select = React.useCallback((id: string) => {
    setSelectedId(id);
    setContextOpen(false);
  }, []);

  useRealtimeEvent((event) => {
    if (event.type === "handoff.created") {
      const name = list.data?.conversations.find((item) => item.id === event.conversationId)?.contact.name ?? "A customer";
      alerts.alert(`Needs a human: ${name}`, REASON_LABELS[event.reason] ?? event.reason, () => select(event.conversationId));
    }
    if (event.type === "mention" && event.userId === user.id) {
      toast.info(`${event.byName} mentioned you in a note`, { action: { label: "Open", onClick: () => select(event.conversationId) } });
      alerts.alert(`${event.byName} mentioned you`, "Open the conversation to read the note.", () => select(event.conversationId));
    }
    if (event.type === "conversation.updated" && event.changes.assigneeId === user.id && event.conversationId !== selectedId) {
      toast.info("A conversation was assigned to you", { action: { label: "Open", onClick: () => select(event.conversationId) } });
      alerts.alert("Assigned to you", "A conversation is waiting for you.", () => select(event.conversationId));
    }
  });

  useShortcuts((shortcut: ShortcutAction) => {
    const items = list.data?.conversations ?? [];
    const index = items.findIndex((item) => item.id === selectedId);
    switch (shortcut) {
      case "next":
      case "previous": {
        const next = items[shortcut === "next" ? Math.min(items.length - 1, index + 1) : Math.max(0, index - 1)];
        if (next) select(next.id);
        return;
      }
      case "assignToMe":
        if (detail.data) action.mutate({ action: "assign", assigneeId: user.id });
        return;
      case "takeOver":
        if (detail.data && detail.data.conversation.status !== "resolved") action.mutate({ action: "take_over" });
        return;
      case "handBack":
        if (detail.data?.conversation.owner === "human") action.mutate({ action: "hand_back" });
        return;
      case "resolve":
        if (detail.data && detail.data.conversation.status !== "resolved") action.mutate({ action: "resolve" });
        return;
      case "focusComposer":
        textareaRef.current?.focus();
        return;
      case "search":
        searchRef.current?.focus();
        return;
      case "context":
        setContextOpen((open) => !open);
        return;
      case "help":
        setHelpOpen(true);
    }
  });

  const typingIn = (conversationId: string) => realtime.typists(conversationId).length > 0;
  const context = detail.data ? (
    <ContextPanel
      detail={detail.data}
      onOpenConversation={select}
      onUseDraft={(text) => {
        window.dispatchEvent(new CustomEvent<UseDraftDetail>(USE_DRAFT_EVENT, { detail: { conversationId: detail.data.conversation.id, text } }));
        setContextOpen(false);
        toast.info("Suggested reply copied to the composer. Review it before sending.");
      }}
    />
  ) : null;

  return (
    <div className="flex h-[calc(100svh-3.5rem)] min-h-0 flex-col">
      <div className="flex items-center gap-2 border-b px-3 py-1.5">
        <h1 className="text-base font-semibold">Inbox</h1>
        <ConnectionIndicator state={realtime.state} />
        <div className="ml-auto flex items-center gap-1">
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button variant="ghost" size="sm" aria-label={`Your status: ${me?.presence ?? "online"}`} data-testid="presence-menu">
                <PresenceDot presence={me?.presence ?? "online"} /> <span className="hidden sm:inline">{me?.presence === "away" ? "Away" : "Online"}</span>
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="end">
              <DropdownMenuLabel>Your status</DropdownMenuLabel>
              <DropdownMenuRadioGroup
                value={me?.presence === "away" ? "away" : "online"}
                onValueChange={(value) => {
                  const presence = value === "away" ? "away" : "online";
                  consoleApi
                    .setPresence(presence)
                    .then(() => queryClient.invalidateQueries({ queryKey: consoleKeys.directory() }))
                    .catch((error: unknown) => toast.error(error instanceof Error ? error.message : "Status not saved."));
                }}
              >
                <DropdownMenuRadioItem value="online">Online: receive new handoffs</DropdownMenuRadioItem>
                <DropdownMenuRadioItem value="away">Away: no new assignments</DropdownMenuRadioItem>
              </DropdownMenuRadioGroup>
            </DropdownMenuContent>
          </DropdownMenu>
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button variant="ghost" size="icon-sm" aria-label="Alerts">
                <BellIcon />
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="end" className="w-64">
              <DropdownMenuLabel>Alerts for new handoffs and mentions</DropdownMenuLabel>
              <DropdownMenuItem disabled={alerts.notificationsAllowed} onSelect={() => void alerts.requestNotifications()}>
                {alerts.notificationsAllowed ? "Browser notifications are on" : "Turn on browser notifications"}
              </DropdownMenuItem>
              <DropdownMenuSeparator />
              <DropdownMenuCheckboxItem checked={alerts.sound} onCheckedChange={(checked) => alerts.setSound(checked === true)}>
                Play a sound
              </DropdownMenuCheckboxItem>
            </DropdownMenuContent>
          </DropdownMenu>
          <Button variant="ghost" size="icon-sm" aria-label="Keyboard shortcuts" onClick={() => setHelpOpen(true)}>
            <KeyboardIcon />
          </Button>
        </div>
      </div>

      <div className="grid min-h-0 flex-1 md:grid-cols-[20rem_minmax(0,1fr)] xl:grid-cols-[22rem_minmax(0,1fr)_22rem]">
        <div className={cn("min-h-0 border-r", selectedId && "hidden md:block")}>
          <ConversationList
            queue={queue}
            onQueueChange={setQueue}
            filters={filters}
            onFiltersChange={setFilters}
            conversations={list.data?.conversations}
            counts={list.data?.counts}
            loading={list.isPending}
            error={list.isError ? list.error.message : null}
            selectedId={selectedId}
            onSelect={select}
            directory={directory.data}
            isTyping={typingIn}
            searchRef={searchRef}
          />
        </div>
        <div className={cn("min-h-0", !selectedId && "hidden md:block")}>
          {selectedId ? (
            <ConversationPane
              key={selectedId}
              detail={detail.data}
              detailError={detail.isError ? detail.error.message : null}
              currentUser={user}
              directory={directory.data}
              actionPending={action.isPending}
              onAction={(input) => action.mutate(input)}
              onBack={() => setSelectedId(null)}
              onToggleContext={() => setContextOpen((open) => !open)}
              textareaRef={textareaRef}
            />
          ) : (
            <EmptyState className="m-6" title="Pick a conversation" description="Handoffs waiting for a person are at the top of “Needs a human”. Press ? for keyboard shortcuts." />
          )}
        </div>
        <aside aria-label="Customer and handoff" className="hidden min-h-0 overflow-y-auto border-l xl:block">
          {context ?? <p className="p-4 text-sm text-muted-foreground">Customer details appear here.</p>}
        </aside>
      </div>

      <Sheet open={contextOpen} onOpenChange={setContextOpen}>
        <SheetContent side="right" className="w-full overflow-y-auto p-0 sm:max-w-md xl:hidden">
          <SheetHeader className="border-b p-4">
            <SheetTitle>Customer and handoff</SheetTitle>
            <SheetDescription>What the assistant collected and what the customer has with us.</SheetDescription>
          </SheetHeader>
          {context}
        </SheetContent>
      </Sheet>
      <ShortcutHelp open={helpOpen} onOpenChange={setHelpOpen} />
    </div>
  );
}

function ConnectionIndicator({ state }: { state: "connecting" | "online" | "reconnecting" }) {
  if (state === "online") return <span className="sr-only" role="status">Live updates connected</span>;
  return (
    <span role="status" className="inline-flex items-center gap-1 rounded-md bg-amber-100 px-2 py-0.5 text-xs text-amber-900 dark:bg-amber-900/40 dark:text-amber-100" data-testid="connection-state">
      <WifiOffIcon className="size-3" aria-hidden="true" />
      {state === "connecting" ? "Connecting…" : "Connection lost. Reconnecting; missed messages load when it is back, and your drafts are kept."}
    </span>
  );
}
