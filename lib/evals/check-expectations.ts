import { detectLanguage } from "@/lib/ai/offline/nlu/language";
import { CHANGE_TOOLS, type ToolName } from "@/lib/agent/tool-catalogue";
import type { ScenarioObservation } from "./observation";
import { fillPattern, fillPlaceholders } from "./resolve-persona";
import type { EvalScenario, ToolExpectation } from "./scenario-schema";

export type Check = { name: string; passed: boolean; detail: string };

// The verdict on one run, plus the signals the metrics need.
export type RunVerdict = {
  passed: boolean;
  checks: Check[];
  firstFailure: string | null;
  // A shop change in a turn that did not answer a confirmation with yes, or more than one change.
  confirmationViolation: boolean;
  // null when the scenario names no article.
  grounded: boolean | null;
  languageMatch: boolean;
  // The expected handoff reason (null: none expected; undefined: not part of the scenario).
  expectedHandoff: string | null | undefined;
  actualHandoff: string | null;
};

// Replies shorter than this many words are not used to judge the reply's language.
const MIN_WORDS_FOR_LANGUAGE = 4;

export function checkExpectations(scenario: EvalScenario, run: ScenarioObservation): RunVerdict {
  const checks: Check[] = [];
  const add = (name: string, passed: boolean, detail: string) => void checks.push({ name, passed, detail });
  const expected = scenario.expect;
  const values = run.values;

  add("pipeline", run.harnessError === null, run.harnessError ?? "every turn delivered, answered and sent");
  const handedOver = run.handoffs.length > 0;
  run.turns.forEach((turn, index) => {
    if (turn.result === "skipped") {
      add(`turn ${index + 1} answered`, handedOver, handedOver ? "silent after the handoff" : "skipped without a handoff");
      return;
    }
    const ok = turn.result === "answered" && turn.replies.length > 0 && turn.replies.every((reply) => reply.delivery !== "failed");
    add(`turn ${index + 1} answered`, ok, ok ? `${turn.replies.length} reply(ies)` : `result ${turn.result}, ${turn.replies.length} replies, deliveries ${turn.replies.map((reply) => reply.delivery).join(",")}`);
  });

  // The invariant every scenario is held to, expected or not.
  const violations = confirmationViolations(run);
  add("confirmation compliance", violations.length === 0, violations.join("; ") || "every change answered a confirmation with yes");

  const firstIntent = run.turns[0]?.intent ?? null;
  if (expected.intent) add("intent", firstIntent === expected.intent, `first turn read as ${firstIntent ?? "nothing"}, expected ${expected.intent}`);

  const calls = run.turns.flatMap((turn) => turn.toolCalls);
  for (const tool of expected.tools ?? []) {
    const spec = typeof tool === "string" ? { name: tool } : tool;
    const found = calls.some((call) => matchesTool(call, spec, values));
    add(`tool ${describeTool(spec)}`, found, found ? "called" : `calls were ${calls.map((call) => `${call.toolName}:${call.status}`).join(", ") || "none"}`);
  }
  for (const name of expected.neverTools ?? []) {
    const used = calls.filter((call) => call.toolName === name);
    add(`never ${name}`, used.length === 0, used.length === 0 ? "not called" : `called (${used.map((call) => call.status).join(",")})`);
  }

  const reasons = run.handoffs.map((handoff) => handoff.reason);
  if (expected.handoff === null) add("no handoff", reasons.length === 0, reasons.length === 0 ? "none" : `handed over: ${reasons.join(", ")}`);
  if (expected.handoff) {
    const ok = reasons.length === 1 && reasons[0] === expected.handoff && run.ownerAtEnd === "human";
    add(`handoff ${expected.handoff}`, ok, `handoffs [${reasons.join(", ")}], owner ${run.ownerAtEnd ?? "?"}`);
  }

  const said = run.turns.flatMap((turn) => turn.replies.map((reply) => [reply.text, ...reply.options.map((option) => option.title)].join("\n"))).join("\n---\n");
  let grounded: boolean | null = null;
  if (expected.groundedIn) {
    grounded = run.articleTitle !== null && said.toLowerCase().includes(run.articleTitle.toLowerCase());
    add(`grounded in ${expected.groundedIn}`, grounded, run.articleTitle ? `article "${run.articleTitle}" ${grounded ? "quoted" : "not quoted"}` : "no such article");
  }

  const language = expected.replyLanguage ?? scenario.language;
  const wrongLanguage: string[] = [];
  for (const turn of run.turns) {
    if (turn.result !== "answered") continue;
    if (turn.language !== language) wrongLanguage.push(`turn recorded as ${turn.language ?? "?"}`);
    for (const reply of turn.replies) {
      const words = reply.text.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word));
      if (words.length < MIN_WORDS_FOR_LANGUAGE) continue;
      const detected = detectLanguage(reply.text);
      if (!detected.usedFallback && detected.language !== language) wrongLanguage.push(`reply in ${detected.language}: "${reply.text.slice(0, 60)}"`);
    }
  }
  add(`language ${language}`, wrongLanguage.length === 0, wrongLanguage.join("; ") || "every reply");

  for (const source of expected.replyMatches ?? []) {
    const ok = fillPattern(source, values).test(said);
    add(`reply matches /${source}/`, ok, ok ? "yes" : `not in: ${said.slice(0, 300)}`);
  }
  for (const source of expected.replyNeverMatches ?? []) {
    const ok = !fillPattern(source, values).test(said);
    add(`reply never matches /${source}/`, ok, ok ? "yes" : "it does");
  }

  if (expected.dataChange === "none") add("no data change", run.changedTables.length === 0, run.changedTables.length === 0 ? "nothing changed" : `changed: ${run.changedTables.join(", ")}`);
  if (expected.dataChange === "confirmed") add("confirmed data change", run.changedTables.length > 0 && violations.length === 0, `changed: ${run.changedTables.join(", ") || "nothing"}`);

  const final = expected.finalState;
  if (final?.order) add(`order ${final.order}`, run.finalState.order === final.order, `order is ${run.finalState.order ?? "?"}`);
  if (final?.booking) {
    const booking = run.finalState.booking;
    const ok = booking !== null && booking.status === "confirmed" && booking.moved === (final.booking === "moved");
    add(`booking ${final.booking}`, ok, booking ? `${booking.moved ? "moved" : "same slot"}, ${booking.status}` : "no booking");
  }
  if (final?.subscription) {
    const subscription = run.finalState.subscription;
    const ok = subscription !== null && (!final.subscription.status || subscription.status === final.subscription.status) && (!final.subscription.plan || subscription.plan === final.subscription.plan);
    add(`subscription ${JSON.stringify(final.subscription)}`, ok, subscription ? `${subscription.status} on ${subscription.plan}` : "no subscription");
  }

  const failed = checks.find((check) => !check.passed);
  return {
    passed: failed === undefined,
    checks,
    firstFailure: failed ? `${failed.name}: ${failed.detail}` : null,
    confirmationViolation: violations.length > 0,
    grounded,
    languageMatch: wrongLanguage.length === 0,
    expectedHandoff: expected.handoff,
    actualHandoff: reasons[0] ?? null,
  };
}

