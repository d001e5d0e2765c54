import * as React from "react";
import { BotIcon, ChevronRightIcon, CircleAlertIcon, LoaderCircleIcon, WrenchIcon } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { AgentTurnView } from "@/lib/conversation/console-types";
import type { ToolCallRecord } from "@/lib/db/schema";
import { compactJson, formatDuration, formatTime } from "./format";

// What the bot decided and did in one turn: intent, confidence, outcome and every tool call with its
// input, output and errors. Collapsed by default so the conversation stays readable.

const TURN_STATUS: Record<AgentTurnView["status"], { label: string; className: string }> = {
  running: { label: "Running", className: "text-muted-foreground" },
  completed: { label: "Completed", className: "text-success" },
  failed: { label: "Failed", className: "text-destructive" },
  skipped: { label: "Skipped", className: "text-muted-foreground" },
};

const TOOL_STATUS: Record<ToolCallRecord["status"], { label: string; className: string }> = {
  executed: { label: "Executed", className: "border-success/40 bg-success/10 text-success" },
  awaiting_confirmation: { label: "Awaiting confirmation", className: "border-warning/60 bg-warning/15 text-warning-foreground dark:text-warning" },
  denied: { label: "Denied", className: "border-border bg-muted text-muted-foreground" },
  failed: { label: "Failed", className: "border-destructive/40 bg-destructive/10 text-destructive" },
};

export function AgentTurnTimeline({ turn, defaultOpen = false }: { turn: AgentTurnView; defaultOpen?: boolean }) {
  const status = TURN_STATUS[turn.status];
  const failedCalls = turn.toolCalls.filter((call) => call.status === "failed" || call.error).length;
  const duration = turn.finishedAt ? new Date(turn.finishedAt).getTime() - new Date(turn.startedAt).getTime() : null;
  return (
    <details
      open={defaultOpen}
      data-turn-id={turn.id}
      className="group mx-auto w-full max-w-[90%] rounded-md border border-dashed border-border bg-muted/40 text-xs text-muted-foreground"
    >
      <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-2 gap-y-0.5 px-3 py-1.5 select-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none [&::-webkit-details-marker]:hidden">
        <ChevronRightIcon aria-hidden className="size-3.5 shrink-0 transition-transform group-open:rotate-90 motion-reduce:transition-none" />
        <BotIcon aria-hidden className="size-3.5 shrink-0" />
        <span className="font-medium text-foreground">Agent turn</span>
        {turn.intent ? (
          <span>
            intent <span className="font-mono text-foreground">{turn.intent}</span>
          </span>
        ) : null}
        {turn.confidence !== null ? <span>confidence {Math.round(turn.confidence * 100)}%</span> : null}
        {turn.outcome ? (
          <span>
            outcome <span className="text-foreground">{turn.outcome}</span>
          </span>
        ) : null}
        <span>
          {turn.toolCalls.length} {turn.toolCalls.length === 1 ? "tool call" : "tool calls"}
          {failedCalls > 0 ? <span className="text-destructive"> ({failedCalls} failed)</span> : null}
        </span>
        <span className={cn("inline-flex items-center gap-1", status.className)}>
          {turn.status === "running" ? <LoaderCircleIcon aria-hidden className="size-3 animate-spin motion-reduce:animate-none" /> : null}
          {status.label}
        </span>
        <span className="ml-auto">
          <time dateTime={turn.startedAt}>{formatTime(turn.startedAt)}</time>
          {duration !== null && duration >= 0 ? ` · ${formatDuration(duration)}` : null}
        </span>
      </summary>
      <div className="flex flex-col gap-2 border-t border-dashed border-border px-3 py-2">
        {turn.error ? (
          <p role="alert" className="flex items-start gap-1 text-destructive">
            <CircleAlertIcon aria-hidden className="mt-px size-3.5 shrink-0" />
            <span>{turn.error}</span>
          </p>
        ) : null}
        {turn.toolCalls.length === 0 ? <p>No tools were called.</p> : null}
        {turn.toolCalls.length > 0 ? (
          <ol aria-label="Tool calls" className="flex flex-col gap-2">
            {turn.toolCalls.map((call) => (
              <ToolCall key={call.toolCallId} call={call} />
            ))}
          </ol>
        ) : null}
      </div>
    </details>
  );
}

function ToolCall({ call }: { call: ToolCallRecord }) {
  const status = TOOL_STATUS[call.status];
  return (
    <li data-tool={call.toolName} data-status={call.status} className="flex flex-col gap-1 border-l-2 border-border pl-2">
      <p className="flex flex-wrap items-center gap-2">
        <WrenchIcon aria-hidden className="size-3.5 shrink-0" />
        <span className="font-mono font-medium text-foreground">{call.toolName}</span>
        <span className={cn("rounded border px-1.5 py-px text-[0.6875rem] font-medium", status.className)}>{status.label}</span>
        <span>{formatDuration(call.durationMs)}</span>
      </p>
      <JsonRow label="Input" value={call.input} />
      {call.output !== undefined ? <JsonRow label="Output" value={call.output} /> : null}
      {call.error ? (
        <p className="flex items-start gap-1 text-destructive">
          <CircleAlertIcon aria-hidden className="mt-px size-3.5 shrink-0" />
          <span>
            <span className="font-medium">Error: </span>
            {call.error}
          </span>
        </p>
      ) : null}
    </li>
  );
}

function JsonRow({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="grid grid-cols-[3.5rem_1fr] gap-1">
      <span>{label}</span>
      <pre className="max-h-40 overflow-auto rounded bg-background/70 px-1.5 py-0.5 font-mono text-[0.6875rem] break-all whitespace-pre-wrap text-foreground">
        {compactJson(value)}
      </pre>
    </div>
  );
}
