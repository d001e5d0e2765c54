import { childLogger } from "@/lib/logger";
import type { RealtimeEvent } from "./events";

export type RealtimeSink = (event: RealtimeEvent) => void;

const holder = globalThis as typeof globalThis & { __realtimeSinks?: Set<RealtimeSink> };
const sinks = (): Set<RealtimeSink> => (holder.__realtimeSinks ??= new Set());
const log = childLogger("realtime");

// Domain code calls publish(); the server (socket.io) or a test registers a sink. Publishing never
// throws into domain code: a realtime hiccup must not fail a stored message.
export function publish(event: RealtimeEvent): void {
  for (const sink of sinks()) {
    try {
      sink(event);
    } catch (error) {
      log.warn({ err: error, event: event.type }, "realtime sink failed");
    }
  }
}

export function registerRealtimeSink(sink: RealtimeSink): () => void {
  sinks().add(sink);
  return () => sinks().delete(sink);
}
