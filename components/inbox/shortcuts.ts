"use client";

import * as React from "react";

export type ShortcutAction = "next" | "previous" | "assignToMe" | "takeOver" | "handBack" | "resolve" | "focusComposer" | "search" | "help" | "context";

// One table drives both the key handling and the help overlay, so they cannot disagree.
export const SHORTCUTS: { keys: string[]; action: ShortcutAction; description: string }[] = [
  { keys: ["j"], action: "next", description: "Next conversation" },
  { keys: ["k"], action: "previous", description: "Previous conversation" },
  { keys: ["a"], action: "assignToMe", description: "Assign to me" },
  { keys: ["t"], action: "takeOver", description: "Take over from the bot" },
  { keys: ["h"], action: "handBack", description: "Hand back to the bot" },
  { keys: ["e"], action: "resolve", description: "Resolve" },
  { keys: ["r"], action: "focusComposer", description: "Focus the composer" },
  { keys: ["/"], action: "search", description: "Search" },
  { keys: ["i"], action: "context", description: "Show or hide customer details" },
  { keys: ["?"], action: "help", description: "Show these shortcuts" },
];

const BY_KEY = new Map(SHORTCUTS.flatMap((shortcut) => shortcut.keys.map((key) => [key, shortcut.action] as const)));

/** Single-key shortcuts, ignored while the agent types in a field or holds a modifier. */
export function useShortcuts(handler: (action: ShortcutAction) => void): void {
  const latest = React.useRef(handler);
  React.useEffect(() => {
    latest.current = handler;
  });
  React.useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) {
        if (event.key === "Escape") target.blur();
        return;
      }
      if (document.querySelector("[role=dialog], [role=menu]")) return;
      const action = BY_KEY.get(event.key);
      if (!action) return;
      event.preventDefault();
      latest.current(action);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
