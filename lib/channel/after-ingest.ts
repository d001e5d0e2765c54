import { env } from "@/lib/env";
import type { IngestResult } from "./ingest/ingest-webhook-events";
import { publishIngestResult } from "./publish-ingest-result";
import { scheduleMediaFetches, scheduleTurns } from "./schedule-follow-up-jobs";

// What follows a committed ingest: agent turns, media downloads, live events.
export async function afterIngest(result: IngestResult): Promise<void> {
  await scheduleTurns(result.turnsToSchedule, env().BURST_WINDOW_MS);
  await scheduleMediaFetches(result.mediaToFetch);
  publishIngestResult(result);
}
