import { enqueue, enqueueMany } from "@/lib/jobs/job-runner";

// Jobs are enqueued right after the data they work on is committed. pg-boss cannot join a PGlite
// transaction (PGlite has one connection), so a crash in the gap between the two is covered by the
// maintenance sweep, which re-enqueues unanswered turns, due sends and pending media (enqueueing is
// idempotent: the queues allow one waiting job per conversation or media item).
export async function scheduleTurn(conversationId: string, burstWindowMs: number, now = new Date()): Promise<void> {
  await enqueue("conversation.turn", { conversationId }, { singletonKey: conversationId, startAfter: new Date(now.getTime() + burstWindowMs) });
}

export async function scheduleOutboxSend(conversationId: string, at?: Date): Promise<void> {
  await enqueue("outbox.send", { conversationId }, { singletonKey: conversationId, startAfter: at });
}

export async function scheduleMediaFetch(mediaId: string): Promise<void> {
  await enqueue("media.fetch", { mediaId }, { singletonKey: mediaId });
}

// A whole ingest batch's follow-ups in one statement each.
export async function scheduleTurns(conversationIds: string[], burstWindowMs: number, now = new Date()): Promise<void> {
  const startAfter = new Date(now.getTime() + burstWindowMs);
  await enqueueMany("conversation.turn", conversationIds.map((conversationId) => ({ data: { conversationId }, singletonKey: conversationId, startAfter })));
}

export async function scheduleMediaFetches(mediaIds: string[]): Promise<void> {
  await enqueueMany("media.fetch", mediaIds.map((mediaId) => ({ data: { mediaId }, singletonKey: mediaId })));
}
