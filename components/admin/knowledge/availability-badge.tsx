import { Badge } from "@/components/ui/badge";
import type { ArticleAvailability } from "@/lib/knowledge/admin/article-views";
import { AVAILABILITY } from "./knowledge-labels";

export function AvailabilityBadge({ availability }: { availability: ArticleAvailability }) {
  const meta = AVAILABILITY[availability];
  return (
    <Badge variant={meta.variant} title={meta.hint} data-availability={availability}>
      {meta.label}
    </Badge>
  );
}
