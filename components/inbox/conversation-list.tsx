"use client";

import * as React from "react";
import { BotIcon, FilterIcon, SearchIcon, UserIcon, XIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Skeleton } from "@/components/ui/skeleton";
import type { ConversationListItem, Directory, QueueCounts } from "@/lib/conversation/console-types";
import { LANGUAGES, PRIORITIES } from "@/lib/db/enums";
import { CONVERSATION_QUEUES, type ConversationFilters, type ConversationQueue } from "@/lib/validation/conversations";
import { formatDuration, formatListTime } from "./format-wait";
import { LANGUAGE_NAMES, QUEUE_EMPTY_TEXT, QUEUE_LABELS, REASON_LABELS } from "./queue-labels";
import { useNow } from "./use-now";

export type ConversationListProps = {
  queue: ConversationQueue;
  onQueueChange: (queue: ConversationQueue) => void;
  filters: ConversationFilters;
  onFiltersChange: (filters: ConversationFilters) => void;
  conversations: ConversationListItem[] | undefined;
  counts: QueueCounts | undefined;
  loading: boolean;
  error: string | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  directory: Directory | undefined;
  isTyping: (conversationId: string) => boolean;
  searchRef: React.Ref<HTMLInputElement>;
};

/** The left pane: queues with counts, search, filters and the live list of conversations. */
export function ConversationList({
  queue,
  onQueueChange,
  filters,
  onFiltersChange,
  conversations,
  counts,
  loading,
  error,
  selectedId,
  onSelect,
  directory,
  isTyping,
  searchRef,
}: ConversationListProps) {
  const now = useNow();
  const [search, setSearch] = React.useState(filters.q ?? "");

  // Search as the agent types, without a request per keystroke.
  React.useEffect(() => {
    const timer = setTimeout(() => {
      if ((filters.q ?? "") !== search.trim()) onFiltersChange({ ...filters, q: search.trim() || undefined });
    }, 250);
    return () => clearTimeout(timer);
  });

  return (
    <section aria-label="Conversations" className="flex h-full min-h-0 flex-col">
      <div className="flex items-center gap-2 border-b p-2">
        <div className="relative min-w-0 flex-1">
          <SearchIcon aria-hidden="true" className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground" />
          <Input
            ref={searchRef}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="Search messages and customers"
            aria-label="Search messages and customers"
            className="pl-8"
          />
        </div>
        <FilterPopover filters={filters} onChange={onFiltersChange} directory={directory} />
      </div>

      <nav aria-label="Queues" className="flex gap-1 overflow-x-auto border-b px-2 py-1.5">
        {CONVERSATION_QUEUES.map((id) => (
          <button
            key={id}
            type="button"
            onClick={() => onQueueChange(id)}
            aria-current={id === queue ? "page" : undefined}
            data-queue={id}
            className={cn(
              "inline-flex shrink-0 items-center gap-1.5 rounded-md px-2.5 py-1 text-sm font-medium text-muted-foreground transition-colors hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
              id === queue && "bg-accent text-foreground",
            )}
          >
            {QUEUE_LABELS[id]}
            {counts && (
              <span
                className={cn(
                  "rounded-full px-1.5 text-xs tabular-nums",
                  id === "needs_human" && counts[id] > 0 ? "bg-destructive text-destructive-foreground" : "bg-muted text-muted-foreground",
                )}
                aria-label={`${counts[id]} conversations`}
              >
                {counts[id]}
              </span>
            )}
          </button>
        ))}
      </nav>

      <ActiveFilters filters={filters} onChange={onFiltersChange} directory={directory} />

      <div className="min-h-0 flex-1 overflow-y-auto">
        {error ? (
          <p role="alert" className="m-3 rounded-md border border-destructive/40 bg-destructive/10 p-3 text-sm text-destructive">
            {error}
          </p>
        ) : loading && !conversations ? (
          <ListSkeleton />
        ) : conversations && conversations.length === 0 ? (
          <EmptyState className="m-3" title="Nothing here" titleAs="h3" description={filters.q ? `No conversation mentions “${filters.q}”.` : QUEUE_EMPTY_TEXT[queue]} />
        ) : (
          <ul aria-label={`${QUEUE_LABELS[queue]} conversations`} className="divide-y" data-testid="conversation-list">
            {conversations?.map((item) => (
              <li key={item.id}>
                <ConversationRow item={item} now={now} selected={item.id === selectedId} typing={isTyping(item.id)} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function ConversationRow({ item, now, selected, typing, onSelect }: { item: ConversationListItem; now: Date; selected: boolean; typing: boolean; onSelect: (id: string) => void }) {
  const lastAt = item.lastMessageAt ? new Date(item.lastMessageAt) : null;
  const waiting = item.waitingSince ? new Date(item.waitingSince) : null;
  const unread = item.unreadCount > 0;
  return (
    <button
      type="button"
      onClick={() => onSelect(item.id)}
      aria-current={selected ? "true" : undefined}
      data-conversation-id={item.id}
      className={cn(
        "flex w-full flex-col gap-1 px-3 py-2.5 text-left transition-colors hover:bg-accent/60 focus-visible:bg-accent focus-visible:outline-none",
        selected && "bg-accent",
      )}
    >
      <span className="flex items-center gap-2">
        {item.owner === "bot" ? (
          <BotIcon aria-label="Bot handling" className="size-4 shrink-0 text-muted-foreground" />
        ) : (
          <UserIcon aria-label="Person handling" className="size-4 shrink-0 text-primary" />
        )}
        <span className={cn("min-w-0 flex-1 truncate text-sm", unread ? "font-semibold" : "font-medium")}>{item.contact.name}</span>
        {lastAt && <time dateTime={item.lastMessageAt ?? undefined} className="shrink-0 text-xs text-muted-foreground">{formatListTime(lastAt, now)}</time>}
        {unread && (
          <span className="rounded-full bg-primary px-1.5 text-xs font-semibold text-primary-foreground tabular-nums" aria-label={`${item.unreadCount} unread`}>
            {item.unreadCount}
          </span>
        )}
      </span>
      <span className={cn("truncate text-sm", unread ? "text-foreground" : "text-muted-foreground", typing && "italic text-primary")}>
        {typing ? "Someone is typing…" : (item.lastMessageSender === "bot" ? "Bot: " : item.lastMessageSender === "agent" ? "Agent: " : "") + (item.lastMessagePreview ?? "No messages yet")}
      </span>
      <span className="flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
        {waiting && (
          <Badge variant="outline" className="border-amber-500/60 text-amber-700 dark:text-amber-300" title="Waiting for a person since the handoff">
            Waiting {formatDuration(waiting, now)}
          </Badge>
        )}
        {item.handoffReason && <span>{REASON_LABELS[item.handoffReason] ?? item.handoffReason}</span>}
        {item.priority !== "normal" && <PriorityBadge priority={item.priority} />}
        {item.assignee ? <span>→ {item.assignee.name}</span> : item.owner === "human" && item.status !== "resolved" ? <span>Unassigned</span> : null}
        {item.firstResponseAt && item.waitingSince === null && item.owner === "human" && (
          <span title={`First reply by a person: ${new Date(item.firstResponseAt).toLocaleString()}`}>1st reply {formatListTime(new Date(item.firstResponseAt), now)}</span>
        )}
        {item.labels.slice(0, 3).map((label) => (
          <Badge key={label} variant="secondary" className="px-1.5 py-0 text-[11px]">
            {label}
          </Badge>
        ))}
      </span>
    </button>
  );
}

export function PriorityBadge({ priority }: { priority: string }) {
  const tone =
    priority === "urgent" ? "bg-destructive text-destructive-foreground" : priority === "high" ? "bg-amber-500 text-white dark:bg-amber-600" : "bg-muted text-muted-foreground";
  return <span className={cn("rounded px-1.5 py-0.5 text-[11px] font-semibold uppercase", tone)}>{priority}</span>;
}

function FilterPopover({ filters, onChange, directory }: { filters: ConversationFilters; onChange: (filters: ConversationFilters) => void; directory: Directory | undefined }) {
  const active = countActive(filters);
  const set = (patch: Partial<ConversationFilters>) => onChange({ ...filters, ...patch });
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="outline" size="sm" aria-label={active ? `Filters (${active} active)` : "Filters"}>
          <FilterIcon />
          {active > 0 && <span className="tabular-nums">{active}</span>}
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="grid w-72 gap-3">
        <p className="text-sm font-medium">Filter conversations</p>
        <FilterField label="Team" id="filter-team">
          <NativeSelect id="filter-team" value={filters.teamId ?? ""} onChange={(event) => set({ teamId: event.target.value || undefined })}>
            <option value="">Any team</option>
            {directory?.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </NativeSelect>
        </FilterField>
        <FilterField label="Language" id="filter-language">
          <NativeSelect id="filter-language" value={filters.language ?? ""} onChange={(event) => set({ language: parseOption(LANGUAGES, event.target.value) })}>
            <option value="">Any language</option>
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {LANGUAGE_NAMES[language]}
              </option>
            ))}
          </NativeSelect>
        </FilterField>
        <FilterField label="Priority" id="filter-priority">
          <NativeSelect id="filter-priority" value={filters.priority ?? ""} onChange={(event) => set({ priority: parseOption(PRIORITIES, event.target.value) })}>
            <option value="">Any priority</option>
            {PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {priority}
              </option>
            ))}
          </NativeSelect>
        </FilterField>
        <FilterField label="Label" id="filter-label">
          <Input id="filter-label" defaultValue={filters.label ?? ""} placeholder="e.g. refund" onBlur={(event) => set({ label: event.target.value.trim().toLowerCase() || undefined })} />
        </FilterField>
        <FilterField label="Intent" id="filter-intent">
          <Input id="filter-intent" defaultValue={filters.intent ?? ""} placeholder="e.g. order_status" onBlur={(event) => set({ intent: event.target.value.trim() || undefined })} />
        </FilterField>
        {active > 0 && (
          <Button variant="ghost" size="sm" onClick={() => onChange({ q: filters.q })}>
            Clear filters
          </Button>
        )}
      </PopoverContent>
    </Popover>
  );
}

function ActiveFilters({ filters, onChange, directory }: { filters: ConversationFilters; onChange: (filters: ConversationFilters) => void; directory: Directory | undefined }) {
  const chips: { key: keyof ConversationFilters; label: string }[] = [];
  if (filters.teamId) chips.push({ key: "teamId", label: `Team: ${directory?.teams.find((team) => team.id === filters.teamId)?.name ?? "…"}` });
  if (filters.language) chips.push({ key: "language", label: LANGUAGE_NAMES[filters.language] ?? filters.language });
  if (filters.priority) chips.push({ key: "priority", label: `Priority: ${filters.priority}` });
  if (filters.label) chips.push({ key: "label", label: `Label: ${filters.label}` });
  if (filters.intent) chips.push({ key: "intent", label: `Intent: ${filters.intent}` });
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap gap-1 border-b px-2 py-1.5">
      {chips.map((chip) => (
        <Badge key={chip.key} variant="secondary" className="gap-1">
          {chip.label}
          <button type="button" aria-label={`Remove filter ${chip.label}`} onClick={() => onChange({ ...filters, [chip.key]: undefined })} className="rounded-sm hover:text-foreground">
            <XIcon className="size-3" />
          </button>
        </Badge>
      ))}
    </div>
  );
}

function FilterField({ label, id, children }: { label: string; id: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children}
    </div>
  );
}

function ListSkeleton() {
  return (
    <div className="grid gap-3 p-3" aria-busy="true" aria-label="Loading conversations">
      {Array.from({ length: 6 }, (_, index) => (
        <div key={index} className="grid gap-1.5">
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-3 w-full" />
        </div>
      ))}
    </div>
  );
}

function countActive(filters: ConversationFilters): number {
  return [filters.teamId, filters.language, filters.priority, filters.label, filters.intent, filters.inboxId].filter(Boolean).length;
}

function parseOption<T extends string>(options: readonly T[], value: string): T | undefined {
  return options.find((option) => option === value);
}
