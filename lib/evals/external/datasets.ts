import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// Readers for the four datasets under the external data folder, each checked against the shape its
// LICENSE-NOTE.md describes. Files are read in place; nothing is copied into the project.

const labelledRow = z.tuple([z.string(), z.string()]);
const clincSchema = z.object({
  train: z.array(labelledRow),
  val: z.array(labelledRow),
  test: z.array(labelledRow),
  oos_train: z.array(labelledRow),
  oos_val: z.array(labelledRow),
  oos_test: z.array(labelledRow),
});
export type Clinc150 = z.infer<typeof clincSchema>;
export type LabelledText = { text: string; label: string };

export function loadClinc150(dir: string): { data: Clinc150; domains: Record<string, string[]> } {
  const data = clincSchema.parse(readJson(path.join(dir, "clinc150", "data_full.json")));
  const domains = z.record(z.string(), z.array(z.string())).parse(readJson(path.join(dir, "clinc150", "domains.json")));
  return { data, domains };
}

export function loadBanking77(dir: string, split: "train" | "test"): LabelledText[] {
  const rows = parseCsv(readFileSync(path.join(dir, "banking77", `${split}.csv`), "utf8"));
  const [header, ...body] = rows;
  if (!header || header[0] !== "text" || header[1] !== "category") throw new Error(`banking77/${split}.csv: expected the header "text,category"`);
  return body.filter((row) => row.length >= 2).map((row) => ({ text: row[0] ?? "", label: row[1] ?? "" }));
}

export function loadBanking77Categories(dir: string): string[] {
  return z.array(z.string()).parse(readJson(path.join(dir, "banking77", "categories.json")));
}

export const PII_ENTITIES = ["IBAN_CODE", "CREDIT_CARD", "PHONE_NUMBER", "EMAIL_ADDRESS"] as const;
export type PiiEntity = (typeof PII_ENTITIES)[number];

const piiCaseSchema = z.object({
  entity: z.enum(PII_ENTITIES),
  text: z.string(),
  expected_count: z.number().int().min(0),
  expected_spans: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])),
  test: z.string(),
  source: z.string(),
  leniency: z.number().int().optional(),
  expected_regions: z.array(z.string()).optional(),
});
export type PiiCase = z.infer<typeof piiCaseSchema>;

export function loadPiiCases(dir: string): PiiCase[] {
  return z.array(piiCaseSchema).parse(readJson(path.join(dir, "pii", "presidio-cases.json")));
}

const redTeamSchema = z.array(z.object({ id: z.string(), text: z.string(), source: z.string() }));
export type RedTeamPrompt = z.infer<typeof redTeamSchema>[number] & { set: "sysprompt-extraction" | "dan" };

export function loadRedTeamPrompts(dir: string): RedTeamPrompt[] {
  const sysprompt = redTeamSchema.parse(readJson(path.join(dir, "redteam", "sysprompt-extraction.json")));
  const dan = redTeamSchema.parse(readJson(path.join(dir, "redteam", "dan.json")));
  return [...sysprompt.map((prompt) => ({ ...prompt, set: "sysprompt-extraction" as const })), ...dan.map((prompt) => ({ ...prompt, set: "dan" as const }))];
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

// RFC 4180: fields separated by commas, optionally quoted; a quote inside a quoted field is doubled;
// quoted fields may hold commas and line breaks. Rows end at LF or CRLF outside quotes.
export function parseCsv(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let index = 0;
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  while (index < text.length) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      index++;
      continue;
    }
    if (char === '"' && field === "") quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      if (char === "\r" && text[index + 1] === "\n") index++;
    } else field += char;
    index++;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
