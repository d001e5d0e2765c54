import { AGENT_POLICY_SETTING } from "@/lib/agent/load-agent-policy";
import { DEFAULT_AGENT_POLICY } from "@/lib/agent/tools/tool-context";
import { DEFAULT_SHOP_NAME } from "@/lib/ai/offline/policy/disclosure-line";
import { CSAT_ENABLED_SETTING } from "@/lib/csat/csat-setting";
import { ASSIGNMENT_POLICY_SETTING, assignmentPolicySchema } from "@/lib/validation/assignment";
import type { SettingArea, SettingValues } from "@/lib/validation/assistant-settings";
import { CORRECTNESS_WINDOW_SETTING, DEFAULT_CORRECTNESS_WINDOW_DAYS } from "@/lib/validation/metrics";

// Where each settings area lives in the `settings` table. agent.policy predates this page and keeps
// its key so existing installs keep their thresholds.
export const SETTING_KEYS: Record<SettingArea, string> = {
  policy: AGENT_POLICY_SETTING,
  persona: "assistant.persona",
  messages: "assistant.messages",
  "intent-examples": "assistant.intent_examples",
  model: "assistant.model",
  "burst-window": "assistant.burst_window",
  // Read by their own features (lib/csat, lib/metrics, lib/conversation) under their original keys.
  csat: CSAT_ENABLED_SETTING,
  "correctness-window": CORRECTNESS_WINDOW_SETTING,
  assignment: ASSIGNMENT_POLICY_SETTING,
};

export const DEFAULT_PERSONA = `You are the WhatsApp support assistant of ${DEFAULT_SHOP_NAME}, a shop for coffee equipment and home electronics.`;

// What each area is when nobody has saved it. The model and burst window fall back to the
// environment (AI_MODEL, BURST_WINDOW_MS), which is what ran before the page existed.
export function defaultSettingValue<A extends SettingArea>(area: A, fallback: { aiModel: string; burstWindowMs: number }): SettingValues[A] {
  const defaults: SettingValues = {
    policy: { ...DEFAULT_AGENT_POLICY, cancellableStates: [...DEFAULT_AGENT_POLICY.cancellableStates], addressChangeStates: [...DEFAULT_AGENT_POLICY.addressChangeStates] },
    persona: { shopName: DEFAULT_SHOP_NAME, persona: DEFAULT_PERSONA, tone: "friendly" },
    messages: { disclosure: {}, handoff: {} },
    "intent-examples": { added: {} },
    model: { model: fallback.aiModel },
    "burst-window": { ms: fallback.burstWindowMs },
    csat: { enabled: true },
    "correctness-window": DEFAULT_CORRECTNESS_WINDOW_DAYS,
    assignment: assignmentPolicySchema.parse({}),
  };
  return defaults[area];
}

export function areaForKey(key: string): SettingArea | undefined {
  return (Object.entries(SETTING_KEYS) as [SettingArea, string][]).find(([, value]) => value === key)?.[0];
}
