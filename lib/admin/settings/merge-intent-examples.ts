import type { IntentExamples } from "@/lib/ai/offline/nlu/intents";
import type { Lang } from "@/lib/ai/offline/nlu/lang";
import type { IntentExamplesSettings } from "@/lib/validation/assistant-settings";

// The offline model's training set: the shipped examples plus the admin's, without duplicates
// (compared case- and space-insensitively).
export function mergeIntentExamples(shipped: IntentExamples, added: IntentExamplesSettings["added"]): IntentExamples {
  const merged = { ...shipped };
  for (const [intent, byLanguage] of Object.entries(added) as [keyof IntentExamples, Partial<Record<Lang, string[]>> | undefined][]) {
    if (!byLanguage) continue;
    const languages = { ...merged[intent] };
    for (const [language, examples] of Object.entries(byLanguage) as [Lang, string[] | undefined][]) {
      if (!examples || examples.length === 0) continue;
      const seen = new Set(languages[language].map(comparable));
      const fresh = examples.filter((example) => {
        const key = comparable(example);
        if (key === "" || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      languages[language] = [...languages[language], ...fresh];
    }
    merged[intent] = languages;
  }
  return merged;
}

function comparable(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}
