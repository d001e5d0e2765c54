import { diffLines, diffWords } from "diff";
import type { ArticleSnapshot } from "./article-snapshot";
import type { DiffPart, FieldChange } from "./article-views";

const FIELD_LABELS: Record<Exclude<keyof ArticleSnapshot, "title" | "body" | "slug">, string> = {
  status: "Status",
  locale: "Language",
  regions: "Regions",
  tags: "Tags",
  intents: "Intents",
  effectiveFrom: "Effective from",
  effectiveUntil: "Effective until",
};

// What changed between two versions: the text line by line, the title word by word, and every
// other field as before → after.
export function diffArticleSnapshots(from: ArticleSnapshot, to: ArticleSnapshot): { title: DiffPart[]; body: DiffPart[]; fields: FieldChange[] } {
  const fields: FieldChange[] = [];
  for (const [field, label] of Object.entries(FIELD_LABELS) as [keyof typeof FIELD_LABELS, string][]) {
    const before = show(from[field]);
    const after = show(to[field]);
    if (before !== after) fields.push({ field, label, before, after });
  }
  return {
    title: diffWords(from.title, to.title).map(part),
    body: diffLines(withFinalNewline(from.body), withFinalNewline(to.body)).map(part),
    fields,
  };
}

function part(change: { added: boolean; removed: boolean; value: string }): DiffPart {
  return { kind: change.added ? "added" : change.removed ? "removed" : "same", value: change.value };
}

// Without it, an edit to the last line shows as a change to the line before it as well.
function withFinalNewline(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}

function show(value: string | string[] | null): string {
  if (value === null) return "—";
  if (Array.isArray(value)) return value.length > 0 ? value.join(", ") : "—";
  return value;
}
