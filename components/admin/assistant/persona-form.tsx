"use client";

import { useId, useState } from "react";
import { fieldError } from "@/components/admin/rules/admin-request";
import { FieldMessage } from "@/components/admin/rules/field-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { PersonaSettings } from "@/lib/validation/assistant-settings";
import { SettingsSection } from "./settings-section";
import { useSaveSetting } from "./use-save-setting";

const TONE_LABELS: Record<PersonaSettings["tone"], string> = { friendly: "Friendly and warm", formal: "Polite and formal", concise: "Short and to the point" };

// Who the assistant says it is: the shop name (used in the disclosure) and, for hosted models, a
// persona and a tone.
export function PersonaForm({ value }: { value: PersonaSettings }) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const save = useSaveSetting("/api/admin/settings/persona", "Persona saved. It applies from the next customer message.");
  const error = (field: string) => fieldError(save.fields, field);
  return (
    <SettingsSection
      id={`${id}-persona`}
      title="Persona and tone"
      description="The shop name appears in the assistant's disclosure. Hosted models also follow the persona and tone; the offline model answers from its own phrases."
      historyUrl="/api/admin/settings/history?area=persona"
      saving={save.isPending}
      formError={save.formError}
      onSubmit={() => save.mutate(draft)}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${id}-shop`}>Shop name</Label>
          <Input id={`${id}-shop`} value={draft.shopName} onChange={(event) => setDraft({ ...draft, shopName: event.target.value })} aria-invalid={error("shopName") ? true : undefined} aria-describedby={`${id}-shop-error`} />
          <FieldMessage id={`${id}-shop-error`} message={error("shopName")} />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${id}-tone`}>Tone</Label>
          <NativeSelect id={`${id}-tone`} value={draft.tone} onChange={(event) => setDraft({ ...draft, tone: event.target.value as PersonaSettings["tone"] })}>
            {(Object.keys(TONE_LABELS) as PersonaSettings["tone"][]).map((tone) => (
              <option key={tone} value={tone}>
                {TONE_LABELS[tone]}
              </option>
            ))}
          </NativeSelect>
        </div>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-persona-text`}>Persona</Label>
        <Textarea id={`${id}-persona-text`} rows={3} value={draft.persona} onChange={(event) => setDraft({ ...draft, persona: event.target.value })} aria-invalid={error("persona") ? true : undefined} aria-describedby={`${id}-persona-error`} />
        <FieldMessage id={`${id}-persona-error`} message={error("persona")} />
      </div>
    </SettingsSection>
  );
}
