import { eq } from "drizzle-orm";
import { readAgentState } from "@/lib/agent/agent-state";
import type { Db } from "@/lib/db/client";
import { conversations } from "@/lib/db/schema";

// A cheap re-check before a turn acts on its decision (e.g. before handing over): a person who took
// over or handed back while the turn was thinking has the last word. The reply itself is guarded
// under a lock by queueBotReply.
export async function botStillOwns(db: Db, conversationId: string, episode: number): Promise<boolean> {
  const [row] = await db.select({ owner: conversations.owner, status: conversations.status, agentState: conversations.agentState }).from(conversations).where(eq(conversations.id, conversationId)).limit(1);
  return row !== undefined && row.owner === "bot" && row.status !== "resolved" && readAgentState(row.agentState).episode === episode;
}
