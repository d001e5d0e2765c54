import { cn } from "@/components/ui/cn";

const TONE: Record<string, string> = { online: "bg-emerald-500", away: "bg-amber-400", offline: "bg-muted-foreground/40" };

/** A small coloured dot for a person's presence; the word is given to screen readers. */
export function PresenceDot({ presence, className }: { presence: string; className?: string }) {
  return (
    <span className={cn("inline-block size-2 shrink-0 rounded-full", TONE[presence] ?? TONE.offline, className)} role="img" aria-label={presence} />
  );
}
