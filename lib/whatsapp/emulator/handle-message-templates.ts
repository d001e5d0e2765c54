import type { ServerResponse } from "node:http";
import type { MessageTemplate, MessageTemplateList } from "@/lib/whatsapp/cloud-api/message-template";
import type { EmulatorContext } from "./emulator-context";
import { unknownObjectError } from "./graph-object-errors";
import { sendGraphError, sendJson } from "./http-respond";

const DEFAULT_PAGE_SIZE = 25;
const MAX_PAGE_SIZE = 1000;

// GET /{waba-id}/message_templates (shared/whatsapp/cloud-api.md §4.9): `data` + cursor `paging`,
// filtered by name (substring), status, category and language like the management API.
export function handleMessageTemplates(ctx: EmulatorContext, res: ServerResponse, url: URL, wabaId: string): void {
  if (wabaId !== ctx.business.wabaId) return sendGraphError(res, unknownObjectError("GET", wabaId));
  const params = url.searchParams;
  const matching = ctx.options.templates.filter((template) => matches(template, params));

  const limit = clamp(Number(params.get("limit") ?? DEFAULT_PAGE_SIZE), 1, MAX_PAGE_SIZE);
  const start = decodeCursor(params.get("after")) ?? 0;
  const page = matching.slice(start, start + limit);
  const body: MessageTemplateList = { data: page };
  if (page.length > 0) {
    const after = encodeCursor(start + page.length - 1);
    const hasMore = start + page.length < matching.length;
    const next = new URL(`${ctx.options.publicUrl}${ctx.options.basePath}/graph/v24.0/${wabaId}/message_templates`);
    for (const [key, value] of params) if (key !== "after" && key !== "access_token") next.searchParams.set(key, value);
    next.searchParams.set("limit", String(limit));
    next.searchParams.set("after", encodeCursor(start + page.length));
    body.paging = { cursors: { before: encodeCursor(start), after }, ...(hasMore ? { next: next.toString() } : {}) };
  }
  sendJson(res, 200, body);
}

function matches(template: MessageTemplate, params: URLSearchParams): boolean {
  const name = params.get("name");
  const status = params.get("status");
  const category = params.get("category");
  const language = params.get("language");
  return (
    (name === null || template.name.includes(name)) &&
    (status === null || template.status === status.toUpperCase()) &&
    (category === null || template.category === category.toUpperCase()) &&
    (language === null || template.language === language)
  );
}

// Opaque to clients, like Graph's cursors; here simply the base64 of a position.
function encodeCursor(position: number): string {
  return Buffer.from(String(position)).toString("base64url");
}

function decodeCursor(cursor: string | null): number | undefined {
  if (cursor === null) return undefined;
  const position = Number(Buffer.from(cursor, "base64url").toString("utf8"));
  return Number.isInteger(position) && position >= 0 ? position : undefined;
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}
