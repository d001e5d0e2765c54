import { asc } from "drizzle-orm";
import { DEFAULT_INTENT_EXAMPLES } from "@/lib/ai/offline/nlu/default-intent-examples";
import { INTENT_CATALOGUE, INTENT_IDS } from "@/lib/ai/offline/nlu/intents";
import { disclosureLine } from "@/lib/ai/offline/policy/disclosure-line";
import { HANDOVER_PHRASES } from "@/lib/agent/handover-phrases";
import type { Db } from "@/lib/db/client";
import { LANGUAGES, type Language } from "@/lib/db/enums";
import { type BusinessHours, inboxes, ORDER_STATES } from "@/lib/db/schema";
import { env } from "@/lib/env";
import type { SettingArea, SettingValues } from "@/lib/validation/assistant-settings";
import { listAvailableModels, type ModelOption } from "./list-available-models";
import { readAllSettings } from "./read-setting";

export type AssistantSettingsView = {
  values: SettingValues;
  // Areas an admin has saved (the others show their defaults).
  stored: Record<SettingArea, boolean>;
  builtIn: { disclosure: Record<Language, string>; handoff: Record<Language, string> };
  intents: { id: string; description: string; category: string; shipped: Record<Language, number>; samples: string[] }[];
  inboxes: { id: string; name: string; displayPhoneNumber: string; businessHours: BusinessHours | null }[];
  models: ModelOption[];
  orderStates: string[];
  timeZones: string[];
};

// Everything the assistant settings page shows, in one read.
export async function getAssistantSettings(db: Db, keys: Record<string, string | undefined> = process.env): Promise<AssistantSettingsView> {
  const [all, inboxRows] = await Promise.all([
    readAllSettings(db),
    db.select({ id: inboxes.id, name: inboxes.name, displayPhoneNumber: inboxes.displayPhoneNumber, businessHours: inboxes.businessHours }).from(inboxes).orderBy(asc(inboxes.createdAt)),
  ]);
  const shopName = all.persona.value.shopName;
  const perLanguage = (text: (language: Language) => string) => Object.fromEntries(LANGUAGES.map((language) => [language, text(language)])) as Record<Language, string>;
  return {
    values: {
      policy: all.policy.value,
      persona: all.persona.value,
      messages: all.messages.value,
      "intent-examples": all["intent-examples"].value,
      model: all.model.value,
      "burst-window": all["burst-window"].value,
      csat: all.csat.value,
      "correctness-window": all["correctness-window"].value,
      assignment: all.assignment.value,
    },
    stored: {
      policy: all.policy.stored,
      persona: all.persona.stored,
      messages: all.messages.stored,
      "intent-examples": all["intent-examples"].stored,
      model: all.model.stored,
      "burst-window": all["burst-window"].stored,
      csat: all.csat.stored,
      "correctness-window": all["correctness-window"].stored,
      assignment: all.assignment.stored,
    },
    builtIn: { disclosure: perLanguage((language) => disclosureLine(language, shopName)), handoff: perLanguage((language) => HANDOVER_PHRASES[language].handover) },
    intents: INTENT_IDS.map((id) => ({
      id,
      description: INTENT_CATALOGUE[id].description,
      category: INTENT_CATALOGUE[id].category,
      shipped: perLanguageCount(id),
      samples: DEFAULT_INTENT_EXAMPLES[id].en.slice(0, 3),
    })),
    inboxes: inboxRows,
    models: listAvailableModels(env(), keys),
    orderStates: [...ORDER_STATES],
    timeZones: Intl.supportedValuesOf("timeZone"),
  };
}

function perLanguageCount(id: (typeof INTENT_IDS)[number]): Record<Language, number> {
  return Object.fromEntries(LANGUAGES.map((language) => [language, DEFAULT_INTENT_EXAMPLES[id][language].length])) as Record<Language, number>;
}
