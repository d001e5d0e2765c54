import { env } from "@/lib/env";
import type { IngestResult } from "./ingest/ingest-webhook-events";
import { publishIngestResult } from "./publish-ingest-result";
import { scheduleMediaFetch, scheduleTurn } from "./schedule-follow-up-jobs";

// What follows a committed ingest: agent turns, media downloads, live events.
export async function afterIngest(result: IngestResult): Promise<void> {
  for (const conversationId of result.turnsToSchedule) await scheduleTurn(conversationId, env().BURST_WINDOW_MS);
  for (const mediaId of result.mediaToFetch) await scheduleMediaFetch(mediaId);
  publishIngestResult(result);
}
