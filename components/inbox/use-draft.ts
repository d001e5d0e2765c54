"use client";

import * as React from "react";

const PREFIX = "inbox-draft:";

function readDraft(key: string): string {
  return typeof window === "undefined" ? "" : (window.localStorage.getItem(key) ?? "");
}

/**
 * The composer's text for one conversation, kept in localStorage: switching conversations, a failed
 * send, a reload or a lost connection never loses what the agent typed. Cleared only after a send
 * the server accepted.
 */
export function useDraft(conversationId: string, mode: string): [string, (value: string) => void, () => void] {
  const key = `${PREFIX}${mode}:${conversationId}`;
  const [state, setState] = React.useState(() => ({ key, value: readDraft(key) }));
  // Another conversation or mode: load its draft (state adjusted while rendering, no effect needed).
  if (state.key !== key) setState({ key, value: readDraft(key) });
  const update = React.useCallback(
    (next: string) => {
      setState({ key, value: next });
      if (next) window.localStorage.setItem(key, next);
      else window.localStorage.removeItem(key);
    },
    [key],
  );
  const clear = React.useCallback(() => update(""), [update]);
  return [state.key === key ? state.value : readDraft(key), update, clear];
}
