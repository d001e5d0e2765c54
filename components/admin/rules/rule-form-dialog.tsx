"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { toast } from "sonner";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { RuleSnapshot } from "@/lib/admin/rules/rule-snapshot";
import type { Language, RuleCondition } from "@/lib/db/schema";
import { AdminApiError, adminRequest, type FieldErrors, fieldError } from "./admin-request";
import { CONDITION_LABELS } from "./describe-rule";
import { FieldMessage } from "./field-message";
import { draftFromRule, emptyDraft, type RuleDraft, ruleBodyFromDraft } from "./rule-draft";
import type { RuleEditorOptions } from "./rule-options";

const LANGUAGE_NAMES: Record<string, string> = { en: "English", fr: "French", de: "German", nl: "Dutch", es: "Spanish", pt: "Portuguese" };

type Props = { open: boolean; onOpenChange: (open: boolean) => void; rule: RuleSnapshot | null; options: RuleEditorOptions };

// Create or edit one rule: a condition, then what happens when it holds. The server checks the rule
// like the agent reads it; each problem is shown beside its input.
export function RuleFormDialog({ open, onOpenChange, rule, options }: Props) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-2xl">
        {open ? <RuleForm key={rule?.id ?? "new"} rule={rule} options={options} onDone={() => onOpenChange(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function RuleForm({ rule, options, onDone }: { rule: RuleSnapshot | null; options: RuleEditorOptions; onDone: () => void }) {
  const id = useId();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<RuleDraft>(() => (rule ? draftFromRule(rule) : emptyDraft()));
  const [fields, setFields] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const save = useMutation({
    mutationFn: () => {
      const body = ruleBodyFromDraft(draft);
      return rule ? adminRequest(`/api/admin/rules/${rule.id}`, { method: "PUT", body }) : adminRequest("/api/admin/rules", { method: "POST", body });
    },
    onSuccess: () => {
      toast.success(rule ? "Rule saved. It applies from the next customer message." : "Rule added at the end of the list. Move it up if it should be checked earlier.");
      void queryClient.invalidateQueries({ queryKey: ["admin", "rules"] });
      void queryClient.invalidateQueries({ queryKey: ["admin", "history"] });
      onDone();
    },
    onError: (error) => {
      setFields(error instanceof AdminApiError ? error.fields : {});
      setFormError(error.message);
    },
  });

  const describedBy = (field: string) => (fieldError(fields, field) ? `${id}-${field}-error` : undefined);
  const invalid = (field: string) => (fieldError(fields, field) ? true : undefined);
  const message = (field: string) => <FieldMessage id={`${id}-${field}-error`} message={fieldError(fields, field)} />;

  return (
    <form
      className="flex flex-col gap-5"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setFormError(null);
        save.mutate();
      }}
    >
      <DialogHeader>
        <DialogTitle>{rule ? "Edit rule" : "Add a rule"}</DialogTitle>
        <DialogDescription>Rules are checked on every customer message before the assistant answers, top to bottom. The first rule that hands over decides the team.</DialogDescription>
      </DialogHeader>
      {formError ? (
        <Alert variant="destructive">
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      ) : null}

      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-name`}>Name</Label>
        <Input id={`${id}-name`} value={draft.name} onChange={(event) => set("name", event.target.value)} aria-invalid={invalid("name")} aria-describedby={describedBy("name")} placeholder="Mentions of a lawyer go to Legal" />
        {message("name")}
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="size-4 accent-primary" checked={draft.enabled} onChange={(event) => set("enabled", event.target.checked)} />
        Enabled
      </label>

      <fieldset className="flex flex-col gap-3 rounded-lg border p-4">
        <legend className="px-1 text-sm font-medium">When</legend>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${id}-kind`}>Condition</Label>
          <NativeSelect id={`${id}-kind`} value={draft.kind} onChange={(event) => set("kind", event.target.value as RuleCondition["kind"])}>
            {Object.entries(CONDITION_LABELS).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </NativeSelect>
        </div>
        <ConditionInputs draft={draft} set={set} options={options} id={id} invalid={invalid("condition")} describedBy={describedBy("condition")} />
        {message("condition")}
      </fieldset>

      <fieldset className="flex flex-col gap-3 rounded-lg border p-4">
        <legend className="px-1 text-sm font-medium">Then</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="size-4 accent-primary" checked={draft.handover} onChange={(event) => set("handover", event.target.checked)} />
          Hand the conversation to a person (the assistant stops answering)
        </label>
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={`${id}-team`}>Team</Label>
            <NativeSelect id={`${id}-team`} value={draft.handToTeam} disabled={!draft.handover} onChange={(event) => set("handToTeam", event.target.value)} aria-invalid={invalid("action.handToTeam")} aria-describedby={describedBy("action.handToTeam")}>
              <option value="">The inbox&apos;s default team</option>
              {options.teams.map((team) => (
                <option key={team.slug} value={team.slug}>
                  {team.name}
                </option>
              ))}
            </NativeSelect>
            {message("action.handToTeam")}
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={`${id}-priority`}>Set priority</Label>
            <NativeSelect id={`${id}-priority`} value={draft.setPriority} onChange={(event) => set("setPriority", event.target.value)} aria-invalid={invalid("action.setPriority")} aria-describedby={describedBy("action.setPriority")}>
              <option value="">Leave as is</option>
              {options.priorities.map((priority) => (
                <option key={priority} value={priority}>
                  {priority}
                </option>
              ))}
            </NativeSelect>
            {message("action.setPriority")}
          </div>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${id}-labels`}>Add labels</Label>
          <Input id={`${id}-labels`} value={draft.labels} onChange={(event) => set("labels", event.target.value)} placeholder="legal, high-risk" aria-invalid={invalid("action.addLabels")} aria-describedby={`${id}-labels-hint ${describedBy("action.addLabels") ?? ""}`.trim()} />
          <p id={`${id}-labels-hint`} className="text-xs text-muted-foreground">
            Comma-separated; lowercase letters, digits and dashes.
          </p>
          {message("action.addLabels")}
        </div>
        <details className="rounded-md border p-3" open={Object.keys(draft.messages).length > 0 || Boolean(fieldError(fields, "action.messageToCustomer"))}>
          <summary className="cursor-pointer text-sm font-medium">Message to the customer (optional)</summary>
          <p className="mt-2 text-xs text-muted-foreground">Sent instead of the standard handoff text. English is required once any language is filled; it is used for languages left empty.</p>
          <div className="mt-3 flex flex-col gap-3">
            {options.languages.map((language) => (
              <div key={language} className="flex flex-col gap-1.5">
                <Label htmlFor={`${id}-message-${language}`}>{LANGUAGE_NAMES[language] ?? language}</Label>
                <Textarea
                  id={`${id}-message-${language}`}
                  rows={2}
                  value={draft.messages[language as Language] ?? ""}
                  onChange={(event) => set("messages", { ...draft.messages, [language]: event.target.value })}
                  aria-invalid={invalid(`action.messageToCustomer.${language}`)}
                  aria-describedby={describedBy(`action.messageToCustomer.${language}`)}
                />
                {message(`action.messageToCustomer.${language}`)}
              </div>
            ))}
          </div>
        </details>
      </fieldset>

      <DialogFooter>
        <Button variant="outline" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : rule ? "Save rule" : "Add rule"}
        </Button>
      </DialogFooter>
    </form>
  );
}

type ConditionProps = {
  draft: RuleDraft;
  set: <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) => void;
  options: RuleEditorOptions;
  id: string;
  invalid: true | undefined;
  describedBy: string | undefined;
};

function ConditionInputs({ draft, set, options, id, invalid, describedBy }: ConditionProps) {
  switch (draft.kind) {
    case "intent_in":
      return <CheckboxGroup legend="Intents" items={options.intents} selected={draft.intents} onChange={(items) => set("intents", items)} describedBy={describedBy} />;
    case "topic_in":
      return <CheckboxGroup legend="High-risk topics" items={options.topics} selected={draft.topics} onChange={(items) => set("topics", items)} describedBy={describedBy} />;
    case "tier_in":
      return <CheckboxGroup legend="Customer tiers" items={options.tiers} selected={draft.tiers} onChange={(items) => set("tiers", items)} describedBy={describedBy} />;
    case "keyword":
      return (
        <NumberOrText id={`${id}-keywords`} label="Keywords" hint="Comma-separated, any of the six languages; a trailing * matches word endings (refund*)." value={draft.keywords} onChange={(value) => set("keywords", value)} invalid={invalid} describedBy={describedBy} />
      );
    case "confidence_below":
      return <NumberOrText id={`${id}-threshold`} label="Confidence below (0–1)" hint="Hands over only after the assistant asked one clarifying question." value={draft.threshold} onChange={(value) => set("threshold", value)} invalid={invalid} describedBy={describedBy} inputMode="decimal" />;
    case "negative_sentiment":
      return <NumberOrText id={`${id}-consecutive`} label="Negative messages in a row (1–10)" value={draft.consecutive} onChange={(value) => set("consecutive", value)} invalid={invalid} describedBy={describedBy} inputMode="numeric" />;
    case "failed_lookups":
      return <NumberOrText id={`${id}-at-least`} label="Failed lookups, at least (1–20)" value={draft.atLeast} onChange={(value) => set("atLeast", value)} invalid={invalid} describedBy={describedBy} inputMode="numeric" />;
    default:
      return <p className="text-sm text-muted-foreground">This condition needs no settings.</p>;
  }
}

function NumberOrText(props: { id: string; label: string; hint?: string; value: string; onChange: (value: string) => void; invalid: true | undefined; describedBy: string | undefined; inputMode?: "decimal" | "numeric" }) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={props.id}>{props.label}</Label>
      <Input
        id={props.id}
        value={props.value}
        inputMode={props.inputMode}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.invalid}
        aria-describedby={[props.hint ? `${props.id}-hint` : null, props.describedBy].filter(Boolean).join(" ") || undefined}
      />
      {props.hint ? (
        <p id={`${props.id}-hint`} className="text-xs text-muted-foreground">
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

function CheckboxGroup({ legend, items, selected, onChange, describedBy }: { legend: string; items: string[]; selected: string[]; onChange: (items: string[]) => void; describedBy: string | undefined }) {
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="mb-2 text-sm font-medium">{legend}</legend>
      <div className="grid max-h-52 grid-cols-1 gap-1.5 overflow-y-auto sm:grid-cols-2">
        {items.map((item) => (
          <label key={item} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-primary"
              checked={selected.includes(item)}
              onChange={(event) => onChange(event.target.checked ? [...selected, item] : selected.filter((existing) => existing !== item))}
            />
            {item.replaceAll("_", " ")}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
