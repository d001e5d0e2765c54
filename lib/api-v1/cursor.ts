import { eq, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

// Keyset paging, newest first, on (created_at, id). The cursor is the last row's id (opaque to
// clients); the comparison reads that row's exact timestamp in SQL, so microsecond precision and
// equal timestamps never skip or repeat a row.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(id: string): string {
  return Buffer.from(id, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, "base64url").toString("utf8");
  if (!UUID.test(id)) throw invalidCursor();
  return id;
}

export async function olderThanCursor(db: Db, table: PgTable, createdAt: PgColumn, idColumn: PgColumn, cursor: string | undefined): Promise<SQL | undefined> {
  if (cursor === undefined) return undefined;
  const id = decodeCursor(cursor);
  const [row] = await db.select({ id: idColumn }).from(table).where(eq(idColumn, id)).limit(1);
  if (!row) throw invalidCursor();
  return sql`(${createdAt}, ${idColumn}) < (select ${createdAt}, ${idColumn} from ${table} where ${idColumn} = ${id})`;
}

// Rows were fetched with limit + 1: the extra one only says whether another page exists.
export function toPage<T extends { id: string }, R>(rows: T[], limit: number, map: (row: T) => R): { data: R[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { data: page.map(map), nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}

function invalidCursor(): AppError {
  return new AppError("bad_request:api", "The cursor is not valid (any more). Start again from the first page.", { details: [{ field: "cursor", message: "Invalid cursor." }] });
}
