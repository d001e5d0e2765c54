import * as React from "react";

// Message text as WhatsApp shows it: line breaks kept, web links tappable (opened in a new tab).
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,:;'!?)\]}]/gi;

export function RichText({ text, className }: { text: string; className?: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index;
    if (start > last) parts.push(text.slice(last, start));
    const url = match[0];
    parts.push(
      <a
        key={start}
        href={url.startsWith("www.") ? `https://${url}` : url}
        target="_blank"
        rel="noopener noreferrer"
        className="break-all text-[#027eb5] underline underline-offset-2 dark:text-[#53bdeb]"
      >
        {url}
      </a>,
    );
    last = start + url.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <span className={className ?? "break-words whitespace-pre-wrap"}>{parts}</span>;
}
