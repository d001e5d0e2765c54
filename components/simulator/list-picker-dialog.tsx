"use client";

import * as React from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { ListSection } from "@/lib/whatsapp/cloud-api/send-schema";

// WhatsApp's list sheet: sections of rows, one to choose, then Send.
export function ListPickerDialog({
  open,
  onOpenChange,
  title,
  description,
  sections,
  onPick,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: string;
  sections: ListSection[];
  onPick: (rowId: string) => Promise<boolean>;
}) {
  const [selected, setSelected] = React.useState<string | null>(null);
  const [sending, setSending] = React.useState(false);
  const name = React.useId();

  const close = (next: boolean) => {
    if (!next) setSelected(null);
    onOpenChange(next);
  };

  const send = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!selected) return;
    setSending(true);
    try {
      if (await onPick(selected)) close(false);
    } finally {
      setSending(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent className="sm:max-w-sm">
        <form onSubmit={(event) => void send(event)} className="flex flex-col gap-4">
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            <DialogDescription className="line-clamp-3">{description}</DialogDescription>
          </DialogHeader>
          <div className="flex max-h-[50dvh] flex-col gap-4 overflow-y-auto">
            {sections.map((section, sectionIndex) => (
              <fieldset key={sectionIndex} className="flex flex-col gap-1">
                <legend className={section.title ? "mb-1 text-xs font-semibold tracking-wide text-[#008069] uppercase dark:text-[#00a884]" : "sr-only"}>
                  {section.title ?? "Options"}
                </legend>
                {section.rows.map((row) => (
                  <label
                    key={row.id}
                    className="flex cursor-pointer items-start gap-3 rounded-md px-2 py-2 hover:bg-accent has-[:checked]:bg-accent has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
                  >
                    <span className="flex min-w-0 flex-1 flex-col">
                      <span className="text-sm font-medium">{row.title}</span>
                      {row.description ? <span className="text-xs text-muted-foreground">{row.description}</span> : null}
                    </span>
                    <input
                      type="radio"
                      name={name}
                      value={row.id}
                      checked={selected === row.id}
                      onChange={() => setSelected(row.id)}
                      className="mt-0.5 size-4 accent-[#00a884]"
                    />
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
          <DialogFooter>
            <Button type="submit" disabled={!selected || sending}>
              {sending ? "Sending…" : "Send"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
