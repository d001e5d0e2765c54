import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadScenarios, parseScenario, thresholdsFileSchema, thresholdsFor } from "./load-scenarios";

const valid = {
  name: "cancels a paid order",
  intent: "cancel_order",
  language: "en",
  persona: { linked: true, name: "Ann", customer: { pick: "order_in_state", state: "paid" } },
  turns: [{ text: "cancel {order}" }, { tap: "confirm" }],
  expect: { tools: [{ name: "cancel_order", args: { orderNumber: "{order}" }, status: "executed" }], handoff: null, dataChange: "confirmed", finalState: { order: "cancelled" } },
};

describe("parseScenario", () => {
  it("accepts a scenario and defaults messy to clean", () => {
    const parsed = parseScenario(JSON.stringify(valid));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.scenario.messy).toEqual([]);
  });

  it.each([
    ["not JSON", "{", /not JSON/],
    ["an unknown tool", JSON.stringify({ ...valid, expect: { tools: ["delete_everything"] } }), /tools/],
    ["an unknown field", JSON.stringify({ ...valid, extra: 1 }), /extra/],
    ["a bad regular expression", JSON.stringify({ ...valid, expect: { replyMatches: ["(unclosed"] } }), /regular expression/],
    ["an unknown messy kind", JSON.stringify({ ...valid, messy: ["sloppy"] }), /messy/],
    ["a placeholder an unlinked persona cannot fill", JSON.stringify({ ...valid, persona: { linked: false, name: "X", waId: "447700900999" } }), /unlinked persona has no \{order\}/],
    ["no turns", JSON.stringify({ ...valid, turns: [] }), /turns/],
  ])("rejects %s", (_, text, message) => {
    const parsed = parseScenario(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe("loadScenarios", () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("loads evals/<intent>/*.json, skips results/, filters by id and reports misplaced or invalid files", () => {
    root = mkdtempSync(path.join(tmpdir(), "evals-"));
    for (const dir of ["cancel_order", "order_status", "results"]) mkdirSync(path.join(root, dir));
    writeFileSync(path.join(root, "cancel_order", "en-a.json"), JSON.stringify(valid));
    writeFileSync(path.join(root, "order_status", "en-b.json"), JSON.stringify(valid));
    writeFileSync(path.join(root, "order_status", "en-c.json"), "nope");
    writeFileSync(path.join(root, "results", "latest.json"), "{}");
    writeFileSync(path.join(root, "thresholds.json"), "{}");

    const all = loadScenarios(root);
    expect(all.scenarios.map((scenario) => scenario.id)).toEqual(["cancel_order/en-a"]);
    expect(all.errors).toEqual([expect.stringMatching(/^order_status\/en-b: intent "cancel_order" does not match/), expect.stringMatching(/^order_status\/en-c: not JSON/)]);
    expect(loadScenarios(root, { filter: "order_status" }).scenarios).toEqual([]);
  });
});

describe("thresholds", () => {
  it("merges the defaults with an intent's overrides", () => {
    const file = thresholdsFileSchema.parse({ default: { taskSuccess: 0.8, confirmationCompliance: 1 }, intents: { complaint: { taskSuccess: 0.5, grounding: 0.9 } } });
    expect(thresholdsFor(file, "complaint")).toEqual({ taskSuccess: 0.5, confirmationCompliance: 1, grounding: 0.9 });
    expect(thresholdsFor(file, "order_status")).toEqual({ taskSuccess: 0.8, confirmationCompliance: 1 });
  });

  it("rejects rates outside 0..1", () => {
    expect(thresholdsFileSchema.safeParse({ default: { taskSuccess: 80 } }).success).toBe(false);
  });
});
