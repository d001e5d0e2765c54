"use client";

import * as React from "react";
import { useQuery } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { TemplateOption } from "@/lib/conversation/console-types";
import type { OutboundContent } from "@/lib/channel/outbound/outbound-content";
import { consoleApi, consoleKeys } from "./console-api";

/**
 * Outside the 24-hour window WhatsApp delivers approved templates only: pick one, fill its
 * parameters, see the message as the customer will, send.
 */
export function TemplatePicker({ language, sending, onSend, defaults }: { language: string | null; sending: boolean; onSend: (content: OutboundContent) => void; defaults: Record<number, string> }) {
  const templates = useQuery({ queryKey: consoleKeys.templates(), queryFn: consoleApi.templates, staleTime: 5 * 60_000 });
  const options = React.useMemo(() => sortForLanguage(templates.data ?? [], language), [templates.data, language]);
  const [selected, setSelected] = React.useState<string>("");
  const template = options.find((option) => keyOf(option) === selected) ?? options[0];

  if (templates.isPending) return <p className="text-sm text-muted-foreground" aria-busy="true">Loading approved templates…</p>;
  if (templates.isError) return <p role="alert" className="text-sm text-destructive">{templates.error.message}</p>;
  if (!template) return <p className="text-sm text-muted-foreground">There are no approved templates for this number. Ask an admin to create one in WhatsApp Manager.</p>;

  return (
    <div className="grid gap-3" data-testid="template-picker">
      <div className="grid gap-1.5">
        <Label htmlFor="template-select">Template</Label>
        <NativeSelect id="template-select" value={keyOf(template)} onChange={(event) => setSelected(event.target.value)}>
          {options.map((option) => (
            <option key={keyOf(option)} value={keyOf(option)}>
              {option.name} ({option.language}, {option.category.toLowerCase()})
            </option>
          ))}
        </NativeSelect>
      </div>
      {/* Keyed by template: picking another one starts its parameter fields afresh. */}
      <TemplateForm key={keyOf(template)} template={template} defaults={defaults} sending={sending} onSend={onSend} />
    </div>
  );
}

function TemplateForm({ template, defaults, sending, onSend }: { template: TemplateOption; defaults: Record<number, string>; sending: boolean; onSend: (content: OutboundContent) => void }) {
  const [values, setValues] = React.useState<Record<number, string>>(() => Object.fromEntries(template.parameters.map((parameter) => [parameter.index, defaults[parameter.index] ?? ""])));
  const [error, setError] = React.useState<string | null>(null);
  const preview = template.body.replace(/\{\{\s*(\d+)\s*\}\}/g, (match, index: string) => values[Number(index)] || match);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const missing = template.parameters.filter((parameter) => !values[parameter.index]?.trim());
    if (missing.length) return setError(`Fill in ${missing.map((parameter) => `{{${parameter.index}}}`).join(", ")} first.`);
    setError(null);
    onSend({ type: "template", name: template.name, language: template.language, bodyParameters: template.parameters.map((parameter) => values[parameter.index]!.trim()) });
  };

  return (
    <form onSubmit={submit} className="grid gap-3" aria-label="Send a template">
      {template.parameters.map((parameter) => (
        <div key={parameter.index} className="grid gap-1.5">
          <Label htmlFor={`template-param-${parameter.index}`}>{`Parameter {{${parameter.index}}}`}</Label>
          <Input
            id={`template-param-${parameter.index}`}
            value={values[parameter.index] ?? ""}
            placeholder={parameter.example ?? ""}
            onChange={(event) => setValues((current) => ({ ...current, [parameter.index]: event.target.value }))}
          />
        </div>
      ))}
      <div className="rounded-md border bg-muted/40 p-3 text-sm whitespace-pre-wrap" aria-label="Preview">
        {preview}
        {template.quickReplies.length > 0 && (
          <div className="mt-2 flex flex-wrap gap-1 text-xs text-muted-foreground">
            {template.quickReplies.map((reply) => (
              <span key={reply} className="rounded border px-2 py-0.5">
                {reply}
              </span>
            ))}
          </div>
        )}
      </div>
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      <Button type="submit" disabled={sending} className="justify-self-end">
        {sending ? "Sending…" : "Send template"}
      </Button>
    </form>
  );
}

function keyOf(template: TemplateOption): string {
  return `${template.name}:${template.language}`;
}

// The customer's language first (exact, then same base language), then the rest.
function sortForLanguage(templates: TemplateOption[], language: string | null): TemplateOption[] {
  const rank = (template: TemplateOption) => (!language ? 1 : template.language === language ? 0 : template.language.split("_")[0] === language ? 0.5 : 1);
  return [...templates].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}
