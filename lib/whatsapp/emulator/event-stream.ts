import type { IncomingMessage, ServerResponse } from "node:http";
import type { EmulatorEvent, EmulatorEventListener } from "./event-hub";

// Server-Sent Events for the simulator page: one `event: <type>` frame per emulator event, JSON in
// `data`, and a comment line every 15 s so proxies keep the connection open. Returns a function that
// ends the stream (used when the emulator closes); `onEnd` runs once, however the stream ends.
export function openEventStream(
  req: IncomingMessage,
  res: ServerResponse,
  subscribe: (listener: EmulatorEventListener) => () => void,
  accept: (event: EmulatorEvent) => boolean,
  options: { heartbeatMs?: number; onEnd?: () => void } = {},
): () => void {
  res.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    // Tells nginx-style proxies not to buffer the stream.
    "x-accel-buffering": "no",
  });
  res.write(": connected\nretry: 3000\n\n");

  let sequence = 0;
  const unsubscribe = subscribe((event) => {
    if (!accept(event)) return;
    res.write(`id: ${++sequence}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), options.heartbeatMs ?? 15_000);
  heartbeat.unref();

  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    if (!res.writableEnded) res.end();
    options.onEnd?.();
  };
  req.on("close", end);
  res.on("close", end);
  return end;
}
