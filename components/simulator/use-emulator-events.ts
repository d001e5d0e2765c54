"use client";

import * as React from "react";
import type { EmulatorEvent } from "@/lib/whatsapp/emulator/event-hub";

export type StreamState = "connecting" | "live" | "reconnecting";

const EVENT_TYPES: EmulatorEvent["type"][] = ["outbound", "inbound", "status", "business-read"];
const MAX_BACKOFF_MS = 15_000;

// Follows one customer's Server-Sent Events stream. The browser retries dropped connections by itself
// (the emulator asks for 3 s); when it gives up (an HTTP error such as a restart-time 404 or an expired
// session), we open a new EventSource with backoff. `onOpen` runs on every (re)connect so the caller
// can catch up on what it missed; `onClosed` runs when the server refused the stream, so the caller
// can find out why (the emulator forgets customers on restart).
export function useEmulatorEvents(
  url: string | null,
  handlers: { onEvent: (event: EmulatorEvent) => void; onOpen: () => void; onClosed: () => void },
): StreamState {
  // Remembers which URL the state belongs to, so switching customers starts from "connecting".
  const [status, setStatus] = React.useState<{ url: string | null; state: StreamState }>({ url: null, state: "connecting" });
  const onEvent = React.useEffectEvent(handlers.onEvent);
  const onOpen = React.useEffectEvent(handlers.onOpen);
  const onClosed = React.useEffectEvent(handlers.onClosed);

  React.useEffect(() => {
    if (!url) return;
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | null = null;
    let failures = 0;
    let stopped = false;

    const listener = (message: MessageEvent<string>) => {
      try {
        onEvent(JSON.parse(message.data) as EmulatorEvent);
      } catch {
        // A frame we cannot read is skipped; the next refetch reconciles the transcript.
      }
    };

    const setState = (state: StreamState) => setStatus({ url, state });
    const connect = () => {
      if (stopped) return;
      source = new EventSource(url, { withCredentials: true });
      source.onopen = () => {
        failures = 0;
        setState("live");
        onOpen();
      };
      source.onerror = () => {
        if (!source || source.readyState !== EventSource.CLOSED) {
          setState("reconnecting");
          return;
        }
        source.close();
        setState("reconnecting");
        onClosed();
        failures += 1;
        retryTimer = setTimeout(connect, Math.min(1_000 * 2 ** (failures - 1), MAX_BACKOFF_MS));
      };
      for (const type of EVENT_TYPES) source.addEventListener(type, listener);
    };

    connect();
    return () => {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      source?.close();
    };
  }, [url]);

  return url !== null && status.url === url ? status.state : "connecting";
}
