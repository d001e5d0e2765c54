"use client";

import * as React from "react";
import {
  AlarmClockIcon,
  ArrowLeftIcon,
  BotIcon,
  CheckCircle2Icon,
  FlagIcon,
  HandIcon,
  PanelRightIcon,
  RotateCcwIcon,
  TagIcon,
  UserPlusIcon,
  UserRoundIcon,
} from "lucide-react";
import { SaveTestCaseButton } from "@/components/admin/evals/save-test-case-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ConversationDetail, Directory } from "@/lib/conversation/console-types";
import { PRIORITIES } from "@/lib/db/enums";
import { PriorityBadge } from "./conversation-list";
import type { ActionInput } from "./use-conversation-action";
import { PresenceDot } from "./presence-dot";

export type ConversationHeaderProps = {
  detail: ConversationDetail;
  currentUserId: string;
  directory: Directory | undefined;
  pending: boolean;
  onAction: (input: ActionInput) => void;
  onBack: () => void;
  onToggleContext: () => void;
  typists: string[];
};

/** Who the customer is, who owns the conversation (bot or which person), and every action on it. */
export function ConversationHeader({ detail, currentUserId, directory, pending, onAction, onBack, onToggleContext, typists }: ConversationHeaderProps) {
  const { conversation, contact } = detail;
  const [labelsOpen, setLabelsOpen] = React.useState(false);
  const [snoozeOpen, setSnoozeOpen] = React.useState(false);
  const resolved = conversation.status === "resolved";
  const mine = conversation.assignee?.id === currentUserId;
  const botOwns = conversation.owner === "bot";
  // Taking over also accepts a waiting handoff that auto-assignment already routed to this person.
  const canTakeOver = !resolved && (botOwns || !mine || detail.handoff?.status === "waiting");

  return (
    <header className="flex flex-col gap-2 border-b px-3 py-2">
      <div className="flex items-center gap-2">
        <Button variant="ghost" size="icon-sm" className="md:hidden" onClick={onBack} aria-label="Back to the list">
          <ArrowLeftIcon />
        </Button>
        <div className="min-w-0 flex-1">
          <h2 className="truncate text-base font-semibold" data-testid="conversation-title">
            {contact.name}
          </h2>
          <p className="truncate text-xs text-muted-foreground">
            +{contact.waId}
            {typists.length > 0 && <span className="ml-2 italic text-primary">{typists.join(", ")} typing…</span>}
          </p>
        </div>
        <OwnerBadge detail={detail} currentUserId={currentUserId} />
        <Button variant="ghost" size="icon-sm" onClick={onToggleContext} aria-label="Customer and handoff details" title="Customer and handoff details">
          <PanelRightIcon />
        </Button>
      </div>

      <div className="flex flex-wrap items-center gap-1.5" role="toolbar" aria-label="Conversation actions">
        {canTakeOver && (
          <Button size="sm" onClick={() => onAction({ action: "take_over" })} disabled={pending} title="Take over (t)">
            <HandIcon /> Take over
          </Button>
        )}
        {!botOwns && (
          <Button size="sm" variant="outline" onClick={() => onAction({ action: "hand_back" })} disabled={pending} title="Hand back to the bot (h)">
            <BotIcon /> Hand back to bot
          </Button>
        )}

        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button size="sm" variant="outline" disabled={pending}>
              <UserPlusIcon /> Assign
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="start" className="max-h-80 w-64">
            <DropdownMenuItem onSelect={() => onAction({ action: "assign", assigneeId: currentUserId })}>
              <UserRoundIcon /> Assign to me <span className="ml-auto text-xs text-muted-foreground">a</span>
            </DropdownMenuItem>
            {conversation.assignee && <DropdownMenuItem onSelect={() => onAction({ action: "assign", assigneeId: null })}>Unassign</DropdownMenuItem>}
            <DropdownMenuSeparator />
            <DropdownMenuLabel>People</DropdownMenuLabel>
            {directory?.users
              .filter((user) => user.id !== currentUserId)
              .map((user) => (
                <DropdownMenuItem key={user.id} onSelect={() => onAction({ action: "assign", assigneeId: user.id })}>
                  <PresenceDot presence={user.presence} /> {user.name}
                  <span className="ml-auto text-xs text-muted-foreground">{user.presence}</span>
                </DropdownMenuItem>
              ))}
            <DropdownMenuSeparator />
            <DropdownMenuLabel>Team</DropdownMenuLabel>
            {directory?.teams.map((team) => (
              <DropdownMenuItem key={team.id} onSelect={() => onAction({ action: "assign", assigneeId: null, teamId: team.id })}>
                {team.name}
                {conversation.team?.id === team.id && <span className="ml-auto text-xs text-muted-foreground">current</span>}
              </DropdownMenuItem>
            ))}
          </DropdownMenuContent>
        </DropdownMenu>

        {resolved ? (
          <Button size="sm" variant="outline" onClick={() => onAction({ action: "reopen" })} disabled={pending}>
            <RotateCcwIcon /> Reopen
          </Button>
        ) : (
          <Button size="sm" variant="outline" onClick={() => onAction({ action: "resolve" })} disabled={pending} title="Resolve (e)">
            <CheckCircle2Icon /> Resolve
          </Button>
        )}

        {!resolved && (
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button size="sm" variant="outline" disabled={pending}>
                <AlarmClockIcon /> Snooze
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="start">
              {snoozeChoices(new Date()).map((choice) => (
                <DropdownMenuItem key={choice.label} onSelect={() => onAction({ action: "snooze", until: choice.until })}>
                  {choice.label}
                </DropdownMenuItem>
              ))}
              <DropdownMenuItem onSelect={() => setSnoozeOpen(true)}>Pick a time…</DropdownMenuItem>
            </DropdownMenuContent>
          </DropdownMenu>
        )}

        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button size="sm" variant="ghost" disabled={pending} aria-label={`Priority: ${conversation.priority}`}>
              <FlagIcon /> <PriorityBadge priority={conversation.priority} />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="start">
            <DropdownMenuRadioGroup value={conversation.priority} onValueChange={(value) => onAction({ action: "set_priority", priority: PRIORITIES.find((p) => p === value) ?? "normal" })}>
              {PRIORITIES.map((priority) => (
                <DropdownMenuRadioItem key={priority} value={priority}>
                  {priority}
                </DropdownMenuRadioItem>
              ))}
            </DropdownMenuRadioGroup>
          </DropdownMenuContent>
        </DropdownMenu>

        <Button size="sm" variant="ghost" onClick={() => setLabelsOpen(true)} disabled={pending}>
          <TagIcon /> {conversation.labels.length ? conversation.labels.join(", ") : "Labels"}
        </Button>
        <SaveTestCaseButton conversationId={conversation.id} role={directory?.users.find((user) => user.id === currentUserId)?.role} />
      </div>

      <LabelsDialog open={labelsOpen} onOpenChange={setLabelsOpen} labels={conversation.labels} onSave={(labels) => onAction({ action: "set_labels", labels })} />
      <SnoozeDialog open={snoozeOpen} onOpenChange={setSnoozeOpen} onSave={(until) => onAction({ action: "snooze", until })} />
    </header>
  );
}

