"use client";

import { useId, useState } from "react";
import { fieldError } from "@/components/admin/rules/admin-request";
import { FieldMessage } from "@/components/admin/rules/field-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { BusinessHours } from "@/lib/db/schema";
import { SettingsSection } from "./settings-section";
import { useSaveSetting } from "./use-save-setting";

const DAYS = [
  ["1", "Monday"],
  ["2", "Tuesday"],
  ["3", "Wednesday"],
  ["4", "Thursday"],
  ["5", "Friday"],
  ["6", "Saturday"],
  ["0", "Sunday"],
] as const;

type Inbox = { id: string; name: string; displayPhoneNumber: string; businessHours: BusinessHours | null };

// One inbox's opening hours and holidays in its time zone; "outside business hours" rules and the
// "a colleague will reply from …" notice read them.
export function BusinessHoursForm({ inbox, timeZones }: { inbox: Inbox; timeZones: string[] }) {
  const id = useId();
  const hours = inbox.businessHours;
  const [alwaysOpen, setAlwaysOpen] = useState(hours === null);
  const [timezone, setTimezone] = useState(hours?.timezone ?? "Europe/Amsterdam");
  const [weekly, setWeekly] = useState<Record<string, string>>(() => Object.fromEntries(DAYS.map(([day]) => [day, (hours?.weekly[day] ?? []).join(", ")])));
  const [holidays, setHolidays] = useState((hours?.holidays ?? []).join("\n"));
  const save = useSaveSetting(`/api/admin/settings/business-hours/${inbox.id}`, "Business hours saved. They apply from the next customer message.");
  const split = (text: string, separator: RegExp) =>
    text
      .split(separator)
      .map((item) => item.trim())
      .filter((item) => item !== "");

  return (
    <SettingsSection
      id={`${id}-hours`}
      title={`Business hours: ${inbox.name}`}
      description={`For ${inbox.displayPhoneNumber}. Ranges like 08:00-18:00 on the 24-hour clock, several separated by commas; an empty day is closed.`}
      historyUrl={`/api/admin/settings/history?inboxId=${inbox.id}`}
      saving={save.isPending}
      formError={save.formError}
      onSubmit={() =>
        save.mutate({ businessHours: alwaysOpen ? null : { timezone, weekly: Object.fromEntries(DAYS.map(([day]) => [day, split(weekly[day] ?? "", /,/)])), holidays: split(holidays, /[\n,]/) } })
      }
    >
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="size-4 accent-primary" checked={alwaysOpen} onChange={(event) => setAlwaysOpen(event.target.checked)} />
        Always open (never outside business hours)
      </label>
      <fieldset disabled={alwaysOpen} className="flex flex-col gap-4 disabled:opacity-60">
        <div className="flex max-w-md flex-col gap-1.5">
          <Label htmlFor={`${id}-zone`}>Time zone</Label>
          <NativeSelect id={`${id}-zone`} value={timezone} onChange={(event) => setTimezone(event.target.value)} aria-invalid={fieldError(save.fields, "timezone") ? true : undefined} aria-describedby={`${id}-zone-error`}>
            {timeZones.includes(timezone) ? null : <option value={timezone}>{timezone}</option>}
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </NativeSelect>
          <FieldMessage id={`${id}-zone-error`} message={fieldError(save.fields, "timezone")} />
        </div>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {DAYS.map(([day, name]) => (
            <div key={day} className="flex flex-col gap-1.5">
              <Label htmlFor={`${id}-day-${day}`}>{name}</Label>
              <Input
                id={`${id}-day-${day}`}
                value={weekly[day] ?? ""}
                placeholder="Closed"
                onChange={(event) => setWeekly({ ...weekly, [day]: event.target.value })}
                aria-invalid={fieldError(save.fields, `weekly.${day}`) ? true : undefined}
                aria-describedby={`${id}-day-${day}-error`}
              />
              <FieldMessage id={`${id}-day-${day}-error`} message={fieldError(save.fields, `weekly.${day}`)} />
            </div>
          ))}
        </div>
        <div className="flex max-w-md flex-col gap-1.5">
          <Label htmlFor={`${id}-holidays`}>Holidays (one date per line, YYYY-MM-DD)</Label>
          <Textarea id={`${id}-holidays`} rows={4} value={holidays} onChange={(event) => setHolidays(event.target.value)} aria-invalid={fieldError(save.fields, "holidays") ? true : undefined} aria-describedby={`${id}-holidays-error`} />
          <FieldMessage id={`${id}-holidays-error`} message={fieldError(save.fields, "holidays")} />
        </div>
      </fieldset>
    </SettingsSection>
  );
}
