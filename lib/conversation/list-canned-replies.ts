import { asc, eq, isNull, or } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { cannedReplies, type Language } from "@/lib/db/schema";
import type { CannedReplyView } from "./console-types";

// The canned replies people pick from, by shortcut. With a language, replies written for it and
// replies for any language (language null).
export async function listCannedReplies(db: Db, options: { language?: Language } = {}): Promise<CannedReplyView[]> {
  return db
    .select({ id: cannedReplies.id, shortcut: cannedReplies.shortcut, title: cannedReplies.title, body: cannedReplies.body, language: cannedReplies.language })
    .from(cannedReplies)
    .where(options.language ? or(eq(cannedReplies.language, options.language), isNull(cannedReplies.language)) : undefined)
    .orderBy(asc(cannedReplies.shortcut), asc(cannedReplies.language));
}
