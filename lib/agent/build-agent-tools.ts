import { type FlexibleSchema, tool, type ToolSet, zodSchema } from "ai";
import type { z } from "zod";
import type { OutboundContent } from "@/lib/channel/outbound/outbound-content";
import { canonicalJson } from "@/lib/audit/canonical-json";
import type { Db } from "@/lib/db/client";
import type { Language } from "@/lib/db/schema";
import { searchKnowledge, type KnowledgeHit } from "@/lib/knowledge/search-knowledge";
import type { Connectors } from "./connectors/types";
import type { TurnSignals } from "./escalation/turn-signals";
import { TOOL_DESCRIPTIONS, TOOL_INPUTS, TOOL_RISK, type ToolName } from "./tool-catalogue";
import type { AgentPolicy, CustomerScope, ToolContext, ToolOutcome } from "./tools/tool-context";
import { TOOL_IMPLEMENTATIONS } from "./tools/tool-implementations";

export type ToolRun = {
  toolCallId: string;
  toolName: ToolName;
  input: unknown;
  outcome: ToolOutcome<unknown> | null;
  status: "executed" | "denied" | "failed";
  durationMs: number;
};

type BuildInput = {
  db: Db;
  connectors: Connectors;
  scope: CustomerScope;
  policy: AgentPolicy;
  now: Date;
  // Only set when the customer confirmed a change: the key and the one exact call it is valid for
  // (same call id, same tool, same input; a model cannot reuse an approval for something else).
  approved: { idempotencyKey: string; toolCallId: string; toolName: string; input: unknown } | null;
  runs: ToolRun[];
};

// The tools' input schemas as the AI SDK reads them, built once: the JSON Schema sent to the model is
// derived from the zod schema on first use and then reused by every turn (validation stays zod's).
const INPUT_SCHEMAS = Object.fromEntries((Object.keys(TOOL_INPUTS) as ToolName[]).map((name) => [name, inputSchema(TOOL_INPUTS[name])])) as Record<ToolName, FlexibleSchema<unknown>>;

// The AI SDK tools for one turn. Each wraps its implementation with the boundaries that must hold
// whatever the model asks: change tools run only for the call the customer confirmed (with its
// idempotency key), every call is recorded, and nothing a tool returns can widen the scope.
export function buildAgentTools(input: BuildInput) {
  let verified: { customerId: string; by: "email" | "order_postcode"; name?: string } | null = null;
  let presented: OutboundContent | null = null;
  const scope: CustomerScope = { ...input.scope };

  const record = async (toolCallId: string, name: ToolName, args: unknown, run: () => Promise<ToolOutcome<unknown>>): Promise<ToolOutcome<unknown>> => {
    const started = Date.now();
    try {
      const outcome = await run();
      input.runs.push({ toolCallId, toolName: name, input: args, outcome, status: "executed", durationMs: Date.now() - started });
      return outcome;
    } catch (error) {
      const outcome: ToolOutcome<unknown> = { ok: false, reason: "integration_error", message: "I can't reach that system right now." };
      input.runs.push({ toolCallId, toolName: name, input: args, outcome, status: "failed", durationMs: Date.now() - started });
      void error;
      return outcome;
    }
  };

  const context = (toolCallId: string, name: ToolName, args: unknown): ToolContext => ({
    connectors: input.connectors,
    scope,
    policy: input.policy,
    now: input.now,
    idempotencyKey: TOOL_RISK[name] === "change" && isApprovedCall(input.approved, toolCallId, name, args) ? input.approved!.idempotencyKey : null,
  });

  const definitions: ToolSet = {};
  for (const name of Object.keys(TOOL_INPUTS) as ToolName[]) {
    definitions[name] = tool({
      description: TOOL_DESCRIPTIONS[name],
      inputSchema: INPUT_SCHEMAS[name],
      execute: async (args: unknown, { toolCallId }: { toolCallId: string }) =>
        record(toolCallId, name, args, async () => {
          switch (name) {
            case "search_knowledge": {
              const { query } = TOOL_INPUTS.search_knowledge.parse(args);
              const hits = await searchKnowledge(input.db, { query, language: scope.language, country: scope.country, today: input.now.toISOString().slice(0, 10) });
              return { ok: true, data: hits.map(({ articleId, title, snippet, score }) => ({ articleId, title, snippet, score })), facts: hits.map((hit) => hit.title) };
            }
            case "reply_with_buttons": {
              const { text, buttons } = TOOL_INPUTS.reply_with_buttons.parse(args);
              presented = { type: "buttons", body: text, buttons };
              return { ok: true, data: { shown: true }, facts: [] };
            }
            case "reply_with_list": {
              const { text, buttonLabel, rows } = TOOL_INPUTS.reply_with_list.parse(args);
              presented = { type: "list", body: text, buttonLabel, sections: [{ rows }] };
              return { ok: true, data: { shown: true }, facts: [] };
            }
            case "escalate_to_human":
              return { ok: true, data: TOOL_INPUTS.escalate_to_human.parse(args), facts: [] };
            default: {
              const outcome = await TOOL_IMPLEMENTATIONS[name](args, context(toolCallId, name, args));
              // A successful identity check widens the scope for the rest of this turn only through code.
              if (name === "identify_customer" && outcome.ok) {
                const data = outcome.data as { customerId: string; by: "email" | "order_postcode"; name?: string };
                verified = data;
                scope.verifiedCustomerId = data.customerId;
                scope.verifiedBy = data.by;
              }
              return outcome;
            }
          }
        }),
    });
  }

  return {
    definitions,
    verifiedCustomer: () => verified,
    presentedReply: () => presented,
    // Knowledge the model gets up front for questions, so a single step can answer with a citation.
    async searchForContext(signals: TurnSignals, language: Language): Promise<KnowledgeHit[]> {
      if (signals.text.length < 3) return [];
      return searchKnowledge(input.db, { query: signals.text, language, country: scope.country, today: input.now.toISOString().slice(0, 10), limit: 3 });
    },
  };
}

function inputSchema(schema: z.ZodType<unknown>): FlexibleSchema<unknown> {
  return zodSchema(schema);
}

export function isApprovedCall(approved: BuildInput["approved"], toolCallId: string, toolName: string, input: unknown): boolean {
  if (approved === null || approved.toolCallId !== toolCallId || approved.toolName !== toolName || !(toolName in TOOL_INPUTS)) return false;
  // Compared as the tool will see them: parsed by its schema (defaults applied, unknown keys dropped).
  const schema = TOOL_INPUTS[toolName as ToolName];
  const confirmed = schema.safeParse(approved.input);
  const requested = schema.safeParse(input);
  return confirmed.success && requested.success && canonicalJson(confirmed.data) === canonicalJson(requested.data);
}
