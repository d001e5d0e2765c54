"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import * as React from "react";
import { toast } from "sonner";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { ARTICLE_STATUSES, LANGUAGES } from "@/lib/db/enums";
import type { ArticleDetail } from "@/lib/knowledge/admin/article-views";
import { type ArticleDraft, draftFromArticle, EMPTY_DRAFT, formValuesOf, problemsByField, validateDraft } from "./article-form-values";
import { KnowledgeApiError, knowledgeApi, knowledgeKeys } from "./knowledge-api";
import { LANGUAGE_LABELS, STATUS_LABELS } from "./knowledge-labels";
import { MarkdownPreview } from "./markdown-preview";

type Errors = Partial<Record<keyof ArticleDraft, string>>;
const FIELD_ORDER: (keyof ArticleDraft)[] = ["title", "body", "status", "locale", "effectiveFrom", "effectiveUntil", "regions", "tags", "intents"];

// Creates an article (no `article`) or saves the next version of one. Every save is a version;
// the version the editor started from travels with the save so a concurrent edit is not overwritten.
export function ArticleEditor({ article }: { article?: ArticleDetail }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const initial = React.useMemo(() => (article ? draftFromArticle(article) : EMPTY_DRAFT), [article]);
  const [draft, setDraft] = React.useState<ArticleDraft>(initial);
  const [errors, setErrors] = React.useState<Errors>({});
  const [conflict, setConflict] = React.useState<string | null>(null);
  const [tab, setTab] = React.useState<"write" | "preview">("write");
  const formRef = React.useRef<HTMLFormElement>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);

  // Leaving with unsaved text asks first.
  React.useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const save = useMutation({
    mutationFn: () => {
      const values = formValuesOf(draft);
      return article ? knowledgeApi.update(article.id, { ...values, expectedVersion: article.version }) : knowledgeApi.create(values);
    },
    onSuccess: async (saved) => {
      setConflict(null);
      await queryClient.invalidateQueries({ queryKey: knowledgeKeys.all });
      const live = draft.status === "published" ? " It is published: the assistant uses it from now on (or from its start date)." : "";
      toast.success(article ? `Saved as version ${saved.version}.${live}` : `Article created.${live}`);
      if (!article) router.push(`/admin/knowledge/${saved.id}`);
    },
    onError: (error) => {
      if (error instanceof KnowledgeApiError && error.status === 409) {
        setConflict(error.message);
        return;
      }
      if (error instanceof KnowledgeApiError && error.fieldProblems.length > 0) {
        const fieldErrors = problemsByField(error.fieldProblems);
        setErrors(fieldErrors);
        focusFirst(fieldErrors);
        return;
      }
      toast.error(error.message);
    },
  });

  const focusFirst = (fieldErrors: Errors) => {
    const first = FIELD_ORDER.find((field) => fieldErrors[field]);
    if (!first) return;
    if (first === "body") setTab("write");
    window.requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus());
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const fieldErrors = validateDraft(draft);
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length > 0) {
      focusFirst(fieldErrors);
      return;
    }
    save.mutate();
  };

  const field = <K extends keyof ArticleDraft>(name: K) => ({
    id: `article-${name}`,
    name,
    value: draft[name],
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": [errors[name] ? `article-${name}-error` : null, HINTS[name] ? `article-${name}-hint` : null].filter(Boolean).join(" ") || undefined,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
      setDraft((current) => ({ ...current, [name]: event.target.value }));
      if (errors[name]) setErrors((current) => ({ ...current, [name]: undefined }));
    },
  });

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-5" aria-label={article ? "Edit article" : "New article"}>
      {conflict ? (
        <Alert variant="destructive">
          <AlertTitle>Not saved: someone else saved a newer version</AlertTitle>
          <AlertDescription>
            <p>{conflict}</p>
            <Button
              type="button"
              variant="outline"
              size="sm"
              className="mt-2"
              onClick={() => {
                setConflict(null);
                void queryClient.invalidateQueries({ queryKey: knowledgeKeys.all });
              }}
            >
              Load the newest version
            </Button>
          </AlertDescription>
        </Alert>
      ) : null}

      <Field label="Title" name="title" error={errors.title}>
        <Input {...field("title")} maxLength={200} autoComplete="off" />
      </Field>

      <div className="flex flex-col gap-1.5">
        <div className="flex items-end justify-between gap-2">
          <Label htmlFor="article-body">Text (Markdown)</Label>
          <div role="tablist" aria-label="Text view" className="inline-flex rounded-md border p-0.5">
            {(["write", "preview"] as const).map((value) => (
              <button
                key={value}
                type="button"
                role="tab"
                id={`article-tab-${value}`}
                aria-selected={tab === value}
                aria-controls={`article-panel-${value}`}
                onClick={() => setTab(value)}
                className={cn("rounded px-3 py-1 text-xs font-medium outline-none focus-visible:ring-[3px] focus-visible:ring-ring/40", tab === value ? "bg-accent text-accent-foreground" : "text-muted-foreground hover:text-foreground")}
              >
                {value === "write" ? "Write" : "Preview"}
              </button>
            ))}
          </div>
        </div>
        <div id="article-panel-write" role="tabpanel" aria-labelledby="article-tab-write" hidden={tab !== "write"}>
          <Textarea {...field("body")} rows={18} className="font-mono text-sm" spellCheck />
        </div>
        <div id="article-panel-preview" role="tabpanel" aria-labelledby="article-tab-preview" hidden={tab !== "preview"} className="min-h-40 rounded-md border bg-card p-4">
          <MarkdownPreview markdown={draft.body} />
        </div>
        <p id="article-body-hint" className="text-xs text-muted-foreground">{HINTS.body}</p>
        {errors.body ? <FieldError name="body" message={errors.body} /> : null}
      </div>

      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="Status" name="status" error={errors.status}>
          <NativeSelect {...field("status")}>
            {ARTICLE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label="Language" name="locale" error={errors.locale}>
          <NativeSelect {...field("locale")}>
            {LANGUAGES.map((locale) => (
              <option key={locale} value={locale}>
                {LANGUAGE_LABELS[locale]}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label="Effective from" name="effectiveFrom" error={errors.effectiveFrom}>
          <Input {...field("effectiveFrom")} type="date" />
        </Field>
        <Field label="Effective until" name="effectiveUntil" error={errors.effectiveUntil}>
          <Input {...field("effectiveUntil")} type="date" />
        </Field>
      </div>

      <div className="grid gap-4 md:grid-cols-3">
        <Field label="Regions" name="regions" error={errors.regions}>
          <Input {...field("regions")} placeholder="All regions" autoComplete="off" />
        </Field>
        <Field label="Tags" name="tags" error={errors.tags}>
          <Input {...field("tags")} placeholder="returns, policy" autoComplete="off" />
        </Field>
        <Field label="Intents" name="intents" error={errors.intents}>
          <Input {...field("intents")} placeholder="refund_policy" autoComplete="off" />
        </Field>
      </div>

      <div className="flex flex-wrap items-center gap-3 border-t pt-4">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
          {article ? "Save" : "Create article"}
        </Button>
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {save.isPending ? "Saving…" : draft.status === "published" ? "Saving publishes this text for the assistant right away (from the start date, if one is set)." : "Drafts and archived articles are never used by the assistant."}
        </p>
        {dirty && !save.isPending ? <span className="text-sm font-medium">Unsaved changes</span> : null}
      </div>
    </form>
  );
}

const HINTS: Partial<Record<keyof ArticleDraft, string>> = {
  body: "The assistant quotes this text. Headings, lists, tables and **bold** are kept in WhatsApp-friendly form.",
  effectiveFrom: "Empty: in effect now. A future date: used from that day.",
  effectiveUntil: "Empty: no end. After this day the article is no longer used.",
  regions: "Two-letter country codes, comma-separated (NL, BE). Empty: every region.",
  tags: "Comma-separated, for finding and filtering articles.",
  intents: "Customer intents this article answers, comma-separated.",
};

function Field({ label, name, error, children }: { label: string; name: keyof ArticleDraft; error?: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={`article-${name}`}>{label}</Label>
      {children}
      {HINTS[name] ? (
        <p id={`article-${name}-hint`} className="text-xs text-muted-foreground">
          {HINTS[name]}
        </p>
      ) : null}
      {error ? <FieldError name={name} message={error} /> : null}
    </div>
  );
}

function FieldError({ name, message }: { name: keyof ArticleDraft; message: string }) {
  return (
    <p id={`article-${name}-error`} className="text-sm font-medium text-destructive">
      {message}
    </p>
  );
}
