import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { csatSurveys } from "@/lib/db/schema";

export type ConversationCsat = { score: number | null; comment: string | null; sentAt: string; answeredAt: string | null };

// The survey of one conversation as the console shows it; null when none was sent.
export async function loadConversationCsat(db: Db, conversationId: string): Promise<ConversationCsat | null> {
  const [row] = await db.select().from(csatSurveys).where(eq(csatSurveys.conversationId, conversationId)).limit(1);
  if (!row) return null;
  return { score: row.score, comment: row.comment, sentAt: row.sentAt.toISOString(), answeredAt: row.answeredAt?.toISOString() ?? null };
}
