"use client";

import { useQuery } from "@tanstack/react-query";
import { InboxIcon } from "lucide-react";
import { adminRequest } from "@/components/admin/rules/admin-request";
import { EmptyState } from "@/components/ui/empty-state";
import type { AssistantSettingsView } from "@/lib/admin/settings/get-assistant-settings";
import type { Language } from "@/lib/db/enums";
import { AssignmentForm } from "./assignment-form";
import { BusinessHoursForm } from "./business-hours-form";
import { CorrectnessWindowForm } from "./correctness-window-form";
import { CsatForm } from "./csat-form";
import { IntentExamplesForm } from "./intent-examples-form";
import { MessagesForm } from "./messages-form";
import { BurstWindowForm, ModelForm } from "./model-form";
import { PersonaForm } from "./persona-form";
import { PolicyForm } from "./policy-form";
import { SETTINGS_KEY } from "./use-save-setting";

const LANGUAGES: Language[] = ["en", "fr", "de", "nl", "es", "pt"];

// Every assistant setting, one section each with its own Save and History. Forms are keyed by the
// saved value so a revert shows the restored value at once.
export function AssistantSettings({ initial }: { initial: AssistantSettingsView }) {
  const { data } = useQuery({ queryKey: SETTINGS_KEY, queryFn: () => adminRequest<AssistantSettingsView>("/api/admin/settings"), initialData: initial });
  const key = (value: unknown) => JSON.stringify(value);
  return (
    <div className="flex flex-col gap-6">
      <PolicyForm key={key(data.values.policy)} value={data.values.policy} orderStates={data.orderStates} />
      {data.inboxes.length === 0 ? (
        <EmptyState icon={<InboxIcon />} title="No inbox yet" description="Business hours are set per WhatsApp number; an inbox appears once the first message arrives." />
      ) : (
        data.inboxes.map((inbox) => <BusinessHoursForm key={`${inbox.id}-${key(inbox.businessHours)}`} inbox={inbox} timeZones={data.timeZones} />)
      )}
      <IntentExamplesForm key={key(data.values["intent-examples"])} value={data.values["intent-examples"]} intents={data.intents} languages={LANGUAGES} />
      <PersonaForm key={key(data.values.persona)} value={data.values.persona} />
      <MessagesForm key={key(data.values.messages)} value={data.values.messages} builtIn={data.builtIn} languages={LANGUAGES} />
      <ModelForm key={key(data.values.model)} value={data.values.model.model} models={data.models} />
      <BurstWindowForm key={key(data.values["burst-window"])} value={data.values["burst-window"].ms} />
      <AssignmentForm key={key(data.values.assignment)} value={data.values.assignment} />
      <CsatForm key={key(data.values.csat)} value={data.values.csat} />
      <CorrectnessWindowForm key={key(data.values["correctness-window"])} value={data.values["correctness-window"]} />
    </div>
  );
}
