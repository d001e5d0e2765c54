"use client";

import { useId, useState } from "react";
import { fieldError } from "@/components/admin/rules/admin-request";
import { FieldMessage } from "@/components/admin/rules/field-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { AssignmentPolicy } from "@/lib/validation/assignment";
import { SettingsSection } from "./settings-section";
import { useSaveSetting } from "./use-save-setting";

// How handoffs reach people: round-robin among the online members of the handoff's team, nobody
// past the limit of open conversations.
export function AssignmentForm({ value }: { value: AssignmentPolicy }) {
  const id = useId();
  const [autoAssign, setAutoAssign] = useState(value.autoAssign);
  const [limit, setLimit] = useState(String(value.maxOpenPerAgent));
  const save = useSaveSetting("/api/admin/settings/assignment", "Assignment saved. It applies from the next handoff.");
  const error = (field: string) => fieldError(save.fields, field);
  return (
    <SettingsSection
      id={`${id}-assignment`}
      title="Handoff assignment"
      description="When the assistant hands a conversation to a person, it goes to the online member of the handoff's team who was assigned longest ago and has room. Off: handoffs wait in Needs a human until someone takes them."
      historyUrl="/api/admin/settings/history?area=assignment"
      saving={save.isPending}
      formError={save.formError}
      onSubmit={() => save.mutate({ autoAssign, maxOpenPerAgent: limit.trim() !== "" && Number.isFinite(Number(limit)) ? Number(limit) : limit })}
    >
      <div className="flex flex-col gap-1.5">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4 accent-primary"
            checked={autoAssign}
            onChange={(event) => setAutoAssign(event.target.checked)}
            aria-invalid={error("autoAssign") ? true : undefined}
            aria-describedby={`${id}-auto-error`}
          />
          Assign handoffs automatically
        </label>
        <FieldMessage id={`${id}-auto-error`} message={error("autoAssign")} />
      </div>
      <div className="flex max-w-xs flex-col gap-1.5">
        <Label htmlFor={`${id}-limit`}>Open conversations per person (at most)</Label>
        <Input id={`${id}-limit`} inputMode="numeric" value={limit} onChange={(event) => setLimit(event.target.value)} aria-invalid={error("maxOpenPerAgent") ? true : undefined} aria-describedby={`${id}-limit-error`} />
        <FieldMessage id={`${id}-limit-error`} message={error("maxOpenPerAgent")} />
      </div>
    </SettingsSection>
  );
}
