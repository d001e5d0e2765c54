import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { KNOWLEDGE_LIMITS } from "@/lib/validation/knowledge";
import { extractImportText } from "./extract-import-text";
import { minimalPdf } from "./minimal-pdf";

const encode = (text: string) => new TextEncoder().encode(text);

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return (error.details as { reason: string }).reason;
    throw error;
  }
  throw new Error("expected the import to fail");
}

describe("extractImportText", () => {
  it("takes a Markdown file's first heading as the title and the rest as the body", async () => {
    const article = await extractImportText({ bytes: encode("\uFEFF# Gift cards\r\n\r\nGift cards never expire.\r\n"), fileName: "gift.md" });
    expect(article).toEqual({ title: "Gift cards", body: "Gift cards never expire.", kind: "markdown", pages: null });
  });

  it("reads front matter titles, and falls back to the file name", async () => {
    expect((await extractImportText({ bytes: encode("---\ntitle: Warranty\n---\nTwo years."), fileName: "w.md" })).title).toBe("Warranty");
    expect((await extractImportText({ bytes: encode("Two years, always."), fileName: "warranty_terms.txt" })).title).toBe("Warranty terms");
  });

  it("extracts the text of every page of a PDF", async () => {
    const pdf = minimalPdf([["Descaling your machine", "Descale every 3 months."], ["Use our citric descaler."]], { title: "Descaling guide" });
    const article = await extractImportText({ bytes: pdf, fileName: "descaling.pdf" });
    expect(article.title).toBe("Descaling guide");
    expect(article.pages).toBe(2);
    expect(article.body).toContain("Descale every 3 months.");
    expect(article.body).toContain("Use our citric descaler.");
  });

  it("refuses what it cannot import, each with its own reason", async () => {
    expect(await reason(extractImportText({ bytes: encode("x"), fileName: "policy.docx" }))).toBe("unsupported_type");
    expect(await reason(extractImportText({ bytes: new Uint8Array(KNOWLEDGE_LIMITS.importBytes + 1), fileName: "big.txt" }))).toBe("too_large");
    expect(await reason(extractImportText({ bytes: encode("  \n\n "), fileName: "empty.md" }))).toBe("empty_text");
    expect(await reason(extractImportText({ bytes: minimalPdf([[]]), fileName: "scan.pdf" }))).toBe("empty_text");
    expect(await reason(extractImportText({ bytes: encode("%PDF-1.4 this is not really a pdf"), fileName: "broken.pdf" }))).toBe("unreadable_pdf");
    expect(await reason(extractImportText({ bytes: encode("hello"), fileName: "fake.pdf" }))).toBe("unreadable_pdf");
    expect(await reason(extractImportText({ bytes: new Uint8Array([0xff, 0xfe, 0x00, 0x41]), fileName: "utf16.txt" }))).toBe("unreadable_text");
  });
});
