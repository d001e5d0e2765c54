import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { AppError } from "@/lib/errors";
import { IMPORT_EXTENSIONS, KNOWLEDGE_LIMITS } from "@/lib/validation/knowledge";

export type ImportFailureReason = "unsupported_type" | "too_large" | "empty_text" | "unreadable_pdf" | "unreadable_text";
export type ExtractedArticle = { title: string; body: string; kind: "markdown" | "text" | "pdf"; pages: number | null };

const MAX_TITLE = 120;

// Turns one uploaded file into an article's title and Markdown body, or refuses it with a reason a
// person can act on. Markdown and plain text are read as UTF-8; PDF text is extracted with unpdf
// (PDF.js). Nothing is stored here.
export async function extractImportText(file: { bytes: Uint8Array; fileName: string; mimeType?: string }): Promise<ExtractedArticle> {
  const name = file.fileName || "file";
  const extension = extensionOf(name);
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) {
    fail("unsupported_type", `${name}: only Markdown (.md), plain text (.txt) and PDF (.pdf) files can be imported.`);
  }
  if (file.bytes.byteLength > KNOWLEDGE_LIMITS.importBytes) {
    fail("too_large", `${name} is ${megabytes(file.bytes.byteLength)}; files of at most ${megabytes(KNOWLEDGE_LIMITS.importBytes)} can be imported.`);
  }
  const fallbackTitle = titleFromFileName(name);
  const extracted = extension === ".pdf" ? await readPdf(file.bytes, name, fallbackTitle) : readText(file.bytes, name, fallbackTitle, extension === ".txt" ? "text" : "markdown");
  if (extracted.body.trim() === "") {
    fail(
      "empty_text",
      extracted.kind === "pdf"
        ? `${name} has no text to read. It is probably scanned images; run it through text recognition (OCR) first.`
        : `${name} is empty; there is nothing to import.`,
    );
  }
  if (extracted.body.length > KNOWLEDGE_LIMITS.body) {
    fail("too_large", `${name} has ${extracted.body.length.toLocaleString("en")} characters of text; an article holds at most ${KNOWLEDGE_LIMITS.body.toLocaleString("en")}. Split it into several files.`);
  }
  return extracted;
}

function readText(bytes: Uint8Array, name: string, fallbackTitle: string, kind: "markdown" | "text"): ExtractedArticle {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    fail("unreadable_text", `${name} is not UTF-8 text. Save it as UTF-8 (or export it as Markdown) and import it again.`);
  }
  if (text.includes("\u0000")) fail("unreadable_text", `${name} looks like a binary file, not text.`);
  const normalized = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const { title: frontMatterTitle, rest } = stripFrontMatter(normalized);
  const lines = rest.split("\n");
  const firstIndex = lines.findIndex((line) => line.trim() !== "");
  const first = firstIndex >= 0 ? (lines[firstIndex] ?? "").trim() : "";
  const heading = /^#\s+(.+?)\s*#*$/.exec(first)?.[1];
  if (frontMatterTitle) return { title: clip(frontMatterTitle), body: rest.trim(), kind, pages: null };
  if (heading) return { title: clip(heading), body: lines.slice(firstIndex + 1).join("\n").trim(), kind, pages: null };
  // A short first line of a text file reads like its title; otherwise the file name is the title.
  if (kind === "text" && first.length > 0 && first.length <= 80 && !/[.:;,]$/.test(first) && lines.slice(firstIndex + 1).some((line) => line.trim() !== "")) {
    return { title: first, body: lines.slice(firstIndex + 1).join("\n").trim(), kind, pages: null };
  }
  return { title: fallbackTitle, body: rest.trim(), kind, pages: null };
}

async function readPdf(bytes: Uint8Array, name: string, fallbackTitle: string): Promise<ExtractedArticle> {
  if (!startsWith(bytes, "%PDF-")) fail("unreadable_pdf", `${name} is not a PDF file (it does not start like one). Export it again as PDF, or import the text instead.`);
  try {
    // PDF.js may take ownership of the buffer it is given; it gets a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    const meta = await getMeta(pdf).catch(() => null);
    const info: unknown = meta?.info;
    const metaTitle = info && typeof info === "object" && "Title" in info && typeof info.Title === "string" ? info.Title.trim() : "";
    const body = text
      .map((page) => page.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim())
      .filter((page) => page !== "")
      .join("\n\n");
    await pdf.cleanup().catch(() => undefined);
    return { title: clip(metaTitle || fallbackTitle), body, kind: "pdf", pages: totalPages };
  } catch (error) {
    const password = error instanceof Error && /password/i.test(`${error.name} ${error.message}`);
    fail(
      "unreadable_pdf",
      password ? `${name} is protected with a password. Remove the protection and import it again.` : `${name} could not be read as a PDF (the file may be damaged). Export it again, or import its text as a .txt file.`,
    );
  }
}

function stripFrontMatter(text: string): { title: string | null; rest: string } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) return { title: null, rest: text };
  const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(match[1] ?? "")?.[1] ?? null;
  return { title, rest: text.slice(match[0].length) };
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot >= 0 ? name.slice(dot).toLowerCase() : "";
}

function titleFromFileName(name: string): string {
  const base = name.replace(/\.[^.]+$/, "").replace(/[_-]+/g, " ").replace(/\s+/g, " ").trim();
  return clip(base ? base.charAt(0).toUpperCase() + base.slice(1) : "Imported article");
}

function clip(title: string): string {
  const clean = title.replace(/\s+/g, " ").trim();
  return clean.length > MAX_TITLE ? `${clean.slice(0, MAX_TITLE - 1)}…` : clean;
}

function startsWith(bytes: Uint8Array, prefix: string): boolean {
  // A PDF header may follow a few junk bytes; PDF readers accept it within the first 1024 bytes.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes(prefix);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function fail(reason: ImportFailureReason, message: string): never {
  throw new AppError("bad_request:admin", message, { details: { reason } });
}
