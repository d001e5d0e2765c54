import type { AgentTurnView, ConsoleMessage } from "@/lib/conversation/console-types";
import { dayKey, dayLabel } from "./format";
import { authorName, type QuotedMessage, type ReactionSummary } from "./message-bubble";
import { toMessageView } from "./message-view";

// The conversation as the console lays it out: day separators, messages with their reactions and
// quoted originals, and each agent turn placed after the customer messages it answered.

export type TimelineItem =
  | { kind: "day"; key: string; label: string }
  | { kind: "message"; key: string; message: ConsoleMessage; quoted?: QuotedMessage; reactions: ReactionSummary[] }
  | { kind: "turn"; key: string; turn: AgentTurnView };

export type TimelineOptions = { now?: Date; currentUserId?: string; customerName?: string };

export function buildTimeline(messages: readonly ConsoleMessage[], turns: readonly AgentTurnView[], options: TimelineOptions = {}): TimelineItem[] {
  const now = options.now ?? new Date();
  const byWaId = new Map<string, ConsoleMessage>();
  for (const message of messages) if (message.waMessageId && message.type !== "reaction") byWaId.set(message.waMessageId, message);

  // Reactions attach to the message they react to; the latest reaction of each person wins and an
  // empty one removes it. A reaction to a message that is not loaded stays in the stream.
  const reactionsByTarget = new Map<string, Map<string, ReactionSummary>>();
  const stream: ConsoleMessage[] = [];
  for (const message of messages) {
    const view = message.type === "reaction" && !message.isPrivateNote ? toMessageView(message) : null;
    if (view?.kind !== "reaction" || !view.targetWaMessageId || !byWaId.has(view.targetWaMessageId)) {
      stream.push(message);
      continue;
    }
    const reactions = reactionsByTarget.get(view.targetWaMessageId) ?? new Map<string, ReactionSummary>();
    reactionsByTarget.set(view.targetWaMessageId, reactions);
    const reactor = `${message.sender}:${message.author?.id ?? ""}`;
    reactions.delete(reactor);
    if (view.emoji) reactions.set(reactor, { emoji: view.emoji, by: authorName(message, options), sender: message.sender });
  }

  const { before, after, atEnd } = placeTurns(stream, turns);
  const items: TimelineItem[] = [];
  let currentDay: string | null = null;
  const push = (at: string, item: TimelineItem) => {
    const day = dayKey(new Date(at));
    if (day !== currentDay) {
      currentDay = day;
      items.push({ kind: "day", key: `day-${day}`, label: dayLabel(at, now) });
    }
    items.push(item);
  };
  const pushTurns = (list: AgentTurnView[] | undefined) => {
    for (const turn of list ?? []) push(turn.startedAt, { kind: "turn", key: `turn-${turn.id}`, turn });
  };

  stream.forEach((message, index) => {
    pushTurns(before.get(index));
    const reactions = message.waMessageId ? [...(reactionsByTarget.get(message.waMessageId)?.values() ?? [])] : [];
    const quoted: QuotedMessage | undefined =
      message.replyToWaMessageId && message.type !== "reaction"
        ? quotedFor(byWaId.get(message.replyToWaMessageId))
        : undefined;
    push(message.sentAt, { kind: "message", key: `message-${message.id}`, message, quoted, reactions });
    pushTurns(after.get(index));
  });
  pushTurns(atEnd);
  return items;
}

function quotedFor(original: ConsoleMessage | undefined): QuotedMessage {
  return original ? { found: true, message: original } : { found: false };
}

// A turn goes right after the last customer message it answered. A turn that answered none of the
// loaded messages goes before the bot's first reply after it started, else in time order.
function placeTurns(stream: readonly ConsoleMessage[], turns: readonly AgentTurnView[]) {
  const before = new Map<number, AgentTurnView[]>();
  const after = new Map<number, AgentTurnView[]>();
  const atEnd: AgentTurnView[] = [];
  const add = (map: Map<number, AgentTurnView[]>, index: number, turn: AgentTurnView) => {
    const list = map.get(index);
    if (list) list.push(turn);
    else map.set(index, [turn]);
  };
  const ordered = [...turns].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  for (const turn of ordered) {
    const answered = stream.findLastIndex((message) => message.turnId === turn.id);
    if (answered >= 0) {
      add(after, answered, turn);
      continue;
    }
    const started = Date.parse(turn.startedAt);
    const reply = stream.findIndex((message) => message.sender === "bot" && Date.parse(message.sentAt) >= started);
    const later = reply >= 0 ? reply : stream.findIndex((message) => Date.parse(message.sentAt) > started);
    if (later >= 0) add(before, later, turn);
    else atEnd.push(turn);
  }
  return { before, after, atEnd };
}
