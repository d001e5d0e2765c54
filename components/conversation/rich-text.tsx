import * as React from "react";
import { cn } from "@/components/ui/cn";

// Message text as WhatsApp formats it: *bold*, _italic_, ~strike~, ```monospace``` and `inline
// code`, web links opened in a new tab, line breaks kept. Built as React nodes (never as HTML), so
// nothing the customer writes can inject markup. Notes also highlight @mentions.

export type RichToken =
  | { type: "text"; text: string }
  | { type: "link"; text: string; href: string }
  | { type: "mention"; text: string }
  | { type: "mono"; text: string }
  | { type: "bold" | "italic" | "strike"; children: RichToken[] };

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,:;'!?)\]}*_~]/giu;
const MONO_BLOCK = /```([\s\S]+?)```/gu;
const INLINE_CODE = /(^|[\s\p{P}])`([^`\n]+)`(?=$|[\s\p{P}])/gu;
// A marker opens after a start, space or punctuation and closes before an end, space or punctuation,
// with no space just inside it (WhatsApp's rule; "2*3*4" stays as typed).
const STYLE = /(^|[\s\p{P}])([*_~])(?!\s)([^\n]*?[^\s])\2(?=$|[\s\p{P}])/u;
const STYLE_NAME: Record<string, "bold" | "italic" | "strike"> = { "*": "bold", _: "italic", "~": "strike" };
const DEFAULT_MENTION = "[\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_]";

export function parseRichText(text: string, options: { mentions?: readonly string[]; highlightMentions?: boolean } = {}): RichToken[] {
  const mention = options.highlightMentions ? mentionPattern(options.mentions ?? []) : null;
  const words = (part: string) => parseStyles(part, mention);
  const links = (part: string) => splitBy(part, LINK, linkToken, words);
  // Inline code keeps the character before its opening backtick (the lookbehind substitute).
  const code = (part: string) => splitBy(part, INLINE_CODE, (match) => ({ type: "mono", text: match[2] ?? "" }), links, (match) => match[1] ?? "");
  return splitBy(text, MONO_BLOCK, (match) => ({ type: "mono", text: match[1] ?? "" }), code);
}

export function RichText({
  text,
  mentions,
  highlightMentions = false,
  className,
}: {
  text: string;
  mentions?: readonly string[];
  highlightMentions?: boolean;
  className?: string;
}) {
  const tokens = parseRichText(text, { mentions, highlightMentions });
  return <span className={cn("break-words whitespace-pre-wrap", className)}>{renderTokens(tokens)}</span>;
}

function renderTokens(tokens: RichToken[]): React.ReactNode[] {
  return tokens.map((token, index) => {
    switch (token.type) {
      case "text":
        return <React.Fragment key={index}>{token.text}</React.Fragment>;
      case "link":
        return (
          <a
            key={index}
            href={token.href}
            target="_blank"
            rel="noopener noreferrer"
            className="break-all text-primary underline underline-offset-2 hover:no-underline"
          >
            {token.text}
          </a>
        );
      case "mention":
        return (
          <span key={index} data-mention="" className="rounded bg-amber-200/70 px-0.5 font-medium text-amber-950 dark:bg-amber-500/30 dark:text-amber-100">
            {token.text}
          </span>
        );
      case "mono":
        return (
          <code key={index} className="rounded bg-black/5 px-1 font-mono text-[0.85em] dark:bg-white/10">
            {token.text}
          </code>
        );
      case "bold":
        return <strong key={index}>{renderTokens(token.children)}</strong>;
      case "italic":
        return <em key={index}>{renderTokens(token.children)}</em>;
      case "strike":
        return <s key={index}>{renderTokens(token.children)}</s>;
    }
  });
}

// Splits text on a global pattern: matches become tokens, the text between is parsed further.
// `prefix` returns a part of the match that belongs to the text before it (a lookbehind substitute).
function splitBy(
  text: string,
  pattern: RegExp,
  toToken: (match: RegExpExecArray) => RichToken,
  parseRest: (text: string) => RichToken[],
  prefix: (match: RegExpExecArray) => string = () => "",
): RichToken[] {
  const tokens: RichToken[] = [];
  let last = 0;
  const regex = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const lead = prefix(match);
    tokens.push(...parseRest(text.slice(last, match.index) + lead));
    tokens.push(toToken(match));
    last = match.index + match[0].length;
  }
  tokens.push(...parseRest(text.slice(last)));
  return tokens.filter((token) => token.type !== "text" || token.text !== "");
}

function parseStyles(text: string, mention: RegExp | null): RichToken[] {
  const match = STYLE.exec(text);
  if (!match) return mention ? splitBy(text, mention, (found) => ({ type: "mention", text: found[0] }), plain) : plain(text);
  const lead = match[1] ?? "";
  const style = STYLE_NAME[match[2] ?? ""] ?? "bold";
  const start = match.index + lead.length;
  const end = match.index + match[0].length;
  return [
    ...parseStyles(text.slice(0, start), mention),
    { type: style, children: parseStyles(match[3] ?? "", mention) },
    ...parseStyles(text.slice(end), mention),
  ].filter((token) => token.type !== "text" || token.text !== "");
}

function linkToken(match: RegExpExecArray): RichToken {
  const url = match[0];
  return { type: "link", text: url, href: url.toLowerCase().startsWith("www.") ? `https://${url}` : url };
}

function plain(text: string): RichToken[] {
  return text ? [{ type: "text", text }] : [];
}

function mentionPattern(names: readonly string[]): RegExp {
  const known = [...names]
    .filter((name) => name.trim() !== "")
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![\\p{L}\\p{N}])@(?:${[...known, DEFAULT_MENTION].join("|")})`, "gu");
}
