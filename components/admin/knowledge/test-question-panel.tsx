"use client";

import { useMutation } from "@tanstack/react-query";
import { Bot, Loader2, SearchX, UserRound } from "lucide-react";
import Link from "next/link";
import * as React from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { LANGUAGES } from "@/lib/db/enums";
import { testQuestionSchema } from "@/lib/validation/knowledge";
import { KnowledgeApiError, knowledgeApi } from "./knowledge-api";
import { LANGUAGE_LABELS } from "./knowledge-labels";

type Form = { message: string; locale: string; region: string; date: string };
type Errors = Partial<Record<keyof Form, string>>;

// "Test a question": what the agent would retrieve for a customer's message, with scores, and the
// answer it would give with the configured model. Nothing is sent or stored.
export function TestQuestionPanel() {
  const [form, setForm] = React.useState<Form>({ message: "", locale: "en", region: "", date: "" });
  const [errors, setErrors] = React.useState<Errors>({});
  const messageRef = React.useRef<HTMLTextAreaElement>(null);
  const run = useMutation({
    mutationFn: () => knowledgeApi.testQuestion(form),
    onError: (error) => {
      if (error instanceof KnowledgeApiError && error.fieldProblems.length > 0) setErrors(toErrors(error.fieldProblems));
    },
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = testQuestionSchema.safeParse(form);
    if (!parsed.success) {
      const next = toErrors(parsed.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message })));
      setErrors(next);
      if (next.message) messageRef.current?.focus();
      return;
    }
    setErrors({});
    run.mutate();
  };

  const change = (name: keyof Form) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
    setForm((current) => ({ ...current, [name]: event.target.value }));
    if (errors[name]) setErrors((current) => ({ ...current, [name]: undefined }));
  };
  const described = (name: keyof Form, hint?: boolean) => [errors[name] ? `tq-${name}-error` : null, hint ? `tq-${name}-hint` : null].filter(Boolean).join(" ") || undefined;

  const result = run.data;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>Customer message</h2>
          </CardTitle>
          <CardDescription>As a new customer who has not identified themselves would write it on WhatsApp.</CardDescription>
        </CardHeader>
        <CardContent>
          <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-label="Test a question">
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="tq-message">Message</Label>
              <Textarea
                ref={messageRef}
                id="tq-message"
                rows={4}
                value={form.message}
                onChange={change("message")}
                placeholder="How long do I have to return something?"
                aria-invalid={errors.message ? true : undefined}
                aria-describedby={described("message")}
              />
              {errors.message ? <p id="tq-message-error" className="text-sm font-medium text-destructive">{errors.message}</p> : null}
            </div>
            <div className="grid gap-4 sm:grid-cols-3 lg:grid-cols-1 xl:grid-cols-3">
              <div className="flex flex-col gap-1.5">
                <Label htmlFor="tq-locale">Language</Label>
                <NativeSelect id="tq-locale" value={form.locale} onChange={change("locale")}>
                  {LANGUAGES.map((locale) => (
                    <option key={locale} value={locale}>
                      {LANGUAGE_LABELS[locale]}
                    </option>
                  ))}
                </NativeSelect>
              </div>
              <div className="flex flex-col gap-1.5">
                <Label htmlFor="tq-region">Region</Label>
                <Input id="tq-region" value={form.region} onChange={change("region")} placeholder="NL" maxLength={2} autoComplete="off" aria-invalid={errors.region ? true : undefined} aria-describedby={described("region", true)} />
                <p id="tq-region-hint" className="text-xs text-muted-foreground">Country code; empty: unknown.</p>
                {errors.region ? <p id="tq-region-error" className="text-sm font-medium text-destructive">{errors.region}</p> : null}
              </div>
              <div className="flex flex-col gap-1.5">
                <Label htmlFor="tq-date">On date</Label>
                <Input id="tq-date" type="date" value={form.date} onChange={change("date")} aria-invalid={errors.date ? true : undefined} aria-describedby={described("date", true)} />
                <p id="tq-date-hint" className="text-xs text-muted-foreground">Empty: today.</p>
                {errors.date ? <p id="tq-date-error" className="text-sm font-medium text-destructive">{errors.date}</p> : null}
              </div>
            </div>
            <Button type="submit" disabled={run.isPending} className="self-start">
              {run.isPending ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
              Test
            </Button>
          </form>
        </CardContent>
      </Card>

      <section className="flex flex-col gap-4" aria-label="Result" aria-busy={run.isPending}>
        {run.isError && !(run.error instanceof KnowledgeApiError && run.error.fieldProblems.length > 0) ? (
          <Alert variant="destructive">
            <AlertTitle>The test could not run</AlertTitle>
            <AlertDescription>{run.error.message}</AlertDescription>
          </Alert>
        ) : null}
        {!result ? (
          <EmptyState icon={<Bot />} title="Nothing tested yet" titleAs="h2" description="Type a message and press Test to see the articles the assistant would find and what it would answer." />
        ) : (
          <>
            <Card>
              <CardHeader>
                <CardTitle>
                  <h2>The assistant would answer</h2>
                </CardTitle>
                <CardDescription>
                  Model {result.model} · intent {result.intent} ({Math.round(result.confidence * 100)}%) · {LANGUAGE_LABELS[result.locale]} · region {result.region ?? "unknown"} · {result.date}
                </CardDescription>
              </CardHeader>
              <CardContent className="flex flex-col gap-3">
                {result.handover ? (
                  <Alert variant="warning">
                    <UserRound aria-hidden="true" />
                    <AlertTitle>A person would take this conversation</AlertTitle>
                    <AlertDescription>
                      {result.handover.ruleName} ({result.handover.reason.replaceAll("_", " ")}). In a real conversation the customer is handed over{result.handover.reason === "agent_escalated" ? "." : " before the model runs; the answer below is what the model would say otherwise."}
                    </AlertDescription>
                  </Alert>
                ) : null}
                {result.answer ? (
                  <div data-testid="test-answer" className="max-w-prose rounded-lg rounded-tl-none border bg-muted/60 px-4 py-3 text-sm whitespace-pre-wrap">
                    {result.answer}
                  </div>
                ) : (
                  <p className="text-sm text-muted-foreground">The assistant would not send a text reply.</p>
                )}
                {result.toolCalls.length > 0 ? <p className="text-xs text-muted-foreground">Tools it would call: {result.toolCalls.map((call) => call.toolName).join(", ")} (lookups only; nothing is changed in a test).</p> : null}
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle>
                  <h2>Articles retrieved</h2>
                </CardTitle>
                <CardDescription>Published, in effect on {result.date}, in this language (English as a fallback) and for this region, best first.</CardDescription>
              </CardHeader>
              <CardContent>
                {result.retrieved.length === 0 ? (
                  <EmptyState icon={<SearchX />} titleAs="h3" title="No article found" description="The assistant would say it does not know and offer a colleague." />
                ) : (
                  <ol className="flex flex-col gap-3" aria-label="Retrieved articles">
                    {result.retrieved.map((hit, index) => (
                      <li key={hit.articleId} className="rounded-md border p-3" data-article-slug={hit.slug}>
                        <div className="flex flex-wrap items-center gap-2">
                          <span className="text-sm text-muted-foreground tabular-nums">{index + 1}.</span>
                          <Link href={`/admin/knowledge/${hit.articleId}`} className="font-medium hover:underline">
                            {hit.title}
                          </Link>
                          <Badge variant="outline" className="tabular-nums">
                            score {hit.score.toFixed(3)}
                          </Badge>
                          {hit.locale !== result.locale ? <Badge variant="secondary">{LANGUAGE_LABELS[hit.locale]} fallback</Badge> : null}
                          {hit.articleId === result.citedArticleId ? <Badge variant="success">Quoted in the answer</Badge> : null}
                        </div>
                        <p className="mt-1 line-clamp-3 text-sm text-muted-foreground">{hit.snippet}</p>
                      </li>
                    ))}
                  </ol>
                )}
              </CardContent>
            </Card>
          </>
        )}
      </section>
    </div>
  );
}

function toErrors(problems: { field: string; message: string }[]): Errors {
  const errors: Errors = {};
  for (const problem of problems) {
    const field = problem.field as keyof Form;
    if (!errors[field]) errors[field] = problem.message;
  }
  return errors;
}
