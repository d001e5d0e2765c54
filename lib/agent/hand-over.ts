import { autoAssignHandoff } from "@/lib/conversation/auto-assign-handoff";
import type { Db } from "@/lib/db/client";
import type { Language } from "@/lib/db/schema";
import { childLogger } from "@/lib/logger";
import type { AgentState } from "./agent-state";
import type { EscalationDecision } from "./escalation/evaluate-rules";
import type { TurnSignals } from "./escalation/turn-signals";
import { buildHandoffPacket } from "./handoff/build-handoff-packet";
import { collectIdentifiers } from "./handoff/collect-identifiers";
import { createHandoff } from "./handoff/create-handoff";
import { publishHandoff } from "./handoff/publish-handoff";
import type { ToolRun } from "./build-agent-tools";
import { formatFollowUp, HANDOVER_PHRASES } from "./handover-phrases";

const log = childLogger("handoff");

// Hands the conversation to people with a complete packet (round-robin assigned when someone is
// online) and returns what the customer is told.
export async function handOver(
  db: Db,
  input: {
    conversationId: string;
    decision: EscalationDecision;
    signals: TurnSignals;
    runs: ToolRun[];
    language: Language;
    customerName?: string;
    state: AgentState;
    honestMessage: boolean;
    // The admin's own handoff text for this language, in place of the built-in one.
    handoverMessage?: string;
    timeZone?: string;
  },
): Promise<{ message: string; handoffId: string }> {
  const verifiedSlots = Object.entries(input.state.slots).map(([kind, value]) => ({ kind, value, verified: input.state.verified !== null && kind === "orderNumber" }));
  const packet = buildHandoffPacket({
    reason: input.decision.reason,
    signals: input.signals,
    customerMessages: input.signals.text.split("\n"),
    identifiers: collectIdentifiers(verifiedSlots, input.signals.entities),
    toolCalls: input.runs.map((run) => ({
      toolName: run.toolName,
      input: run.input,
      ok: run.outcome?.ok === true,
      summary: run.outcome ? (run.outcome.ok ? (run.outcome.facts.join("; ") || "done") : run.outcome.message) : run.status,
    })),
    linksSent: [],
    language: input.language,
    intent: input.signals.intent,
    customerName: input.customerName,
  });
  const created = await createHandoff(db, {
    conversationId: input.conversationId,
    packet,
    teamSlug: input.decision.teamSlug,
    priority: input.decision.priority,
    labels: input.decision.labels,
  });
  publishHandoff(created);
  // Best effort: without an assignee the handoff simply waits in its team's queue.
  await autoAssignHandoff(db, { handoffId: created.handoff.id }).catch((error: unknown) => {
    log.warn({ err: error, handoffId: created.handoff.id }, "automatic assignment failed");
  });
  const phrases = { ...HANDOVER_PHRASES[input.language], ...(input.handoverMessage && { handover: input.handoverMessage }) };
  // Only our own words here, never the model's: whatever it claimed, a person now decides.
  const parts = input.decision.customerMessage
    ? [input.decision.customerMessage]
    : input.honestMessage
      ? [phrases.honest]
      : input.decision.reason === "over_threshold"
        ? [phrases.approval, phrases.handover]
        : [phrases.handover];
  if (input.decision.followUpAt) parts.push(phrases.followUp(formatFollowUp(input.decision.followUpAt, input.language, input.timeZone)));
  return { message: parts.join("\n\n"), handoffId: created.handoff.id };
}