function OwnerBadge({ detail, currentUserId }: { detail: ConversationDetail; currentUserId: string }) {
  const { conversation } = detail;
  if (conversation.status === "resolved") return <Badge variant="secondary" data-testid="owner-badge">Resolved</Badge>;
  if (conversation.owner === "bot") {
    return (
      <Badge variant="secondary" className="gap-1" data-testid="owner-badge">
        <BotIcon className="size-3" /> Bot handling
      </Badge>
    );
  }
  const label = conversation.assignee ? (conversation.assignee.id === currentUserId ? "You" : conversation.assignee.name) : "Needs a person";
  return (
    <Badge className="gap-1" variant={conversation.assignee ? "default" : "destructive"} data-testid="owner-badge">
      <UserRoundIcon className="size-3" /> {label}
      {conversation.status === "snoozed" && " · snoozed"}
    </Badge>
  );
}

function snoozeChoices(now: Date): { label: string; until: Date }[] {
  const tomorrow = new Date(now);
  tomorrow.setDate(now.getDate() + 1);
  tomorrow.setHours(9, 0, 0, 0);
  const nextWeek = new Date(tomorrow);
  nextWeek.setDate(tomorrow.getDate() + ((8 - tomorrow.getDay()) % 7 || 7) - 1);
  return [
    { label: "1 hour", until: new Date(now.getTime() + 3600_000) },
    { label: "4 hours", until: new Date(now.getTime() + 4 * 3600_000) },
    { label: "Tomorrow 09:00", until: tomorrow },
    { label: "Next Monday 09:00", until: nextWeek },
  ];
}

function LabelsDialog({ open, onOpenChange, labels, onSave }: { open: boolean; onOpenChange: (open: boolean) => void; labels: string[]; onSave: (labels: string[]) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        {/* Mounted only while open, so it starts from the current labels every time. */}
        <LabelsForm
          labels={labels}
          onSave={(next) => {
            onSave(next);
            onOpenChange(false);
          }}
        />
      </DialogContent>
    </Dialog>
  );
}

function LabelsForm({ labels, onSave }: { labels: string[]; onSave: (labels: string[]) => void }) {
  const [value, setValue] = React.useState(labels.join(", "));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSave([...new Set(value.split(",").map((label) => label.trim().toLowerCase()).filter(Boolean))]);
      }}
      className="grid gap-4"
    >
      <DialogHeader>
        <DialogTitle>Labels</DialogTitle>
        <DialogDescription>Separate labels with commas. Letters, digits, spaces, - and _.</DialogDescription>
      </DialogHeader>
      <div className="grid gap-1.5">
        <Label htmlFor="labels-input">Labels</Label>
        <Input id="labels-input" value={value} onChange={(event) => setValue(event.target.value)} autoFocus />
      </div>
      <DialogFooter>
        <Button type="submit">Save labels</Button>
      </DialogFooter>
    </form>
  );
}

function SnoozeDialog({ open, onOpenChange, onSave }: { open: boolean; onOpenChange: (open: boolean) => void; onSave: (until: Date) => void }) {
  const [value, setValue] = React.useState("");
  const [error, setError] = React.useState<string | null>(null);
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const until = new Date(value);
            if (!value || Number.isNaN(until.getTime())) return setError("Pick a date and time.");
            if (until.getTime() <= Date.now()) return setError("Pick a time in the future.");
            setError(null);
            onSave(until);
            onOpenChange(false);
          }}
          className="grid gap-4"
        >
          <DialogHeader>
            <DialogTitle>Snooze until</DialogTitle>
            <DialogDescription>The conversation leaves the queues and comes back at this time, or earlier if the customer writes.</DialogDescription>
          </DialogHeader>
          <div className="grid gap-1.5">
            <Label htmlFor="snooze-until">Date and time</Label>
            <Input id="snooze-until" type="datetime-local" value={value} onChange={(event) => setValue(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? "snooze-error" : undefined} />
            {error && (
              <p id="snooze-error" className="text-sm text-destructive">
                {error}
              </p>
            )}
          </div>
          <DialogFooter>
            <Button type="submit">Snooze</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
