import Link from "next/link";
import { cn } from "@/components/ui/cn";

export type QueueId = "needs_human" | "bot" | "resolved" | "all";

const QUEUES: { id: QueueId; label: string }[] = [
  { id: "needs_human", label: "Needs a human" },
  { id: "bot", label: "Bot handling" },
  { id: "resolved", label: "Resolved" },
  { id: "all", label: "All" },
];

export function QueueTabs({ active }: { active: QueueId }) {
  return (
    <nav aria-label="Queues" className="flex flex-wrap gap-1 rounded-lg border bg-muted/40 p-1">
      {QUEUES.map((queue) => (
        <Link
          key={queue.id}
          href={`/inbox?queue=${queue.id}`}
          aria-current={queue.id === active ? "page" : undefined}
          className={cn(
            "rounded-md px-3 py-1.5 text-sm font-medium text-muted-foreground transition-colors hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
            queue.id === active && "bg-background text-foreground shadow-sm",
          )}
        >
          {queue.label}
        </Link>
      ))}
    </nav>
  );
}
