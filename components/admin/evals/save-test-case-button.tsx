"use client";

import * as React from "react";
import { useMutation } from "@tanstack/react-query";
import { CheckCircle2Icon, DownloadIcon, FlaskConicalIcon, InfoIcon, XCircleIcon } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import type { SavedTestCase } from "@/lib/evals/build-test-case";
import { TEST_CASE_ROLES } from "@/lib/validation/evals";
import { saveTestCase } from "./evals-api";

/**
 * "Save as test case" in the conversation header: turns the conversation into an evaluation scenario
 * with synthetic identifiers, saves it under evals/<intent>/ when the server can, and offers it as a
 * download. Admins and supervisors only; others see it disabled with the reason.
 */
export function SaveTestCaseButton({ conversationId, role }: { conversationId: string; role: string | undefined }) {
  const allowed = TEST_CASE_ROLES.some((allowedRole) => allowedRole === role);
  const [open, setOpen] = React.useState(false);
  const save = useMutation({ mutationFn: () => saveTestCase(conversationId) });

  if (!allowed) {
    return (
      <Tooltip>
        <TooltipTrigger asChild>
          {/* A disabled button gets no pointer events: the wrapper carries the tooltip and the focus. */}
          <span tabIndex={0} className="inline-flex rounded-md" data-testid="save-test-case-disabled">
            <Button size="sm" variant="ghost" disabled>
              <FlaskConicalIcon /> Save as test case
            </Button>
          </span>
        </TooltipTrigger>
        <TooltipContent>Only admins and supervisors can save conversations as test cases.</TooltipContent>
      </Tooltip>
    );
  }

  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        onClick={() => {
          setOpen(true);
          save.mutate();
        }}
        disabled={save.isPending}
        title="Turn this conversation into an evaluation scenario"
      >
        <FlaskConicalIcon /> Save as test case
      </Button>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent className="sm:max-w-2xl">
          <DialogHeader>
            <DialogTitle>Save as test case</DialogTitle>
            <DialogDescription>
              The customer&apos;s messages become a scenario for <code className="font-mono text-xs">npm run eval</code>, with every identifier replaced by a synthetic one. Check the prefilled expectations before committing the file.
            </DialogDescription>
          </DialogHeader>
          {save.isPending && <p className="text-sm text-muted-foreground">Converting the conversation…</p>}
          {save.error && (
            <Alert variant="destructive">
              <XCircleIcon />
              <AlertTitle>No test case was made</AlertTitle>
              <AlertDescription>{save.error.message}</AlertDescription>
            </Alert>
          )}
          {save.data && <TestCaseResult result={save.data} />}
          <DialogFooter>
            {save.data && <DownloadLink result={save.data} />}
            <Button variant="outline" onClick={() => setOpen(false)}>
              Close
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </>
  );
}

function TestCaseResult({ result }: { result: SavedTestCase }) {
  const replaced = Object.entries(result.replacements)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(", ");
  return (
    <div className="grid min-w-0 gap-3" data-testid="test-case-result">
      {result.savedPath ? (
        <Alert variant="success">
          <CheckCircle2Icon />
          <AlertTitle>Saved</AlertTitle>
          <AlertDescription>
            <code className="font-mono text-xs break-all" data-testid="test-case-path">
              {result.savedPath}
            </code>
          </AlertDescription>
        </Alert>
      ) : (
        <Alert variant="warning">
          <InfoIcon />
          <AlertTitle>Not saved on the server</AlertTitle>
          <AlertDescription>{result.saveNote}</AlertDescription>
        </Alert>
      )}
      <p className="text-sm">
        Intent <span className="font-mono text-xs">{result.scenario.intent}</span>, {result.scenario.turns.length} turn(s); identifiers replaced: {replaced || "none found"}.
      </p>
      {result.notes.length > 0 && (
        <ul className="list-disc pl-5 text-sm text-muted-foreground">
          {result.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <pre className="max-h-72 overflow-auto rounded-md bg-muted p-3 font-mono text-xs" data-testid="test-case-json">
        {JSON.stringify(result.scenario, null, 2)}
      </pre>
    </div>
  );
}

function DownloadLink({ result }: { result: SavedTestCase }) {
  // A data URL rather than an object URL: nothing to revoke, and the file is small.
  const href = `data:application/json;charset=utf-8,${encodeURIComponent(`${JSON.stringify(result.scenario, null, 2)}\n`)}`;
  return (
    <Button asChild>
      <a href={href} download={result.fileName}>
        <DownloadIcon /> Download JSON
      </a>
    </Button>
  );
}
