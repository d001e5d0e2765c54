"use client";

import * as React from "react";
import { CopyIcon, ExternalLinkIcon, ListIcon, PhoneIcon, ReplyIcon } from "lucide-react";
import { toast } from "sonner";
import type { OutboundChatEntry } from "@/lib/whatsapp/emulator/chat-store";
import { useChat } from "./chat-context";
import { ListPickerDialog } from "./list-picker-dialog";

// The tappable part of a business message, shown under its bubble as on a phone: reply buttons,
// the list opener, call-to-action links and template buttons. Taps go to the emulator, which
// delivers them to our webhook like Meta would.

const controlClass =
  "flex min-h-10 w-full items-center justify-center gap-2 rounded-lg bg-white px-3 py-2 text-sm font-medium text-[#027eb5] shadow-sm transition-colors outline-none hover:bg-[#f5f6f6] focus-visible:ring-2 focus-visible:ring-[#027eb5] disabled:cursor-not-allowed disabled:opacity-60 dark:bg-[#202c33] dark:text-[#53bdeb] dark:hover:bg-[#2a3942] dark:focus-visible:ring-[#53bdeb]";

export function MessageControls({ entry }: { entry: OutboundChatEntry }) {
  const { actions, acting } = useChat();
  const [listOpen, setListOpen] = React.useState(false);
  const undelivered = entry.status === "failed";
  const request = entry.request;

  if (request.type === "interactive") {
    const interactive = request.interactive;
    if (interactive.type === "button") {
      return (
        <ControlStack label="Reply buttons">
          {interactive.action.buttons.map((button) => (
            <button
              key={button.reply.id}
              type="button"
              className={controlClass}
              disabled={acting || undelivered}
              onClick={() => void actions.tapButton(entry.wamid, button.reply.id)}
            >
              <ReplyIcon aria-hidden="true" className="size-4" />
              {button.reply.title}
            </button>
          ))}
        </ControlStack>
      );
    }
    if (interactive.type === "list") {
      return (
        <ControlStack label="List">
          <button type="button" className={controlClass} disabled={acting || undelivered} onClick={() => setListOpen(true)} aria-haspopup="dialog">
            <ListIcon aria-hidden="true" className="size-4" />
            {interactive.action.button}
          </button>
          <ListPickerDialog
            open={listOpen}
            onOpenChange={setListOpen}
            title={interactive.action.button}
            description={interactive.body.text}
            sections={interactive.action.sections}
            onPick={(rowId) => actions.pickListRow(entry.wamid, rowId)}
          />
        </ControlStack>
      );
    }
    return (
      <ControlStack label="Link">
        <a className={controlClass} href={interactive.action.parameters.url} target="_blank" rel="noopener noreferrer">
          <ExternalLinkIcon aria-hidden="true" className="size-4" />
          {interactive.action.parameters.display_text}
        </a>
      </ControlStack>
    );
  }

  const buttons = entry.template?.buttons ?? [];
  if (buttons.length === 0) return null;
  return (
    <ControlStack label="Template buttons">
      {buttons.map((button) => {
        switch (button.type) {
          case "quick_reply":
            return (
              <button
                key={button.index}
                type="button"
                className={controlClass}
                disabled={acting || undelivered}
                // By index: labels and payloads may repeat, positions do not.
                onClick={() => void actions.tapButton(entry.wamid, String(button.index))}
              >
                <ReplyIcon aria-hidden="true" className="size-4" />
                {button.text}
              </button>
            );
          case "url":
            return (
              <a key={button.index} className={controlClass} href={button.url} target="_blank" rel="noopener noreferrer">
                <ExternalLinkIcon aria-hidden="true" className="size-4" />
                {button.text}
              </a>
            );
          case "phone_number":
            return (
              <a key={button.index} className={controlClass} href={`tel:${button.phoneNumber}`}>
                <PhoneIcon aria-hidden="true" className="size-4" />
                {button.text}
              </a>
            );
          case "copy_code":
            return (
              <button
                key={button.index}
                type="button"
                className={controlClass}
                onClick={() => {
                  void navigator.clipboard.writeText(button.code).then(
                    () => toast.success(`Copied ${button.code}`),
                    () => toast.error("The browser did not allow copying."),
                  );
                }}
              >
                <CopyIcon aria-hidden="true" className="size-4" />
                {button.text}
              </button>
            );
        }
      })}
    </ControlStack>
  );
}

function ControlStack({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="group" aria-label={label} className="mt-0.5 flex flex-col gap-0.5">
      {children}
    </div>
  );
}
