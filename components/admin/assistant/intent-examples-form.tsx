"use client";

import { useId, useState } from "react";
import { FieldMessage } from "@/components/admin/rules/field-message";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { Language } from "@/lib/db/enums";
import type { IntentExamplesSettings } from "@/lib/validation/assistant-settings";
import { SettingsSection } from "./settings-section";
import { useSaveSetting } from "./use-save-setting";

type Intent = { id: string; description: string; category: string; shipped: Record<Language, number>; samples: string[] };
type Added = Record<string, Partial<Record<Language, string>>>;

// Extra example phrases per intent and language for the offline model; added to the shipped ones.
export function IntentExamplesForm({ value, intents, languages }: { value: IntentExamplesSettings; intents: Intent[]; languages: Language[] }) {
  const id = useId();
  const [intent, setIntent] = useState(intents[0]?.id ?? "");
  const [language, setLanguage] = useState<Language>("en");
  const [texts, setTexts] = useState<Added>(() =>
    Object.fromEntries(Object.entries(value.added).map(([key, byLanguage]) => [key, Object.fromEntries(Object.entries(byLanguage ?? {}).map(([lang, examples]) => [lang, (examples ?? []).join("\n")]))])),
  );
  const save = useSaveSetting("/api/admin/settings/intent-examples", "Examples saved. The offline model learns them before the next customer message.");
  const selected = intents.find((item) => item.id === intent);
  const text = texts[intent]?.[language] ?? "";
  const error = Object.entries(save.fields).find(([field]) => field.startsWith("added."));
  const totalAdded = Object.values(texts).reduce((sum, byLanguage) => sum + Object.values(byLanguage).reduce((count, value) => count + lines(value ?? "").length, 0), 0);

  const toValue = () => ({
    added: Object.fromEntries(
      Object.entries(texts)
        .map(([key, byLanguage]) => {
          const entries: [string, string[]][] = Object.entries(byLanguage).map(([lang, value]) => [lang, lines(value ?? "")]);
          return [key, Object.fromEntries(entries.filter(([, examples]) => examples.length > 0))] as const;
        })
        .filter(([, byLanguage]) => Object.keys(byLanguage).length > 0),
    ),
  });

  return (
    <SettingsSection
      id={`${id}-intents`}
      title="Intent examples"
      description={`Teach the offline model new wordings: one example per line, added to the shipped examples. ${totalAdded} example${totalAdded === 1 ? "" : "s"} added so far.`}
      historyUrl="/api/admin/settings/history?area=intent-examples"
      saving={save.isPending}
      formError={save.formError}
      onSubmit={() => save.mutate(toValue())}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${id}-intent`}>Intent</Label>
          <NativeSelect id={`${id}-intent`} value={intent} onChange={(event) => setIntent(event.target.value)}>
            {intents.map((item) => (
              <option key={item.id} value={item.id}>
                {item.id.replaceAll("_", " ")} ({item.category})
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${id}-language`}>Language</Label>
          <NativeSelect id={`${id}-language`} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
            {languages.map((lang) => (
              <option key={lang} value={lang}>
                {lang}
              </option>
            ))}
          </NativeSelect>
        </div>
      </div>
      {selected ? (
        <p className="text-sm text-muted-foreground">
          {selected.description} Shipped: {selected.shipped[language]} examples in {language}, e.g. “{selected.samples.join("”, “")}”.
        </p>
      ) : null}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-examples`}>Added examples</Label>
        <Textarea
          id={`${id}-examples`}
          rows={5}
          value={text}
          onChange={(event) => setTexts({ ...texts, [intent]: { ...texts[intent], [language]: event.target.value } })}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-examples-error`}
          placeholder="has my parcel left the warehouse"
        />
        <FieldMessage id={`${id}-examples-error`} message={error ? `${error[0].split(".").slice(1, 3).join(" in ")}: ${error[1]}` : undefined} />
      </div>
    </SettingsSection>
  );
}

function lines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
