"use client";

import { useId, useState } from "react";
import { fieldError } from "@/components/admin/rules/admin-request";
import { FieldMessage } from "@/components/admin/rules/field-message";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { Language } from "@/lib/db/enums";
import type { MessagesSettings } from "@/lib/validation/assistant-settings";
import { SettingsSection } from "./settings-section";
import { useSaveSetting } from "./use-save-setting";

const LANGUAGE_NAMES: Record<Language, string> = { en: "English", fr: "French", de: "German", nl: "Dutch", es: "Spanish", pt: "Portuguese" };

// The assistant's first-message disclosure and the text customers read when a person takes over,
// per language; empty keeps the built-in text shown as the placeholder.
export function MessagesForm({ value, builtIn, languages }: { value: MessagesSettings; builtIn: { disclosure: Record<Language, string>; handoff: Record<Language, string> }; languages: Language[] }) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const save = useSaveSetting("/api/admin/settings/messages", "Messages saved. They apply from the next customer message.");
  const clean = (texts: Partial<Record<Language, string>>) => Object.fromEntries(Object.entries(texts).filter(([, text]) => text !== undefined && text.trim() !== ""));
  const area = (kind: "disclosure" | "handoff", language: Language) => {
    const field = `${kind}.${language}`;
    return (
      <div key={field} className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-${kind}-${language}`}>{LANGUAGE_NAMES[language]}</Label>
        <Textarea
          id={`${id}-${kind}-${language}`}
          rows={2}
          placeholder={builtIn[kind][language]}
          value={draft[kind][language] ?? ""}
          onChange={(event) => setDraft({ ...draft, [kind]: { ...draft[kind], [language]: event.target.value } })}
          aria-invalid={fieldError(save.fields, field) ? true : undefined}
          aria-describedby={`${id}-${field}-error`}
        />
        <FieldMessage id={`${id}-${field}-error`} message={fieldError(save.fields, field)} />
      </div>
    );
  };
  return (
    <SettingsSection
      id={`${id}-messages`}
      title="Disclosure and handoff messages"
      description="Leave a language empty to use the built-in text (shown greyed). The disclosure opens the first reply of every conversation and must say it is an automated assistant and how to reach a person."
      historyUrl="/api/admin/settings/history?area=messages"
      saving={save.isPending}
      formError={save.formError}
      onSubmit={() => save.mutate({ disclosure: clean(draft.disclosure), handoff: clean(draft.handoff) })}
    >
      <div className="grid gap-6 lg:grid-cols-2">
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-1 text-sm font-medium">Disclosure (first reply)</legend>
          {languages.map((language) => area("disclosure", language))}
        </fieldset>
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-1 text-sm font-medium">Handoff (a person takes over)</legend>
          {languages.map((language) => area("handoff", language))}
        </fieldset>
      </div>
    </SettingsSection>
  );
}
