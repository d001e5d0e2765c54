import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { childLogger } from "@/lib/logger";
import { readSetting } from "./read-setting";
import { cachedSetting } from "./settings-cache";

const log = childLogger("settings");
// Every ingest reads it, so it is cached briefly; a save in this process clears the cache at once.
const TTL_MS = 5_000;

// How long the agent waits for a customer's burst of messages to end before answering (the admin's
// setting, else BURST_WINDOW_MS). A database hiccup never holds up ingest: the environment's value is used.
export async function loadBurstWindowMs(database: () => Db): Promise<number> {
  try {
    return await cachedSetting("burst-window", TTL_MS, async () => (await readSetting(database(), "burst-window")).value.ms);
  } catch (error) {
    log.warn({ err: error }, "reading the burst window failed; using BURST_WINDOW_MS");
    return env().BURST_WINDOW_MS;
  }
}
