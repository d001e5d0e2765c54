import { generateText, isStepCount, type ToolApprovalStatus } from "ai";
import { asc, eq } from "drizzle-orm";
import { agentStateSchema } from "@/lib/agent/agent-state";
import { buildAgentTools, type ToolRun } from "@/lib/agent/build-agent-tools";
import type { Connectors } from "@/lib/agent/connectors/types";
import { computeTurnSignals } from "@/lib/agent/escalation/compute-turn-signals";
import { evaluateEscalationRules } from "@/lib/agent/escalation/evaluate-rules";
import { buildInstructions } from "@/lib/agent/instructions";
import { CHANGE_TOOLS, type ToolName } from "@/lib/agent/tool-catalogue";
import type { AgentPolicy, CustomerScope } from "@/lib/agent/tools/tool-context";
import { OFFLINE_PROVIDER_KEY } from "@/lib/ai/models/offline-language-model";
import { maskSensitive } from "@/lib/ai/offline/nlu/masking";
import { intentClassifier } from "@/lib/ai/offline/offline-nlu";
import type { ConfiguredModel } from "@/lib/ai/providers";
import type { Db } from "@/lib/db/client";
import { escalationRules } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { TestQuestionInput } from "@/lib/validation/knowledge";
import type { TestQuestionResult } from "./article-views";
import { knowledgeDay } from "./knowledge-day";
import { readOnlyConnectors } from "./read-only-connectors";

const MAX_STEPS = 8;

export type TestQuestionDeps = {
  model: ConfiguredModel;
  connectors: Connectors;
  policy: AgentPolicy;
  confidenceThreshold: number;
  // From the assistant settings, as a turn reads them.
  persona?: string;
  tone?: string;
  now?: Date;
};

// "Test a question": one rehearsal of the agent's first turn for a new, unidentified customer with
// the given language and country, as lib/agent/run-agent-turn.ts runs it: the same signals, the same
// escalation rules before any model, the same up-front knowledge search (searchForContext, the
// published/effective-date/region filters applied at query time), the same instructions, tools and
// offline-model options, with the configured model. Nothing is stored or sent: no conversation,
// message, turn record or audit event, and connectors refuse every change.
export async function testKnowledgeQuestion(db: Db, input: TestQuestionInput, deps: TestQuestionDeps): Promise<TestQuestionResult> {
  const now = input.date ? new Date(`${input.date}T12:00:00Z`) : (deps.now ?? new Date());
  const language = input.locale;
  const signals = computeTurnSignals([input.message], { classifier: intentClassifier(), languageHints: { previous: language }, now });
  const rules = await db.select().from(escalationRules).where(eq(escalationRules.enabled, true)).orderBy(asc(escalationRules.position));
  const evaluation = evaluateEscalationRules(rules, signals, {
    tier: "standard",
    now,
    businessHours: null,
    clarificationsAsked: 0,
    failedLookups: 0,
    negativeStreak: signals.sentiment.label === "negative" ? 1 : 0,
    integrationError: false,
    confidenceThreshold: deps.confidenceThreshold,
  });

  const scope: CustomerScope = { waId: "", verifiedCustomerId: null, verifiedBy: null, country: input.region, language, tier: "standard" };
  const state = agentStateSchema.parse({ language });
  const runs: ToolRun[] = [];
  const tools = buildAgentTools({ db, connectors: readOnlyConnectors(deps.connectors), scope, policy: deps.policy, now, approved: null, runs });
  const knowledge = await tools.searchForContext(signals, language);

  let result;
  try {
    result = await generateText({
      model: deps.model.model,
      instructions: buildInstructions({ language, scope, state, knowledge, persona: deps.persona, tone: deps.tone }),
      messages: [{ role: "user", content: maskSensitive(signals.text).text }],
      tools: tools.definitions,
      // As in a real turn: every data-changing call would wait for the customer's yes.
      toolApproval: ({ toolCall }): ToolApprovalStatus => (CHANGE_TOOLS.includes(toolCall.toolName as ToolName) ? "user-approval" : undefined),
      stopWhen: isStepCount(MAX_STEPS),
      providerOptions: {
        [OFFLINE_PROVIDER_KEY]: {
          customerText: signals.text,
          language,
          nlu: { intent: signals.intent, confidence: signals.confidence, ranking: signals.ranking.slice(0, 5) },
          entities: JSON.parse(JSON.stringify(signals.entities)),
          state: { activeIntent: null, slots: {}, verified: false, clarificationsAsked: 0, awaiting: null },
          knowledge: knowledge.map((hit) => ({ articleId: hit.articleId, title: hit.title, snippet: hit.snippet, score: hit.score })),
          now: now.toISOString(),
          outOfScopeThreshold: deps.confidenceThreshold,
        },
      },
    });
  } catch (error) {
    throw new AppError("unavailable:agent", `The model (${deps.model.id}) did not answer: ${error instanceof Error ? error.message : "unknown error"}.`, { cause: error });
  }

  const offline = result.steps.findLast((step) => step.providerMetadata?.[OFFLINE_PROVIDER_KEY])?.providerMetadata?.[OFFLINE_PROVIDER_KEY];
  const cited = offline && typeof offline.citedArticleId === "string" ? offline.citedArticleId : null;
  const approval = result.content.find((part) => part.type === "tool-approval-request");
  const presented = tools.presentedReply();
  const text = presented && "body" in presented ? presented.body : result.text.trim();
  const escalation = runs.find((run) => run.toolName === "escalate_to_human");
  const handover = evaluation.decision?.handover
    ? { ruleName: evaluation.decision.ruleName, reason: evaluation.decision.reason }
    : escalation
      ? { ruleName: "The agent escalated", reason: "agent_escalated" }
      : null;

  return {
    date: knowledgeDay(now),
    locale: language,
    region: input.region,
    intent: signals.intent,
    confidence: signals.confidence,
    retrieved: knowledge.map((hit) => ({ articleId: hit.articleId, title: hit.title, slug: hit.slug, locale: hit.locale, score: hit.score, snippet: hit.snippet })),
    answer: approval ? `(Would ask the customer to confirm ${approval.type === "tool-approval-request" ? approval.toolCall.toolName : "a change"} before doing anything.)` : text ? maskSensitive(text).text : null,
    citedArticleId: cited,
    handover,
    toolCalls: runs.map((run) => ({ toolName: run.toolName, status: run.status })),
    model: deps.model.id,
  };
}
