"use client";

import { useId, useState } from "react";
import { FieldMessage } from "@/components/admin/rules/field-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SettingsSection } from "./settings-section";
import { useSaveSetting } from "./use-save-setting";

// How long after a resolution a reopen, recontact or reversal still counts against "contained with
// correctness" on the metrics page. The value is a bare number of days, so its problems come back
// without a field name.
export function CorrectnessWindowForm({ value }: { value: number }) {
  const id = useId();
  const [days, setDays] = useState(String(value));
  const save = useSaveSetting("/api/admin/settings/correctness-window", "Correctness window saved. The metrics use it from the next time they are loaded.");
  const error = save.fields[""];
  return (
    <SettingsSection
      id={`${id}-window`}
      title="Correctness window"
      description="A conversation the assistant resolved counts as contained with correctness only if it is not reopened, the customer does not come back and no action is reversed within this many days."
      historyUrl="/api/admin/settings/history?area=correctness-window"
      saving={save.isPending}
      formError={save.formError}
      onSubmit={() => save.mutate(days.trim() !== "" && Number.isFinite(Number(days)) ? Number(days) : days)}
    >
      <div className="flex max-w-xs flex-col gap-1.5">
        <Label htmlFor={`${id}-days`}>Window (days, 1–90)</Label>
        <Input id={`${id}-days`} inputMode="numeric" value={days} onChange={(event) => setDays(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={`${id}-days-error`} />
        <FieldMessage id={`${id}-days-error`} message={error} />
      </div>
    </SettingsSection>
  );
}
