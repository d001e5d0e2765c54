"use client";

import * as React from "react";
import { useQuery } from "@tanstack/react-query";
import { LockIcon, MessageSquareTextIcon, PaperclipIcon, SendIcon, SparklesIcon, SquareStackIcon, XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Textarea } from "@/components/ui/textarea";
import type { OutboundContent } from "@/lib/channel/outbound/outbound-content";
import type { CannedReplyView, ConversationDetail, Directory } from "@/lib/conversation/console-types";
import { renderCannedReply } from "@/lib/conversation/render-canned-reply";
import { mediaRuleFor, mimeTypeFromFileName } from "@/lib/whatsapp/cloud-api/media-limits";
import { consoleApi, consoleKeys } from "./console-api";
import { formatSpan } from "./format-wait";
import { TemplatePicker } from "./template-picker";
import { useDraft } from "./use-draft";
import { useNow } from "./use-now";

export type ComposerProps = {
  detail: ConversationDetail;
  currentUser: { id: string; name: string };
  directory: Directory | undefined;
  textareaRef: React.RefObject<HTMLTextAreaElement | null>;
  onSend: (content: OutboundContent) => Promise<boolean>;
  onNote: (body: string, mentionedUserIds: string[]) => Promise<boolean>;
  onTyping: () => void;
  onTakeOver: () => void;
};

type Mode = "reply" | "note";

// "Use suggested reply" in the context panel fills the composer through this window event.
export const USE_DRAFT_EVENT = "inbox:use-draft";
export type UseDraftDetail = { conversationId: string; text: string };
const MB = 1024 * 1024;

/**
 * A composer that knows WhatsApp's rules: the 24-hour window's remaining time, templates only when
 * it is closed, attachments checked against WhatsApp's type and size limits before upload, reply
 * buttons, canned replies ("/" at the start), the handoff's suggested reply, and private notes with
 * @mentions. Enter sends, Shift+Enter starts a new line; the text survives any failure.
 */