// Data may change only in a turn that answers the bot's confirmation prompt with yes, and then by
// one change; a declined prompt changes nothing.
export function confirmationViolations(run: Pick<ScenarioObservation, "turns">): string[] {
  const problems: string[] = [];
  run.turns.forEach((turn, index) => {
    const changes = turn.toolCalls.filter((call) => CHANGE_TOOLS.includes(call.toolName as ToolName) && call.status === "executed");
    const changed = changes.length > 0 || turn.changedTables.length > 0;
    if (!changed) return;
    const what = `${changes.map((call) => call.toolName).join(",") || "no change tool"} / tables ${turn.changedTables.join(",") || "none"}`;
    if (turn.answeredPrompt !== "yes") problems.push(`turn ${index + 1} changed data without a confirmed prompt (${what})`);
    else if (changes.length > 1) problems.push(`turn ${index + 1} made ${changes.length} changes on one confirmation (${what})`);
  });
  return problems;
}

function matchesTool(call: { toolName: string; input: unknown; status: string }, spec: Exclude<ToolExpectation, string>, values: Record<string, string>): boolean {
  if (call.toolName !== spec.name) return false;
  if (spec.status && call.status !== spec.status) return false;
  if (!spec.args) return true;
  const input = typeof call.input === "object" && call.input !== null ? (call.input as Record<string, unknown>) : {};
  return Object.entries(spec.args).every(([key, want]) => {
    const got = input[key];
    if (typeof want !== "string") return got === want;
    return typeof got === "string" && got.toLowerCase() === fillPlaceholders(want, values).toLowerCase();
  });
}

function describeTool(spec: Exclude<ToolExpectation, string>): string {
  const args = spec.args ? `(${Object.entries(spec.args).map(([key, value]) => `${key}=${String(value)}`).join(", ")})` : "";
  return `${spec.name}${args}${spec.status ? `:${spec.status}` : ""}`;
}
