import { loadBurstWindowMs } from "@/lib/admin/settings/load-burst-window";
import { db } from "@/lib/db/client";
import type { IngestResult } from "./ingest/ingest-webhook-events";
import { publishIngestResult } from "./publish-ingest-result";
import { scheduleMediaFetches, scheduleTurns } from "./schedule-follow-up-jobs";

// What follows a committed ingest: agent turns, media downloads, live events.
export async function afterIngest(result: IngestResult): Promise<void> {
  // The burst window is an assistant setting (BURST_WINDOW_MS until an admin changes it).
  if (result.turnsToSchedule.length > 0) await scheduleTurns(result.turnsToSchedule, await loadBurstWindowMs(db));
  await scheduleMediaFetches(result.mediaToFetch);
  publishIngestResult(result);
}
