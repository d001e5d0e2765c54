import type { Db } from "@/lib/db/client";
import type { AuditFilters } from "@/lib/validation/audit";
import { selectAuditRows, type AuditEntry } from "./list-audit-events";
import { recordAuditEvent } from "./record-audit-event";

// An export is capped so one click cannot pull an unbounded log into memory; the cap is stated in
// the file name's caller and in the audit event when it is reached.
export const AUDIT_EXPORT_LIMIT = 50_000;
const PAGE = 1000;

const COLUMNS = ["id", "at", "actor_type", "actor_id", "actor_name", "actor_email", "action", "target_type", "target_id", "data", "hash"] as const;

// The filtered entries as CSV (newest first). The export itself is audited, after the rows are
// read, so the file never contains its own export event.
export async function exportAuditCsv(db: Db, input: { filters: AuditFilters; userId: string }): Promise<{ csv: string; rows: number; truncated: boolean }> {
  const lines = [COLUMNS.join(",")];
  let cursor: number | undefined;
  let rows = 0;
  let truncated = false;
  for (;;) {
    const page = await selectAuditRows(db, { filters: input.filters, cursor, limit: Math.min(PAGE, AUDIT_EXPORT_LIMIT - rows) });
    for (const entry of page) lines.push(csvLine(entry));
    rows += page.length;
    if (page.length === 0 || page.length < PAGE) break;
    if (rows >= AUDIT_EXPORT_LIMIT) {
      truncated = true;
      break;
    }
    cursor = page.at(-1)?.id;
  }
  await recordAuditEvent(db, {
    actorType: "user",
    actorId: input.userId,
    action: "audit.exported",
    targetType: "audit_log",
    data: { filters: input.filters, rows, truncated, format: "csv" },
  });
  return { csv: `${lines.join("\r\n")}\r\n`, rows, truncated };
}

function csvLine(entry: AuditEntry): string {
  return [
    String(entry.id),
    entry.at,
    entry.actorType,
    entry.actorId ?? "",
    entry.actor?.name ?? "",
    entry.actor?.email ?? "",
    entry.action,
    entry.targetType ?? "",
    entry.targetId ?? "",
    JSON.stringify(entry.data),
    entry.hash,
  ]
    .map(csvField)
    .join(",");
}

// RFC 4180 quoting, and a leading quote for values a spreadsheet would run as a formula.
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
