"use client";

import { useId, useState } from "react";
import { fieldError } from "@/components/admin/rules/admin-request";
import { FieldMessage } from "@/components/admin/rules/field-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { PolicySettings } from "@/lib/validation/assistant-settings";
import { SettingsSection } from "./settings-section";
import { useSaveSetting } from "./use-save-setting";

// Action thresholds: what the assistant may do on its own; anything beyond goes to a person.
export function PolicyForm({ value, orderStates }: { value: PolicySettings; orderStates: string[] }) {
  const id = useId();
  const [refund, setRefund] = useState((value.maxAutoRefundCents / 100).toFixed(2));
  const [returnDays, setReturnDays] = useState(String(value.returnWindowDays));
  const [cancellable, setCancellable] = useState<string[]>(value.cancellableStates);
  const [addressChange, setAddressChange] = useState<string[]>(value.addressChangeStates);
  const save = useSaveSetting("/api/admin/settings/policy", "Thresholds saved. They apply from the next customer message.");
  const toNumber = (text: string, scale = 1) => (text.trim() !== "" && Number.isFinite(Number(text)) ? Math.round(Number(text) * scale) : text);

  return (
    <SettingsSection
      id={`${id}-policy`}
      title="Action thresholds"
      description="Refunds up to the limit are approved by the assistant after the customer confirms; larger ones go to a person. Cancelling and address changes are offered only for orders in the ticked states."
      historyUrl="/api/admin/settings/history?area=policy"
      saving={save.isPending}
      formError={save.formError}
      onSubmit={() => save.mutate({ maxAutoRefundCents: toNumber(refund, 100), returnWindowDays: toNumber(returnDays), cancellableStates: cancellable, addressChangeStates: addressChange })}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${id}-refund`}>Max refund approved automatically (EUR)</Label>
          <Input id={`${id}-refund`} inputMode="decimal" value={refund} onChange={(event) => setRefund(event.target.value)} aria-invalid={fieldError(save.fields, "maxAutoRefundCents") ? true : undefined} aria-describedby={`${id}-refund-error`} />
          <FieldMessage id={`${id}-refund-error`} message={fieldError(save.fields, "maxAutoRefundCents")} />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${id}-return`}>Return window (days)</Label>
          <Input id={`${id}-return`} inputMode="numeric" value={returnDays} onChange={(event) => setReturnDays(event.target.value)} aria-invalid={fieldError(save.fields, "returnWindowDays") ? true : undefined} aria-describedby={`${id}-return-error`} />
          <FieldMessage id={`${id}-return-error`} message={fieldError(save.fields, "returnWindowDays")} />
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <StateChecklist legend="Order states that can be cancelled" states={orderStates} selected={cancellable} onChange={setCancellable} error={fieldError(save.fields, "cancellableStates")} id={`${id}-cancel`} />
        <StateChecklist legend="Order states whose address can change" states={orderStates} selected={addressChange} onChange={setAddressChange} error={fieldError(save.fields, "addressChangeStates")} id={`${id}-address`} />
      </div>
    </SettingsSection>
  );
}

function StateChecklist({ legend, states, selected, onChange, error, id }: { legend: string; states: string[]; selected: string[]; onChange: (states: string[]) => void; error: string | undefined; id: string }) {
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-2 text-sm font-medium">{legend}</legend>
      <div className="grid grid-cols-2 gap-1.5">
        {states.map((state) => (
          <label key={state} className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4 accent-primary" checked={selected.includes(state)} onChange={(event) => onChange(event.target.checked ? [...selected, state] : selected.filter((existing) => existing !== state))} />
            {state.replaceAll("_", " ")}
          </label>
        ))}
      </div>
      <FieldMessage id={`${id}-error`} message={error} />
    </fieldset>
  );
}
