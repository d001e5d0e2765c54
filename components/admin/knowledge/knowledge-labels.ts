import type { Language } from "@/lib/db/enums";
import type { ArticleAvailability } from "@/lib/knowledge/admin/article-views";

export const LANGUAGE_LABELS: Record<Language, string> = { en: "English", fr: "French", de: "German", nl: "Dutch", es: "Spanish", pt: "Portuguese" };

export const STATUS_LABELS = { draft: "Draft", published: "Published", archived: "Archived" } as const;

export const AVAILABILITY: Record<ArticleAvailability, { label: string; hint: string; variant: "success" | "secondary" | "warning" | "outline" }> = {
  live: { label: "Live", hint: "Published and in effect: the assistant uses it now.", variant: "success" },
  scheduled: { label: "Scheduled", hint: "Published, but its start date is in the future: the assistant uses it from that day.", variant: "warning" },
  expired: { label: "Expired", hint: "Published, but its end date has passed: the assistant no longer uses it.", variant: "secondary" },
  draft: { label: "Draft", hint: "Not published: the assistant never uses it.", variant: "outline" },
  archived: { label: "Archived", hint: "Retired: the assistant never uses it.", variant: "secondary" },
};

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}
