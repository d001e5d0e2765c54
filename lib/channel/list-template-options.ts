import { AppError } from "@/lib/errors";
import { GraphApiError } from "@/lib/whatsapp/cloud-api/graph-errors";
import { templatePlaceholders, type MessageTemplate } from "@/lib/whatsapp/cloud-api/message-template";
import type { TemplateOption } from "@/lib/conversation/console-types";
import type { GraphApiClient } from "./graph-api-client";

const CACHE_MS = 5 * 60_000;

type CacheEntry = { at: number; options: TemplateOption[] };

// Per client (one per process in production), per business account: templates change rarely and
// the console asks whenever someone opens the template picker.
const cache = new WeakMap<GraphApiClient, Map<string, CacheEntry>>();

// The approved templates a person can send from the console: body text, its positional parameters
// with Meta's example values, and quick-reply buttons. `language` ("en") also matches regional
// variants ("en_US").
export async function listTemplateOptions(
  client: GraphApiClient,
  wabaId: string,
  options: { language?: string; now?: () => number } = {},
): Promise<TemplateOption[]> {
  if (!wabaId) throw new AppError("unavailable:config", "No WhatsApp Business Account id is configured (WHATSAPP_BUSINESS_ACCOUNT_ID), so templates cannot be listed.");
  const now = options.now?.() ?? Date.now();
  const byAccount = cache.get(client) ?? new Map<string, CacheEntry>();
  cache.set(client, byAccount);
  let entry = byAccount.get(wabaId);
  if (!entry || now - entry.at > CACHE_MS) {
    entry = { at: now, options: (await fetchTemplates(client, wabaId)).flatMap((template) => toOption(template) ?? []) };
    byAccount.set(wabaId, entry);
  }
  const { language } = options;
  return language ? entry.options.filter((option) => option.language === language || option.language.startsWith(`${language}_`)) : entry.options;
}

async function fetchTemplates(client: GraphApiClient, wabaId: string): Promise<MessageTemplate[]> {
  try {
    return await client.listMessageTemplates(wabaId);
  } catch (error) {
    const detail = error instanceof GraphApiError ? `${error.message} (code ${error.code})` : error instanceof Error ? error.message : String(error);
    throw new AppError("unavailable:whatsapp", `WhatsApp did not return the message templates: ${detail}`, { cause: error });
  }
}

// Only what the console can send: approved, positional body parameters, no header or button that
// needs a value at send time (the send path fills body parameters and quick-reply payloads only).
function toOption(template: MessageTemplate): TemplateOption | null {
  if (template.status !== "APPROVED") return null;
  let body: { text: string; example?: Record<string, unknown> } | undefined;
  const quickReplies: string[] = [];
  for (const component of template.components) {
    if (component.type === "BODY") body = component;
    if (component.type === "HEADER" && (component.format !== "TEXT" || templatePlaceholders(component.text).length > 0)) return null;
    if (component.type === "BUTTONS") {
      for (const button of component.buttons) {
        if (button.type === "QUICK_REPLY") quickReplies.push(button.text);
        else if (button.type === "COPY_CODE" || (button.type === "URL" && templatePlaceholders(button.url).length > 0)) return null;
      }
    }
  }
  if (!body) return null;
  const names = templatePlaceholders(body.text);
  if (!names.every((name) => /^\d+$/.test(name))) return null;
  const examples = firstExampleRow(body.example);
  return {
    name: template.name,
    language: template.language,
    category: template.category,
    body: body.text,
    parameters: names.map((name) => Number(name)).sort((a, b) => a - b).map((index) => ({ index, example: examples[index - 1] ?? null })),
    quickReplies,
  };
}

// Meta's example for body parameters: { body_text: [["Amara", "A-1042", …]] }.
function firstExampleRow(example: Record<string, unknown> | undefined): string[] {
  const rows = example?.body_text;
  const first = Array.isArray(rows) ? rows[0] : undefined;
  return Array.isArray(first) ? first.map((value) => (typeof value === "string" ? value : String(value))) : [];
}