export function Composer({ detail, currentUser, directory, textareaRef, onSend, onNote, onTyping, onTakeOver }: ComposerProps) {
  const { conversation, contact } = detail;
  const now = useNow(15_000);
  const [mode, setMode] = React.useState<Mode>("reply");
  const [draft, setDraft, clearDraft] = useDraft(conversation.id, mode);
  const setDraftRef = React.useRef(setDraft);
  React.useEffect(() => {
    setDraftRef.current = setDraft;
  });
  const [attachment, setAttachment] = React.useState<File | null>(null);
  const [buttons, setButtons] = React.useState<string[] | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [sending, setSending] = React.useState(false);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const canned = useQuery({ queryKey: consoleKeys.cannedReplies(), queryFn: consoleApi.cannedReplies, staleTime: 5 * 60_000 });

  const windowEnd = conversation.windowExpiresAt ? new Date(conversation.windowExpiresAt) : null;
  const windowOpen = windowEnd !== null && windowEnd.getTime() > now.getTime();
  const resolved = conversation.status === "resolved";
  const variables = {
    contact: { name: contact.name, first_name: contact.name.split(" ")[0] ?? contact.name },
    agent: { name: currentUser.name, first_name: currentUser.name.split(" ")[0] ?? currentUser.name },
    inbox: { name: conversation.inboxName },
  };

  React.useEffect(() => {
    const onUseDraft = (event: Event) => {
      const { conversationId, text } = (event as CustomEvent<UseDraftDetail>).detail;
      if (conversationId !== conversation.id) return;
      setMode("reply");
      // After the mode switch has loaded the reply draft, so the suggestion is not overwritten.
      setTimeout(() => {
        setDraftRef.current(text);
        textareaRef.current?.focus();
      }, 0);
    };
    window.addEventListener(USE_DRAFT_EVENT, onUseDraft);
    return () => window.removeEventListener(USE_DRAFT_EVENT, onUseDraft);
  }, [conversation.id, textareaRef]);

  const slashQuery = mode === "reply" && draft.startsWith("/") && !draft.includes("\n") ? draft.slice(1).toLowerCase() : null;
  const cannedMatches = slashQuery === null ? [] : (canned.data ?? []).filter((reply) => reply.shortcut.toLowerCase().includes(slashQuery) || reply.title.toLowerCase().includes(slashQuery)).slice(0, 6);
  const mentionQuery = mode === "note" ? /(?:^|\s)@([\p{L} ]{0,30})$/u.exec(draft)?.[1]?.toLowerCase() ?? null : null;
  const mentionMatches = mentionQuery === null ? [] : (directory?.users ?? []).filter((user) => user.name.toLowerCase().startsWith(mentionQuery.trimStart())).slice(0, 6);

  const insertCanned = (reply: CannedReplyView) => {
    setDraft(renderCannedReply(reply.body, variables));
    textareaRef.current?.focus();
  };
  const insertMention = (name: string) => {
    setDraft(draft.replace(/@([\p{L} ]{0,30})$/u, `@${name} `));
    textareaRef.current?.focus();
  };

  const pickFile = (file: File | undefined) => {
    if (!file) return;
    const type = file.type || mimeTypeFromFileName(file.name) || "";
    const rule = mediaRuleFor(type);
    if (!rule) return setError(`WhatsApp cannot deliver ${type || "this kind of file"}. Use JPEG or PNG images, MP4 video, MP3/OGG/AAC audio, or PDF/Office/text documents.`);
    if (file.size > rule.maxBytes) return setError(`${file.name} is ${(file.size / MB).toFixed(1)} MB; WhatsApp allows at most ${(rule.maxBytes / MB).toFixed(rule.maxBytes < MB ? 1 : 0)} MB for this type.`);
    setError(null);
    setAttachment(file);
  };

  const submit = async () => {
    if (sending) return;
    const text = draft.trim();
    setError(null);
    if (mode === "note") {
      if (!text) return setError("Write the note first.");
      const mentioned = (directory?.users ?? []).filter((user) => text.toLowerCase().includes(`@${user.name.toLowerCase()}`)).map((user) => user.id);
      setSending(true);
      const ok = await onNote(text, mentioned);
      setSending(false);
      if (ok) clearDraft();
      return;
    }
    let content: OutboundContent;
    if (attachment) {
      setSending(true);
      try {
        const uploaded = await consoleApi.upload(attachment, conversation.id);
        content = { type: "media", kind: uploaded.kind, mediaId: uploaded.waMediaId, caption: text || undefined, fileName: uploaded.kind === "document" ? uploaded.fileName : undefined };
      } catch (uploadError) {
        setSending(false);
        return setError(uploadError instanceof Error ? uploadError.message : "The upload failed.");
      }
    } else if (buttons) {
      const titles = buttons.map((title) => title.trim()).filter(Boolean);
      if (!text) return setError("Write the message the buttons belong to.");
      if (titles.length === 0) return setError("Add at least one button or remove the buttons.");
      const tooLong = titles.find((title) => title.length > 20);
      if (tooLong) return setError(`“${tooLong}” is longer than WhatsApp's 20 characters for a button.`);
      content = { type: "buttons", body: text, buttons: titles.map((title, index) => ({ id: `agent-${index + 1}-${slug(title)}`, title })) };
    } else {
      if (!text) return;
      content = { type: "text", body: text, previewUrl: /https?:\/\//.test(text) };
    }
    setSending(true);
    const ok = await onSend(content);
    setSending(false);
    if (ok) {
      clearDraft();
      setAttachment(null);
      setButtons(null);
    }
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      if (cannedMatches.length > 0 && slashQuery !== null) {
        event.preventDefault();
        insertCanned(cannedMatches[0]!);
        return;
      }
      event.preventDefault();
      void submit();
    }
  };

  const replyBlocked = mode === "reply" && (resolved || !windowOpen);
  const ownerNotice =
    mode === "reply" && !resolved && conversation.owner === "bot"
      ? "The assistant is handling this conversation. Take over to reply; the bot stops at once."
      : mode === "reply" && !resolved && conversation.assignee && conversation.assignee.id !== currentUser.id
        ? `${conversation.assignee.name} is handling this conversation. Assign it to yourself to reply.`
        : null;

  return (
    <div className="border-t bg-background p-2" data-testid="composer">
      <div className="mb-2 flex flex-wrap items-center gap-2 text-xs">
        <div role="tablist" aria-label="Composer mode" className="inline-flex rounded-md border p-0.5">
          {(["reply", "note"] as const).map((value) => (
            <button
              key={value}
              role="tab"
              type="button"
              aria-selected={mode === value}
              onClick={() => setMode(value)}
              className={cn("rounded px-2 py-1 font-medium", mode === value ? (value === "note" ? "bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-100" : "bg-accent") : "text-muted-foreground")}
            >
              {value === "reply" ? "Reply" : "Private note"}
            </button>
          ))}
        </div>
        <WindowClock windowEnd={windowEnd} now={now} />
        {detail.handoff?.packet.draftReply && mode === "reply" && windowOpen && !resolved && (
          <Button type="button" size="sm" variant="ghost" className="h-7" onClick={() => setDraft(detail.handoff!.packet.draftReply)}>
            <SparklesIcon /> Use suggested reply
          </Button>
        )}
      </div>

      {ownerNotice && (
        <p className="mb-2 flex flex-wrap items-center gap-2 rounded-md bg-muted px-3 py-2 text-sm" role="status">
          {ownerNotice}
          {conversation.owner === "bot" && (
            <Button size="sm" className="h-7" onClick={onTakeOver}>
              Take over
            </Button>
          )}
        </p>
      )}

      {mode === "reply" && resolved ? (
        <p className="rounded-md bg-muted px-3 py-2 text-sm" role="status">
          This conversation is resolved. Reopen it to reply; a new message from the customer starts a new conversation.
        </p>
      ) : replyBlocked ? (
        <div className="grid gap-2">
          <p className="flex items-start gap-2 rounded-md border border-amber-500/50 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-100" role="status">
            <LockIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            The 24-hour window is closed{windowEnd ? ` (since ${formatSpan(now.getTime() - windowEnd.getTime())} ago)` : ""}. WhatsApp only delivers approved templates until the customer writes again.
          </p>
          <TemplatePicker
            language={conversation.language}
            sending={sending}
            defaults={{ 1: contact.name.split(" ")[0] ?? contact.name }}
            onSend={async (content) => {
              setSending(true);
              await onSend(content);
              setSending(false);
            }}
          />
        </div>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          className="grid gap-2"
        >
          {attachment && (
            <div className="flex items-center gap-2 rounded-md border px-2 py-1 text-sm">
              <PaperclipIcon className="size-4" aria-hidden="true" />
              <span className="min-w-0 flex-1 truncate">{attachment.name}</span>
              <span className="text-xs text-muted-foreground">{(attachment.size / 1024).toFixed(0)} KB</span>
              <Button type="button" variant="ghost" size="icon-sm" aria-label="Remove attachment" onClick={() => setAttachment(null)}>
                <XIcon />
              </Button>
            </div>
          )}
          {buttons && (
            <fieldset className="grid gap-1.5 rounded-md border p-2">
              <legend className="px-1 text-xs text-muted-foreground">Reply buttons (up to 3, 20 characters each)</legend>
              {buttons.map((title, index) => (
                <Input
                  key={index}
                  value={title}
                  maxLength={20}
                  aria-label={`Button ${index + 1}`}
                  placeholder={`Button ${index + 1}`}
                  onChange={(event) => setButtons(buttons.map((current, position) => (position === index ? event.target.value : current)))}
                />
              ))}
              <div className="flex gap-2">
                {buttons.length < 3 && (
                  <Button type="button" size="sm" variant="ghost" onClick={() => setButtons([...buttons, ""])}>
                    Add button
                  </Button>
                )}
                <Button type="button" size="sm" variant="ghost" onClick={() => setButtons(null)}>
                  Remove buttons
                </Button>
              </div>
            </fieldset>
          )}
          <div className="relative">
            {(cannedMatches.length > 0 || mentionMatches.length > 0) && (
              <ul role="listbox" aria-label={cannedMatches.length ? "Canned replies" : "People to mention"} className="absolute bottom-full left-0 z-10 mb-1 w-full max-w-md rounded-md border bg-popover p-1 shadow-md">
                {cannedMatches.map((reply) => (
                  <li key={reply.id} role="option" aria-selected="false">
                    <button type="button" className="w-full rounded px-2 py-1.5 text-left text-sm hover:bg-accent" onClick={() => insertCanned(reply)}>
                      <span className="font-mono text-xs text-muted-foreground">/{reply.shortcut}</span> {reply.title}
                    </button>
                  </li>
                ))}
                {mentionMatches.map((user) => (
                  <li key={user.id} role="option" aria-selected="false">
                    <button type="button" className="w-full rounded px-2 py-1.5 text-left text-sm hover:bg-accent" onClick={() => insertMention(user.name)}>
                      @{user.name}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <Textarea
              ref={textareaRef}
              value={draft}
              onChange={(event) => {
                setDraft(event.target.value);
                if (mode === "reply") onTyping();
              }}
              onKeyDown={onKeyDown}
              rows={3}
              aria-label={mode === "note" ? "Private note (only your team sees it)" : "Reply to the customer"}
              placeholder={mode === "note" ? "Private note for the team. Type @ to mention someone." : "Type a reply. / for canned replies. Enter sends, Shift+Enter for a new line."}
              className={cn("max-h-60 min-h-20 resize-y", mode === "note" && "bg-amber-50 dark:bg-amber-950/30")}
            />
          </div>
          {error && (
            <p role="alert" className="text-sm text-destructive">
              {error}
            </p>
          )}
          <div className="flex items-center gap-1">
            {mode === "reply" && (
              <>
                <input ref={fileInput} type="file" className="sr-only" tabIndex={-1} aria-hidden="true" onChange={(event) => {
                  pickFile(event.target.files?.[0]);
                  event.target.value = "";
                }} />
                <Button type="button" variant="ghost" size="icon-sm" aria-label="Attach a file" title="Attach a file" onClick={() => fileInput.current?.click()}>
                  <PaperclipIcon />
                </Button>
                <Button type="button" variant="ghost" size="icon-sm" aria-label="Add reply buttons" title="Add reply buttons" onClick={() => setButtons(buttons ?? [""])} disabled={Boolean(attachment)}>
                  <SquareStackIcon />
                </Button>
                <CannedRepliesButton replies={canned.data ?? []} onPick={insertCanned} />
              </>
            )}
            <Button type="submit" size="sm" className="ml-auto" disabled={sending}>
              <SendIcon /> {sending ? "Sending…" : mode === "note" ? "Add note" : "Send"}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}

function WindowClock({ windowEnd, now }: { windowEnd: Date | null; now: Date }) {
  if (!windowEnd) return <span className="text-muted-foreground">No customer message yet: templates only</span>;
  const left = windowEnd.getTime() - now.getTime();
  if (left <= 0) return <span className="font-medium text-amber-700 dark:text-amber-300" data-testid="window-clock">Window closed</span>;
  return (
    <span className={cn("tabular-nums", left < 3600_000 ? "font-medium text-amber-700 dark:text-amber-300" : "text-muted-foreground")} data-testid="window-clock" title="WhatsApp's 24-hour customer-service window">
      Window open · {formatSpan(left)} left
    </span>
  );
}

function CannedRepliesButton({ replies, onPick }: { replies: CannedReplyView[]; onPick: (reply: CannedReplyView) => void }) {
  const [open, setOpen] = React.useState(false);
  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button type="button" variant="ghost" size="icon-sm" aria-label="Canned replies" title="Canned replies">
          <MessageSquareTextIcon />
        </Button>
      </PopoverTrigger>
      <PopoverContent align="start" className="max-h-72 w-80 overflow-y-auto p-1">
        {replies.length === 0 ? (
          <p className="p-2 text-sm text-muted-foreground">No canned replies yet.</p>
        ) : (
          replies.map((reply) => (
            <button
              key={reply.id}
              type="button"
              className="grid w-full gap-0.5 rounded px-2 py-1.5 text-left text-sm hover:bg-accent"
              onClick={() => {
                onPick(reply);
                setOpen(false);
              }}
            >
              <span>
                <span className="font-mono text-xs text-muted-foreground">/{reply.shortcut}</span> {reply.title}
                {reply.language && <span className="ml-1 text-xs text-muted-foreground">({reply.language})</span>}
              </span>
              <span className="line-clamp-2 text-xs text-muted-foreground">{reply.body}</span>
            </button>
          ))
        )}
      </PopoverContent>
    </Popover>
  );
}

function slug(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "option";
}
