"use client";

import { useId, useState } from "react";
import { fieldError } from "@/components/admin/rules/admin-request";
import { FieldMessage } from "@/components/admin/rules/field-message";
import type { CsatSetting } from "@/lib/validation/csat";
import { SettingsSection } from "./settings-section";
import { useSaveSetting } from "./use-save-setting";

// Whether customers get the one-question satisfaction survey after a conversation is resolved.
export function CsatForm({ value }: { value: CsatSetting }) {
  const id = useId();
  const [enabled, setEnabled] = useState(value.enabled);
  const save = useSaveSetting("/api/admin/settings/csat", "Survey setting saved. It applies from the next resolved conversation.");
  return (
    <SettingsSection
      id={`${id}-csat`}
      title="Satisfaction survey"
      description="After a conversation is resolved, the customer gets one question in their language and answers with a tap. The answers feed the CSAT figures on the metrics page."
      historyUrl="/api/admin/settings/history?area=csat"
      saving={save.isPending}
      formError={save.formError}
      onSubmit={() => save.mutate({ enabled })}
    >
      <div className="flex flex-col gap-1.5">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4 accent-primary"
            checked={enabled}
            onChange={(event) => setEnabled(event.target.checked)}
            aria-invalid={fieldError(save.fields, "enabled") ? true : undefined}
            aria-describedby={`${id}-enabled-error`}
          />
          Send the survey after a conversation is resolved
        </label>
        <FieldMessage id={`${id}-enabled-error`} message={fieldError(save.fields, "enabled")} />
      </div>
    </SettingsSection>
  );
}
