import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4GenerateResult,
  LanguageModelV4Prompt,
  LanguageModelV4StreamPart,
  LanguageModelV4StreamResult,
} from "@ai-sdk/provider";
import { z } from "zod";
import { TOOL_INPUTS, type ToolName } from "@/lib/agent/tool-catalogue";
import { offlineNlu } from "@/lib/ai/offline/offline-nlu";
import type { Entity } from "@/lib/ai/offline/nlu/entities/types";
import { INTENT_IDS } from "@/lib/ai/offline/nlu/intents";
import { LANGS } from "@/lib/ai/offline/nlu/lang";
import { planOfflineStep, type OfflineState, type OfflineStepInput } from "@/lib/ai/offline/policy/plan-step";

// The key under providerOptions where the agent runner hands the offline model what it already knows
// (language, intent, entities, episode state, knowledge hits). Real providers ignore it.
export const OFFLINE_PROVIDER_KEY = "offline";

const PRESENT_TOOLS: ReadonlySet<string> = new Set(["reply_with_buttons", "reply_with_list"]);
const usage = (input: number, output: number) => ({
  inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: output, text: output, reasoning: 0 },
});

// The built-in model: a deterministic implementation of the AI SDK's language-model interface, so the
// same agent loop, tools, approvals and guardrails run with no network and no API key. Its decisions
// come from the offline policy (guided flows over the offline NLU); tool results arrive in the prompt
// exactly as they would for a hosted model.
export class OfflineLanguageModel implements LanguageModelV4 {
  readonly specificationVersion = "v4";
  readonly provider = "offline";
  readonly modelId = "support-policy-v1";
  readonly supportedUrls = {};

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    const toolResults = readToolResults(options.prompt);
    const promptChars = JSON.stringify(options.prompt).length;
    // A reply shaped by a presentation tool is complete once that tool has run.
    if (toolResults.some((result) => PRESENT_TOOLS.has(result.toolName))) {
      return { content: [], finishReason: { unified: "stop", raw: "stop" }, usage: usage(Math.ceil(promptChars / 4), 0), warnings: [] };
    }
    const input = stepInput(options, toolResults);
    const step = planOfflineStep(input);
    const available = new Set((options.tools ?? []).map((t) => t.name));
    const content: LanguageModelV4Content[] = [];
    let finish: "stop" | "tool-calls" = "stop";

    if (step.kind === "call_tools") {
      for (const [index, call] of step.calls.entries()) {
        if (!available.has(call.toolName)) continue;
        content.push({ type: "tool-call", toolCallId: `offline-${toolResults.length}-${index}`, toolName: call.toolName, input: JSON.stringify(call.input) });
      }
      finish = content.length > 0 ? "tool-calls" : "stop";
    } else if (step.buttons && step.buttons.length > 0 && available.has("reply_with_buttons")) {
      content.push({ type: "tool-call", toolCallId: `offline-${toolResults.length}-0`, toolName: "reply_with_buttons", input: JSON.stringify({ text: step.text, buttons: step.buttons }) });
      finish = "tool-calls";
    } else if (step.list && available.has("reply_with_list")) {
      content.push({
        type: "tool-call",
        toolCallId: `offline-${toolResults.length}-0`,
        toolName: "reply_with_list",
        input: JSON.stringify({ text: step.text, buttonLabel: step.list.buttonLabel, rows: step.list.rows }),
      });
      finish = "tool-calls";
    } else {
      content.push({ type: "text", text: step.text });
    }
    const statePatch = step.kind === "reply" ? step.statePatch : {};
    const citedArticleId = step.kind === "reply" ? (step.citedArticleId ?? null) : null;
    const outputChars = JSON.stringify(content).length;
    return {
      content,
      finishReason: { unified: finish, raw: finish },
      usage: usage(Math.ceil(promptChars / 4), Math.ceil(outputChars / 4)),
      providerMetadata: { offline: { statePatch: JSON.parse(JSON.stringify(statePatch)), citedArticleId, intent: input.nlu.intent } },
      warnings: [],
    };
  }

  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    const result = await this.doGenerate(options);
    const parts: LanguageModelV4StreamPart[] = [{ type: "stream-start", warnings: [] }];
    for (const [index, part] of result.content.entries()) {
      if (part.type === "text") {
        const id = `text-${index}`;
        parts.push({ type: "text-start", id }, { type: "text-delta", id, delta: part.text }, { type: "text-end", id });
      } else if (part.type === "tool-call") {
        parts.push(part);
      }
    }
    parts.push({ type: "finish", finishReason: result.finishReason, usage: result.usage, providerMetadata: result.providerMetadata });
    return {
      stream: new ReadableStream<LanguageModelV4StreamPart>({
        start(controller) {
          for (const part of parts) controller.enqueue(part);
          controller.close();
        },
      }),
    };
  }
}

