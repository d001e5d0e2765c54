import { z } from "zod";

// Message templates as the management API describes them: GET /{waba-id}/message_templates
// (shared/whatsapp/cloud-api.md §4.9). Component types and enums are UPPER-case here, unlike the
// lower-case `type` values of a template *send*. Loose objects: Meta adds fields over time.

export const TEMPLATE_STATUSES = ["APPROVED", "PENDING", "REJECTED", "PAUSED", "DISABLED", "ARCHIVED"] as const;
export const TEMPLATE_CATEGORIES = ["UTILITY", "MARKETING", "AUTHENTICATION"] as const;

const templateButtonSchema = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("QUICK_REPLY"), text: z.string() }),
  // A `{{1}}` at the end of `url` makes the suffix a send-time parameter.
  z.looseObject({ type: z.literal("URL"), text: z.string(), url: z.string(), example: z.array(z.string()).optional() }),
  z.looseObject({ type: z.literal("PHONE_NUMBER"), text: z.string(), phone_number: z.string() }),
  z.looseObject({ type: z.literal("COPY_CODE"), text: z.string().optional(), example: z.string().optional() }),
]);
export type TemplateButtonDefinition = z.infer<typeof templateButtonSchema>;

export const templateComponentDefinitionSchema = z.discriminatedUnion("type", [
  z.looseObject({
    type: z.literal("HEADER"),
    format: z.enum(["TEXT", "IMAGE", "VIDEO", "DOCUMENT", "LOCATION"]),
    text: z.string().optional(),
    example: z.record(z.string(), z.unknown()).optional(),
  }),
  z.looseObject({ type: z.literal("BODY"), text: z.string(), example: z.record(z.string(), z.unknown()).optional() }),
  z.looseObject({ type: z.literal("FOOTER"), text: z.string() }),
  z.looseObject({ type: z.literal("BUTTONS"), buttons: z.array(templateButtonSchema).min(1) }),
]);
export type TemplateComponentDefinition = z.infer<typeof templateComponentDefinitionSchema>;

export const messageTemplateSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  // e.g. "en", "en_US", "pt_BR"
  language: z.string(),
  status: z.enum(TEMPLATE_STATUSES),
  category: z.enum(TEMPLATE_CATEGORIES),
  // POSITIONAL: {{1}}, {{2}} …; NAMED: {{first_name}} …
  parameter_format: z.enum(["POSITIONAL", "NAMED"]).optional(),
  components: z.array(templateComponentDefinitionSchema),
});
export type MessageTemplate = z.infer<typeof messageTemplateSchema>;
export type TemplateStatus = MessageTemplate["status"];
export type TemplateCategory = MessageTemplate["category"];

export const messageTemplateListSchema = z.looseObject({
  data: z.array(messageTemplateSchema),
  paging: z
    .looseObject({
      cursors: z.looseObject({ before: z.string(), after: z.string() }).optional(),
      next: z.string().optional(),
      previous: z.string().optional(),
    })
    .optional(),
});
export type MessageTemplateList = z.infer<typeof messageTemplateListSchema>;

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

// The distinct variables of a template text, in order of first appearance: ["1", "2"] or ["first_name"].
export function templatePlaceholders(text: string | undefined): string[] {
  if (text === undefined) return [];
  const names: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1];
    if (name !== undefined && !names.includes(name)) names.push(name);
  }
  return names;
}

// Replaces {{1}} / {{name}} with values; unknown variables are left visible, as a preview should show them.
export function fillTemplateText(text: string, values: ReadonlyMap<string, string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values.get(name) ?? whole);
}
