import type { Db } from "@/lib/db/client";
import type { Language } from "@/lib/db/enums";
import { createArticle } from "./create-article";
import type { ImportedArticle } from "./article-views";
import { extractImportText } from "./extract-import-text";

// One imported file becomes one draft article (version 1), so nothing reaches customers before a
// person has read it and published it. Each file is its own transaction: a failed file never takes
// the others with it.
export async function importArticleFile(
  db: Db,
  input: { authorId: string; file: { bytes: Uint8Array; fileName: string; mimeType?: string }; locale: Language; tags: string[] },
): Promise<ImportedArticle> {
  const extracted = await extractImportText(input.file);
  const { id, slug } = await createArticle(db, {
    authorId: input.authorId,
    action: "knowledge.article.imported",
    auditData: { fileName: input.file.fileName, bytes: input.file.bytes.byteLength, kind: extracted.kind, pages: extracted.pages },
    article: { title: extracted.title, body: extracted.body, status: "draft", locale: input.locale, regions: [], tags: input.tags, intents: [], effectiveFrom: null, effectiveUntil: null },
  });
  return { id, title: extracted.title, slug, characters: extracted.body.length, pages: extracted.pages };
}
