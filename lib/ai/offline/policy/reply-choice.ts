import { INTENT_IDS, type IntentId } from "../nlu/intents";

// The ids on the buttons and list rows this policy sends. WhatsApp hands the id back when the
// customer taps, so a tap is read exactly, without classifying its title.
export type Choice =
  | { kind: "human" }
  | { kind: "intent"; intent: IntentId }
  | { kind: "order"; value: string }
  | { kind: "booking"; value: string }
  | { kind: "slot"; value: string }
  | { kind: "sub"; value: string }
  | { kind: "plan"; value: string }
  | { kind: "action"; value: string }
  | { kind: "reason"; value: string }
  | { kind: "problem"; value: string }
  | { kind: "resolution"; value: string };

export const HUMAN_CHOICE_ID = "human";

export function choiceId(kind: Exclude<Choice["kind"], "human">, value: string): string {
  return `${kind}:${value}`;
}

const CHOICE_PATTERN = /(?:^|\s)(intent|order|booking|slot|sub|plan|action|reason|problem|resolution):([A-Za-z0-9_-]+)(?=\s|$)/;

export function readChoice(text: string): Choice | null {
  const trimmed = text.trim();
  if (trimmed === HUMAN_CHOICE_ID) return { kind: "human" };
  const match = CHOICE_PATTERN.exec(trimmed);
  if (!match) return null;
  const [, kind = "", value = ""] = match;
  if (kind === "intent") return isIntentId(value) ? { kind: "intent", intent: value } : null;
  switch (kind) {
    case "order":
    case "booking":
    case "slot":
    case "sub":
    case "plan":
    case "action":
    case "reason":
    case "problem":
    case "resolution":
      return { kind, value };
    default:
      return null;
  }
}

export function isIntentId(value: string): value is IntentId {
  return (INTENT_IDS as readonly string[]).includes(value);
}

// A bare "2" (or "2." / "#2") picks the second option offered.
export function readOptionNumber(text: string): number | null {
  const match = /^\s*#?(\d{1,2})\.?\s*$/.exec(text);
  if (!match) return null;
  const number = Number(match[1]);
  return number >= 1 ? number : null;
}
