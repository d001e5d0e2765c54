"use client";

import { useQueryClient } from "@tanstack/react-query";
import { CheckCircle2, CircleAlert, FileUp, Loader2 } from "lucide-react";
import Link from "next/link";
import * as React from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { LANGUAGES } from "@/lib/db/enums";
import { IMPORT_EXTENSIONS, KNOWLEDGE_LIMITS } from "@/lib/validation/knowledge";
import { knowledgeApi, knowledgeKeys } from "./knowledge-api";
import { LANGUAGE_LABELS } from "./knowledge-labels";

type FileState =
  | { kind: "waiting" }
  | { kind: "importing" }
  | { kind: "imported"; articleId: string; title: string; detail: string }
  | { kind: "failed"; message: string };
type Entry = { key: string; file: File; state: FileState };

// Imports Markdown, text and PDF files as drafts, one request per file in turn: a failure is shown
// on its file and never undoes the others.
export function ImportDialog() {
  const queryClient = useQueryClient();
  const [open, setOpen] = React.useState(false);
  const [entries, setEntries] = React.useState<Entry[]>([]);
  const [locale, setLocale] = React.useState<string>("en");
  const [tags, setTags] = React.useState("imported");
  const [running, setRunning] = React.useState(false);
  const [pickError, setPickError] = React.useState<string | null>(null);
  const inputRef = React.useRef<HTMLInputElement>(null);

  const done = entries.filter((entry) => entry.state.kind === "imported" || entry.state.kind === "failed").length;
  const imported = entries.filter((entry) => entry.state.kind === "imported").length;
  const failed = entries.filter((entry) => entry.state.kind === "failed").length;
  const finished = entries.length > 0 && done === entries.length;

  const update = (key: string, state: FileState) => setEntries((current) => current.map((entry) => (entry.key === key ? { ...entry, state } : entry)));

  const pick = (files: FileList | null) => {
    setPickError(null);
    setEntries(Array.from(files ?? []).map((file, index) => ({ key: `${index}:${file.name}:${file.size}`, file, state: { kind: "waiting" } })));
  };

  const start = async () => {
    if (entries.length === 0) {
      setPickError("Choose one or more files first.");
      inputRef.current?.focus();
      return;
    }
    setRunning(true);
    for (const entry of entries) {
      if (entry.state.kind === "imported") continue;
      const problem = precheck(entry.file);
      if (problem) {
        update(entry.key, { kind: "failed", message: problem });
        continue;
      }
      update(entry.key, { kind: "importing" });
      try {
        const article = await knowledgeApi.importFile(entry.file, { locale, tags });
        const detail = `${article.characters.toLocaleString("en")} characters${article.pages ? `, ${article.pages} ${article.pages === 1 ? "page" : "pages"}` : ""}`;
        update(entry.key, { kind: "imported", articleId: article.id, title: article.title, detail });
      } catch (error) {
        update(entry.key, { kind: "failed", message: error instanceof Error ? error.message : "The import failed." });
      }
    }
    setRunning(false);
    await queryClient.invalidateQueries({ queryKey: knowledgeKeys.all });
  };

  React.useEffect(() => {
    if (!finished || running) return;
    if (failed === 0) toast.success(`${imported} ${imported === 1 ? "file" : "files"} imported as drafts.`);
    else toast.warning(`${imported} imported, ${failed} could not be imported. See the reasons in the list.`);
  }, [finished, running, failed, imported]);

  const reset = () => {
    setEntries([]);
    setPickError(null);
    if (inputRef.current) inputRef.current.value = "";
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (running) return;
        setOpen(next);
        if (!next) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline">
          <FileUp aria-hidden="true" />
          Import files
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>Import articles</DialogTitle>
          <DialogDescription>
            Markdown (.md), plain text (.txt) and PDF files up to {KNOWLEDGE_LIMITS.importBytes / (1024 * 1024)} MB each. Every file becomes a draft; nothing reaches customers until you publish it.
          </DialogDescription>
        </DialogHeader>

        <div className="grid gap-4">
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="import-files">Files</Label>
            <Input
              ref={inputRef}
              id="import-files"
              type="file"
              multiple
              accept={[...IMPORT_EXTENSIONS, "text/markdown", "text/plain", "application/pdf"].join(",")}
              disabled={running}
              aria-invalid={pickError ? true : undefined}
              aria-describedby={pickError ? "import-files-error" : undefined}
              onChange={(event) => pick(event.target.files)}
            />
            {pickError ? (
              <p id="import-files-error" className="text-sm font-medium text-destructive">
                {pickError}
              </p>
            ) : null}
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="import-locale">Language of the files</Label>
              <NativeSelect id="import-locale" value={locale} disabled={running} onChange={(event) => setLocale(event.target.value)}>
                {LANGUAGES.map((value) => (
                  <option key={value} value={value}>
                    {LANGUAGE_LABELS[value]}
                  </option>
                ))}
              </NativeSelect>
            </div>
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="import-tags">Tags</Label>
              <Input id="import-tags" value={tags} disabled={running} onChange={(event) => setTags(event.target.value)} placeholder="imported" />
            </div>
          </div>

          {entries.length > 0 ? (
            <div className="flex flex-col gap-2">
              <div className="flex items-center justify-between text-sm">
                <span id="import-progress-label">{running ? `Importing ${Math.min(done + 1, entries.length)} of ${entries.length}…` : finished ? `Done: ${imported} imported, ${failed} failed` : `${entries.length} ${entries.length === 1 ? "file" : "files"} chosen`}</span>
                <span className="text-muted-foreground tabular-nums">
                  {done}/{entries.length}
                </span>
              </div>
              <div role="progressbar" aria-labelledby="import-progress-label" aria-valuemin={0} aria-valuemax={entries.length} aria-valuenow={done} className="h-2 overflow-hidden rounded-full bg-muted">
                <div className="h-full bg-primary transition-[width]" style={{ width: `${(done / entries.length) * 100}%` }} />
              </div>
              <ul className="flex max-h-64 flex-col divide-y overflow-y-auto rounded-md border text-sm" aria-label="Files to import">
                {entries.map((entry) => (
                  <li key={entry.key} className="flex items-start gap-2 px-3 py-2" data-import-state={entry.state.kind}>
                    <StateIcon state={entry.state} />
                    <div className="min-w-0 flex-1">
                      <div className="truncate font-medium">{entry.file.name}</div>
                      {entry.state.kind === "imported" ? (
                        <div className="text-muted-foreground">
                          Draft{" "}
                          <Link className="text-primary underline" href={`/admin/knowledge/${entry.state.articleId}`}>
                            {entry.state.title}
                          </Link>{" "}
                          · {entry.state.detail}
                        </div>
                      ) : entry.state.kind === "failed" ? (
                        <div className="text-destructive">{entry.state.message}</div>
                      ) : (
                        <div className="text-muted-foreground">{entry.state.kind === "importing" ? "Importing…" : "Waiting"}</div>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>

        <DialogFooter>
          {finished ? (
            <>
              <Button variant="outline" onClick={reset}>
                Import more
              </Button>
              <Button onClick={() => setOpen(false)}>Done</Button>
            </>
          ) : (
            <Button onClick={() => void start()} disabled={running}>
              {running ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
              {entries.length > 1 ? `Import ${entries.length} files` : "Import"}
            </Button>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

function StateIcon({ state }: { state: FileState }) {
  if (state.kind === "imported") return <CheckCircle2 className="mt-0.5 size-4 shrink-0 text-green-600 dark:text-green-400" aria-label="Imported" />;
  if (state.kind === "failed") return <CircleAlert className="mt-0.5 size-4 shrink-0 text-destructive" aria-label="Failed" />;
  if (state.kind === "importing") return <Loader2 className="mt-0.5 size-4 shrink-0 animate-spin" aria-label="Importing" />;
  return <span className="mt-0.5 size-4 shrink-0 rounded-full border" aria-hidden="true" />;
}

// The same limits the server checks, so an obviously wrong file is not uploaded first.
function precheck(file: File): string | null {
  const extension = file.name.includes(".") ? file.name.slice(file.name.lastIndexOf(".")).toLowerCase() : "";
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) return `${file.name}: only Markdown (.md), plain text (.txt) and PDF (.pdf) files can be imported.`;
  if (file.size > KNOWLEDGE_LIMITS.importBytes) return `${file.name} is ${(file.size / (1024 * 1024)).toFixed(1)} MB; files of at most ${KNOWLEDGE_LIMITS.importBytes / (1024 * 1024)} MB can be imported.`;
  if (file.size === 0) return `${file.name} is empty; there is nothing to import.`;
  return null;
}
