import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveLanguageModel } from "@/lib/ai/providers";
import { checkExpectations } from "./check-expectations";
import { startEvalEnvironment, type EvalEnvironment } from "./eval-environment";
import { loadScenarios } from "./load-scenarios";
import { runScenario } from "./run-scenario";

// Two scenario files from evals/, run as `npm run eval` runs them (in process here instead of in a
// worker): the emulator delivers signed webhooks, the turn runs, the replies reach the emulator.
const EVALS = path.resolve(import.meta.dirname, "..", "..", "evals");
const model = resolveLanguageModel({ AI_MODEL: "offline", AI_BASE_URL: undefined, AI_API_KEY: undefined });

describe("eval runner (offline model, fresh PGlite per scenario)", () => {
  let env: EvalEnvironment;
  beforeAll(async () => {
    env = await startEvalEnvironment();
  }, 120_000);
  afterAll(async () => {
    await env.close();
  });

  const pick = (id: string) => {
    const found = loadScenarios(EVALS).scenarios.find((scenario) => scenario.id === id);
    if (!found) throw new Error(`no scenario ${id}`);
    return found.scenario;
  };

  it("a confirmed cancellation changes the order only in the turn that answered the prompt", async () => {
    const scenario = pick("cancel_order/en-cancels-a-paid-order-after-confirming");
    const run = await runScenario(env, scenario, model);
    const verdict = checkExpectations(scenario, run);
    expect(verdict.checks.filter((check) => !check.passed)).toEqual([]);
    expect(run.turns.map((turn) => [turn.answeredPrompt, turn.changedTables.includes("orders")])).toEqual([
      [null, false],
      ["yes", true],
    ]);
    // What the customer saw came back from the emulator, delivered.
    expect(run.turns[0]!.replies[0]).toMatchObject({ kind: "buttons", confirmationPrompt: true });
    expect(run.turns.flatMap((turn) => turn.replies).every((reply) => reply.delivery !== "failed")).toBe(true);
    expect(run.finalState.order).toBe("cancelled");
  }, 60_000);

  it("a declined change leaves the shop untouched, on a database that knows nothing of the previous scenario", async () => {
    const scenario = pick("cancel_order/de-asks-to-cancel-then-changes-their-mind-at-the-confirmation");
    const run = await runScenario(env, scenario, model);
    const verdict = checkExpectations(scenario, run);
    expect(verdict.firstFailure).toBeNull();
    expect(run.changedTables).toEqual([]);
    expect(run.finalState.order).toBe("processing");
  }, 60_000);
});
