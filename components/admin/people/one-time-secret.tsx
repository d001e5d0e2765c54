"use client";

import * as React from "react";
import { CheckIcon, CopyIcon, KeyRoundIcon } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** A secret shown exactly once (temporary password or API token), with a copy button. */
export function OneTimeSecret({ label, value, children }: { label: string; value: string; children: React.ReactNode }) {
  const [copied, setCopied] = React.useState(false);
  const id = React.useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      // Clipboard access can be refused (insecure origin, permissions): the value stays selectable.
      document.getElementById(id)?.focus();
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <Alert variant="warning">
        <KeyRoundIcon aria-hidden="true" />
        <AlertTitle>Shown only once</AlertTitle>
        <AlertDescription>{children}</AlertDescription>
      </Alert>
      <div className="flex flex-col gap-1.5">
        <span className="text-sm font-medium" id={`${id}-label`}>
          {label}
        </span>
        <div className="flex items-center gap-2">
          <output
            id={id}
            aria-labelledby={`${id}-label`}
            tabIndex={0}
            data-testid="one-time-secret"
            className="min-w-0 flex-1 rounded-md border bg-muted px-3 py-2 font-mono text-sm break-all select-all"
          >
            {value}
          </output>
          <Button variant="outline" size="sm" onClick={() => void copy()} aria-label={`Copy ${label.toLowerCase()}`}>
            {copied ? <CheckIcon aria-hidden="true" /> : <CopyIcon aria-hidden="true" />}
            {copied ? "Copied" : "Copy"}
          </Button>
        </div>
      </div>
    </div>
  );
}
