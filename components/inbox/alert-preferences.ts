"use client";

import * as React from "react";

const SOUND_KEY = "inbox-alert-sound";

export type AlertPreferences = {
  notificationsAllowed: boolean;
  sound: boolean;
  setSound: (on: boolean) => void;
  requestNotifications: () => Promise<void>;
  // Shows a browser notification (when allowed and the tab is not in front) and plays the sound (when on).
  alert: (title: string, body: string, onClick?: () => void) => void;
};

/** Browser notifications and an optional sound for new handoffs and mentions. */
export function useAlertPreferences(): AlertPreferences {
  const [notificationsAllowed, setAllowed] = React.useState(() => typeof Notification !== "undefined" && Notification.permission === "granted");
  const [sound, setSoundState] = React.useState(() => typeof window !== "undefined" && window.localStorage.getItem(SOUND_KEY) === "1");

  return React.useMemo<AlertPreferences>(
    () => ({
      notificationsAllowed,
      sound,
      setSound: (on) => {
        setSoundState(on);
        window.localStorage.setItem(SOUND_KEY, on ? "1" : "0");
      },
      requestNotifications: async () => {
        if (typeof Notification === "undefined") return;
        setAllowed((await Notification.requestPermission()) === "granted");
      },
      alert: (title, body, onClick) => {
        if (sound) playChime();
        if (!notificationsAllowed || document.visibilityState === "visible") return;
        const notification = new Notification(title, { body, tag: title });
        notification.onclick = () => {
          window.focus();
          onClick?.();
          notification.close();
        };
      },
    }),
    [notificationsAllowed, sound],
  );
}

// A short two-tone chime synthesised on the spot: no audio file to ship or load.
function playChime(): void {
  try {
    const context = new AudioContext();
    for (const [index, frequency] of [880, 1320].entries()) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, context.currentTime + index * 0.12);
      gain.gain.exponentialRampToValueAtTime(0.15, context.currentTime + index * 0.12 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, context.currentTime + index * 0.12 + 0.25);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(context.currentTime + index * 0.12);
      oscillator.stop(context.currentTime + index * 0.12 + 0.3);
    }
    setTimeout(() => void context.close(), 800);
  } catch {
    // Audio can be blocked until the page had a user gesture; the visual alert still shows.
  }
}