type ToolResult = OfflineStepInput["toolResults"][number];

// Tool results of the current turn, in order, as the AI SDK puts them in the prompt.
function readToolResults(prompt: LanguageModelV4Prompt): ToolResult[] {
  const calls = new Map<string, { toolName: string; input: unknown }>();
  const results: ToolResult[] = [];
  for (const message of prompt) {
    if (message.role === "assistant") {
      for (const part of message.content) {
        if (part.type === "tool-call") calls.set(part.toolCallId, { toolName: part.toolName, input: part.input });
      }
    }
    if (message.role !== "tool" && message.role !== "assistant") continue;
    for (const part of message.content) {
      if (part.type !== "tool-result" || !(part.toolName in TOOL_INPUTS)) continue;
      const output = part.output;
      const value = output.type === "json" ? output.value : output.type === "text" ? { ok: false, reason: "invalid", message: output.value } : { ok: false, reason: "invalid", message: output.type };
      results.push({ toolName: part.toolName as ToolName, input: calls.get(part.toolCallId)?.input ?? {}, outcome: toolOutcomeSchema.parse(value) });
    }
  }
  return results;
}

const toolOutcomeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown(), facts: z.array(z.string()).default([]) }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(["not_verified", "not_found", "not_allowed", "needs_human", "integration_error", "invalid"]),
    message: z.string().default(""),
    facts: z.array(z.string()).optional(),
  }),
  // Denied approvals and execution errors come back as plain values from the SDK.
  z.unknown().transform(() => ({ ok: false as const, reason: "invalid" as const, message: "the tool did not run" })),
]);

// What the runner passed, or (used on its own, e.g. from a playground) what the offline NLU reads
// from the last customer message.
function stepInput(options: LanguageModelV4CallOptions, toolResults: ToolResult[]): OfflineStepInput {
  const provided = options.providerOptions?.[OFFLINE_PROVIDER_KEY];
  const context = provided ? offlineContextSchema.safeParse(provided) : null;
  if (context?.success) {
    return { ...context.data, now: new Date(context.data.now), toolResults };
  }
  const text = lastUserText(options.prompt);
  const understood = offlineNlu().understand(text, null);
  return {
    customerText: text,
    language: understood.language,
    nlu: understood.nlu,
    entities: understood.entities,
    state: { activeIntent: null, slots: {}, verified: false, clarificationsAsked: 0, awaiting: null },
    toolResults,
    now: new Date(),
    outOfScopeThreshold: understood.threshold,
  };
}

function lastUserText(prompt: LanguageModelV4Prompt): string {
  for (let i = prompt.length - 1; i >= 0; i--) {
    const message = prompt[i]!;
    if (message.role === "user") return message.content.map((part) => (part.type === "text" ? part.text : "")).join(" ").trim();
  }
  return "";
}

const offlineContextSchema = z.object({
  customerText: z.string(),
  language: z.enum(LANGS),
  nlu: z.object({
    intent: z.enum([...INTENT_IDS, "out_of_scope"]),
    confidence: z.number(),
    ranking: z.array(z.object({ intent: z.enum(INTENT_IDS), score: z.number() })),
  }),
  entities: z.array(z.custom<Entity>((value) => typeof value === "object" && value !== null && "kind" in value && "value" in value)),
  // The policy validates the state field by field itself (plan-step.ts readState).
  state: z.custom<OfflineState>((value) => typeof value === "object" && value !== null),
  knowledge: z.array(z.object({ articleId: z.string(), title: z.string(), snippet: z.string(), score: z.number() })).optional(),
  now: z.string(),
  outOfScopeThreshold: z.number(),
});
