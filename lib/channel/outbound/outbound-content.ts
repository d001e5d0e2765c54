import { z } from "zod";

// What the bot or an agent wants to say, independent of the Cloud API's request shape.
export const outboundContentSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), body: z.string().trim().min(1).max(4096), previewUrl: z.boolean().optional() }),
  z.object({
    type: z.literal("buttons"),
    body: z.string().trim().min(1).max(1024),
    footer: z.string().max(60).optional(),
    buttons: z.array(z.object({ id: z.string().min(1).max(256), title: z.string().trim().min(1).max(20) })).min(1).max(3),
  }),
  z.object({
    type: z.literal("list"),
    body: z.string().trim().min(1).max(4096),
    buttonLabel: z.string().trim().min(1).max(20),
    sections: z
      .array(z.object({ title: z.string().max(24).optional(), rows: z.array(z.object({ id: z.string().min(1).max(200), title: z.string().trim().min(1).max(24), description: z.string().max(72).optional() })).min(1) }))
      .min(1)
      .max(10),
  }),
  z.object({
    type: z.literal("template"),
    name: z.string().min(1),
    language: z.string().min(2),
    bodyParameters: z.array(z.string()).default([]),
    quickReplyPayloads: z.array(z.string()).optional(),
  }),
  z.object({
    type: z.literal("media"),
    kind: z.enum(["image", "audio", "video", "document", "sticker"]),
    mediaId: z.string().min(1),
    caption: z.string().max(1024).optional(),
    fileName: z.string().max(240).optional(),
  }),
  z.object({ type: z.literal("reaction"), toWaMessageId: z.string().min(1), emoji: z.string().max(16) }),
]);
export type OutboundContent = z.infer<typeof outboundContentSchema>;

// Templates are the only messages WhatsApp delivers outside the 24-hour window.
export function isFreeForm(content: OutboundContent): boolean {
  return content.type !== "template";
}

// A short human-readable text for the inbox and search.
export function contentPreview(content: OutboundContent): string {
  switch (content.type) {
    case "text":
    case "buttons":
    case "list":
      return content.body;
    case "template":
      return `Template ${content.name}${content.bodyParameters.length ? `: ${content.bodyParameters.join(", ")}` : ""}`;
    case "media":
      return content.caption ?? content.fileName ?? content.kind;
    case "reaction":
      return content.emoji;
  }
}

// The Cloud API request body (POST /{phone-number-id}/messages) for this content.
export function toSendRequest(content: OutboundContent, recipient: string, replyTo?: string): Record<string, unknown> {
  const base: Record<string, unknown> = { messaging_product: "whatsapp", recipient_type: "individual", to: recipient };
  if (replyTo) base.context = { message_id: replyTo };
  switch (content.type) {
    case "text":
      return { ...base, type: "text", text: { body: content.body, preview_url: content.previewUrl ?? false } };
    case "buttons":
      return {
        ...base,
        type: "interactive",
        interactive: {
          type: "button",
          body: { text: content.body },
          ...(content.footer ? { footer: { text: content.footer } } : {}),
          action: { buttons: content.buttons.map((button) => ({ type: "reply", reply: { id: button.id, title: button.title } })) },
        },
      };
    case "list":
      return {
        ...base,
        type: "interactive",
        interactive: {
          type: "list",
          body: { text: content.body },
          action: {
            button: content.buttonLabel,
            sections: content.sections.map((section) => ({
              ...(section.title ? { title: section.title } : {}),
              rows: section.rows.map((row) => ({ id: row.id, title: row.title, ...(row.description ? { description: row.description } : {}) })),
            })),
          },
        },
      };
    case "template": {
      const components: Record<string, unknown>[] = [];
      if (content.bodyParameters.length > 0) {
        components.push({ type: "body", parameters: content.bodyParameters.map((text) => ({ type: "text", text })) });
      }
      for (const [index, payload] of (content.quickReplyPayloads ?? []).entries()) {
        components.push({ type: "button", sub_type: "quick_reply", index: String(index), parameters: [{ type: "payload", payload }] });
      }
      return { ...base, type: "template", template: { name: content.name, language: { code: content.language }, ...(components.length ? { components } : {}) } };
    }
    case "media":
      return {
        ...base,
        type: content.kind,
        [content.kind]: {
          id: content.mediaId,
          ...(content.caption && content.kind !== "audio" && content.kind !== "sticker" ? { caption: content.caption } : {}),
          ...(content.fileName && content.kind === "document" ? { filename: content.fileName } : {}),
        },
      };
    case "reaction":
      return { ...base, type: "reaction", reaction: { message_id: content.toWaMessageId, emoji: content.emoji } };
  }
}
