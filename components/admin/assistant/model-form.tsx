"use client";

import { useId, useState } from "react";
import { fieldError } from "@/components/admin/rules/admin-request";
import { FieldMessage } from "@/components/admin/rules/field-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { ModelOption } from "@/lib/admin/settings/list-available-models";
import { SettingsSection } from "./settings-section";
import { useSaveSetting } from "./use-save-setting";

// The model that writes the replies: only models whose provider key is configured are offered.
export function ModelForm({ value, models }: { value: string; models: ModelOption[] }) {
  const id = useId();
  const [model, setModel] = useState(value);
  const save = useSaveSetting("/api/admin/settings/model", "Model saved. It answers from the next customer message.");
  return (
    <SettingsSection
      id={`${id}-model`}
      title="Model"
      description="Escalation rules and tool boundaries work the same with every model. Hosted providers appear here once their API key is set on the server."
      historyUrl="/api/admin/settings/history?area=model"
      saving={save.isPending}
      formError={save.formError}
      onSubmit={() => save.mutate({ model })}
    >
      <div className="flex max-w-md flex-col gap-1.5">
        <Label htmlFor={`${id}-choice`}>Model</Label>
        <NativeSelect id={`${id}-choice`} value={model} onChange={(event) => setModel(event.target.value)} aria-invalid={fieldError(save.fields, "model") ? true : undefined} aria-describedby={`${id}-choice-error`}>
          {models.some((option) => option.id === model) ? null : <option value={model}>{model} (no longer configured)</option>}
          {models.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </NativeSelect>
        <FieldMessage id={`${id}-choice-error`} message={fieldError(save.fields, "model")} />
      </div>
    </SettingsSection>
  );
}

// How long the assistant waits for more messages before answering a burst as one turn.
export function BurstWindowForm({ value }: { value: number }) {
  const id = useId();
  const [seconds, setSeconds] = useState(String(value / 1000));
  const save = useSaveSetting("/api/admin/settings/burst-window", "Burst window saved. It applies to the next customer message.");
  const ms = seconds.trim() !== "" && Number.isFinite(Number(seconds)) ? Math.round(Number(seconds) * 1000) : seconds;
  return (
    <SettingsSection
      id={`${id}-burst`}
      title="Burst window"
      description="Customers often send several short messages in a row. The assistant waits this long after the last one and answers them together."
      historyUrl="/api/admin/settings/history?area=burst-window"
      saving={save.isPending}
      formError={save.formError}
      onSubmit={() => save.mutate({ ms })}
    >
      <div className="flex max-w-xs flex-col gap-1.5">
        <Label htmlFor={`${id}-seconds`}>Wait (seconds, 0–30)</Label>
        <Input id={`${id}-seconds`} inputMode="decimal" value={seconds} onChange={(event) => setSeconds(event.target.value)} aria-invalid={fieldError(save.fields, "ms") ? true : undefined} aria-describedby={`${id}-seconds-error`} />
        <FieldMessage id={`${id}-seconds-error`} message={fieldError(save.fields, "ms")} />
      </div>
    </SettingsSection>
  );
}
