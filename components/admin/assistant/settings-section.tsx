"use client";

import type * as React from "react";
import { ChangeHistoryDialog } from "@/components/admin/rules/change-history-dialog";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SETTINGS_KEY } from "./use-save-setting";

type Props = {
  id: string;
  title: string;
  description: string;
  historyUrl: string;
  saving: boolean;
  formError: string | null;
  onSubmit: () => void;
  children: React.ReactNode;
};

// One settings area: a titled form with Save and its own History (with Revert).
export function SettingsSection({ id, title, description, historyUrl, saving, formError, onSubmit, children }: Props) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border bg-card p-4 md:p-6">
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <div className="flex flex-wrap items-start gap-2">
          <div className="min-w-0 flex-1">
            <h2 id={`${id}-title`} className="text-lg font-semibold">
              {title}
            </h2>
            <p className="text-sm text-muted-foreground">{description}</p>
          </div>
          <ChangeHistoryDialog title={`Changes to ${title.toLowerCase()}`} subject={title.toLowerCase()} historyUrl={historyUrl} revertUrl="/api/admin/settings/revert" invalidate={[SETTINGS_KEY]} />
        </div>
        {formError ? (
          <Alert variant="destructive">
            <AlertDescription>{formError}</AlertDescription>
          </Alert>
        ) : null}
        {children}
        <div>
          <Button type="submit" disabled={saving}>
            {saving ? "Saving…" : `Save ${title.toLowerCase()}`}
          </Button>
        </div>
      </form>
    </section>
  );
}
