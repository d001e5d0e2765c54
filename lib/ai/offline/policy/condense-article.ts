// Turns a knowledge snippet (Markdown from the article body) into a short WhatsApp message without
// adding a word of its own: headings dropped, table rows as bullets ("• Saturday: 10:00–14:00"; the
// header row and separators dropped), **bold** as WhatsApp's *bold*, list items as bullets, cut
// after whole sentences or lines near the limit.

const DEFAULT_LIMIT = 480;

export function condenseSnippet(snippet: string, limit = DEFAULT_LIMIT): string {
  const lines = tableRowsAsBullets(snippet.replace(/\r\n?/g, "\n").split("\n").map((line) => line.trim()))
    .filter((line) => line !== "" && !/^#{1,6}\s/.test(line) && !/^[-*_]{3,}$/.test(line))
    .map((line) =>
      line
        .replace(/\*\*(.+?)\*\*/g, "*$1*")
        .replace(/__(.+?)__/g, "*$1*")
        .replace(/^[-*+]\s+/, "• ")
        .replace(/^(\d+)\.\s+/, "$1. ")
        .replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 ($2)"),
    );

  let text = "";
  for (const line of lines) {
    const next = text === "" ? line : `${text}\n${line}`;
    if (next.length <= limit) {
      text = next;
      continue;
    }
    // The first line alone is too long: keep its whole sentences that fit.
    if (text === "") text = wholeSentences(line, limit);
    break;
  }
  return text;
}

function wholeSentences(line: string, limit: number): string {
  const sentences = line.match(/[^.!?]+[.!?]+(?:\s+|$)|[^.!?]+$/g) ?? [line];
  let kept = "";
  for (const sentence of sentences) {
    if ((kept + sentence).trim().length > limit) break;
    kept += sentence;
  }
  return kept.trim() !== "" ? kept.trim() : `${line.slice(0, limit - 1).trimEnd()}…`;
}

// A Markdown table's body rows become "first cell: other cells" bullets; its header row (the one
// followed by the |---| separator) and the separator go.
function tableRowsAsBullets(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith("|")) {
      out.push(line);
      continue;
    }
    const isSeparator = /^\|?[\s:|-]+\|?$/.test(line) && line.includes("-");
    const isHeader = /^\|?[\s:|-]+\|?$/.test(lines[i + 1] ?? "") && (lines[i + 1] ?? "").includes("-");
    if (isSeparator || isHeader) continue;
    const cells = line.split("|").map((cell) => cell.trim()).filter((cell) => cell !== "");
    if (cells.length === 0) continue;
    out.push(cells.length === 1 ? `• ${cells[0]}` : `• ${cells[0]}: ${cells.slice(1).join(" · ")}`);
  }
  return out;
}
