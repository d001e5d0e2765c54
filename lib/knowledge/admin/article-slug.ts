import { like } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { knowledgeArticles } from "@/lib/db/schema";

// A readable, unique slug from a title: "Returns & refunds (EU)" → "returns-refunds-eu", then
// "-2", "-3"… when taken. Slugs never change after creation, so links and citations stay valid.
export function slugify(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return base || "article";
}

export async function uniqueSlug(db: Db, title: string): Promise<string> {
  const base = slugify(title);
  const taken = new Set((await db.select({ slug: knowledgeArticles.slug }).from(knowledgeArticles).where(like(knowledgeArticles.slug, `${base}%`))).map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
