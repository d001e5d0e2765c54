import { purgeExpiredLoginAttempts } from "@/lib/auth/purge-login-attempts";
import { expireStaleMedia, findOrphanedWork } from "@/lib/channel/find-orphaned-work";
import { purgePendingStatuses } from "@/lib/channel/ingest/purge-pending-statuses";
import { recoverStuckSends } from "@/lib/channel/outbound/recover-stuck-sends";
import { scheduleMediaFetch, scheduleOutboxSend, scheduleTurn } from "@/lib/channel/schedule-follow-up-jobs";
import { releaseStuckTurns } from "@/lib/conversation/process-turn";
import { wakeSnoozedConversations } from "@/lib/conversation/wake-snoozed-conversations";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { childLogger } from "@/lib/logger";
import { enqueue } from "../job-runner";

const log = childLogger("jobs");

// Runs every minute: wakes snoozed conversations, reconciles interrupted sends, drops statuses no
// send will claim and re-enqueues work a crash may have orphaned.
export async function maintenanceSweep(): Promise<void> {
  const settings = env();
  const woken = await wakeSnoozedConversations(db());
  const purged = await purgeExpiredLoginAttempts(db(), settings.LOGIN_LOCK_MINUTES * 2);
  const recovered = await recoverStuckSends(db(), settings.OUTBOX_RECONCILE_SECONDS);
  const expiredMedia = await expireStaleMedia(db());
  const staleStatuses = await purgePendingStatuses(db());
  const releasedTurns = await releaseStuckTurns(db(), 10 * 60_000);
  const orphaned = await findOrphanedWork(db(), { olderThanMs: settings.BURST_WINDOW_MS + 60_000 });
  for (const conversationId of orphaned.turns) await scheduleTurn(conversationId, 0);
  for (const conversationId of new Set([...orphaned.sends, ...recovered])) await scheduleOutboxSend(conversationId);
  for (const mediaId of orphaned.media) await scheduleMediaFetch(mediaId);
  if (orphaned.webhooksPending) await enqueue("webhook.ingest", {});
  const requeued = orphaned.turns.length + orphaned.sends.length + orphaned.media.length;
  if (woken || purged || recovered.length || expiredMedia || staleStatuses || requeued || releasedTurns) {
    log.info({ woken, purged, recoveredSends: recovered.length, expiredMedia, staleStatuses, requeued, releasedTurns }, "maintenance sweep");
  }
}
