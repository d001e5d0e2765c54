import { Bot, Inbox, User } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ConversationListItem } from "@/lib/conversation/list-conversations";
import { formatDuration } from "./format-wait";
import type { QueueId } from "./queue-tabs";

const EMPTY: Record<QueueId, { title: string; description: string }> = {
  needs_human: { title: "Nobody is waiting for a person", description: "Handoffs from the assistant appear here, oldest first." },
  bot: { title: "The assistant has no open conversations", description: "New WhatsApp conversations start with the assistant." },
  resolved: { title: "No resolved conversations yet", description: "Conversations land here once they are resolved." },
  all: { title: "No conversations yet", description: "Messages that customers send on WhatsApp start conversations here." },
};

const PRIORITY_VARIANT = { urgent: "destructive", high: "default", normal: "secondary", low: "outline" } as const;

export function ConversationTable({ conversations, queue, now }: { conversations: ConversationListItem[]; queue: QueueId; now: Date }) {
  if (conversations.length === 0) {
    return <EmptyState icon={<Inbox />} title={EMPTY[queue].title} description={EMPTY[queue].description} />;
  }
  return (
    <div className="rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Customer</TableHead>
            <TableHead className="hidden md:table-cell">Last message</TableHead>
            <TableHead>Owner</TableHead>
            <TableHead>Priority</TableHead>
            <TableHead className="text-right">{queue === "needs_human" ? "Waiting" : "Last activity"}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {conversations.map((conversation) => {
            const clock = queue === "needs_human" ? conversation.waitingSince : conversation.lastMessageAt;
            return (
              <TableRow key={conversation.id}>
                <TableCell>
                  <div className="font-medium">{conversation.contactName}</div>
                  <div className="text-xs text-muted-foreground">
                    +{conversation.waId}
                    {conversation.language ? ` · ${conversation.language.toUpperCase()}` : ""}
                  </div>
                  {conversation.labels.length > 0 && (
                    <div className="mt-1 flex flex-wrap gap-1">
                      {conversation.labels.map((label) => (
                        <Badge key={label} variant="outline" className="text-[11px]">
                          {label}
                        </Badge>
                      ))}
                    </div>
                  )}
                </TableCell>
                <TableCell className="hidden max-w-md truncate text-muted-foreground md:table-cell">{conversation.lastMessagePreview ?? "—"}</TableCell>
                <TableCell>
                  <span className="inline-flex items-center gap-1.5 text-sm">
                    {conversation.owner === "bot" ? <Bot className="size-4" aria-hidden /> : <User className="size-4" aria-hidden />}
                    {conversation.owner === "bot" ? "Assistant" : "Human"}
                  </span>
                </TableCell>
                <TableCell>
                  <Badge variant={PRIORITY_VARIANT[conversation.priority as keyof typeof PRIORITY_VARIANT] ?? "secondary"}>{conversation.priority}</Badge>
                </TableCell>
                <TableCell className="text-right tabular-nums text-sm">
                  {clock ? <time dateTime={new Date(clock).toISOString()}>{formatDuration(new Date(clock), now)}</time> : "—"}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
