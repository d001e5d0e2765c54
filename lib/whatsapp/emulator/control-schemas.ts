import { z } from "zod";

// Bodies of the control HTTP API (validated here; the control object re-checks business rules).

export const customerInputSchema = z.strictObject({
  waId: z.string().regex(/^\d{6,15}$/, { error: "waId must be 6–15 digits with country code and no +." }),
  profileName: z.string().max(200).nullable().optional(),
  readReceipts: z.boolean().optional(),
  autoRead: z.boolean().optional(),
  notOnWhatsApp: z.boolean().optional(),
  marketingOptOut: z.boolean().optional(),
});

export const inboundTextSchema = z.strictObject({
  text: z.string().min(1).max(65_536),
  replyTo: z.string().min(1).optional(),
  forwarded: z.boolean().optional(),
});

export const inboundMediaJsonSchema = z.strictObject({
  base64: z.string().min(1),
  mimeType: z.string().min(3),
  fileName: z.string().min(1).max(240).optional(),
  caption: z.string().max(1024).optional(),
  voice: z.boolean().optional(),
});

export const inboundLocationSchema = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  name: z.string().max(1000).optional(),
  address: z.string().max(1000).optional(),
  url: z.string().max(2000).optional(),
});

export const tapButtonSchema = z.strictObject({ messageId: z.string().min(1), buttonId: z.string().min(1) });
export const pickListRowSchema = z.strictObject({ messageId: z.string().min(1), rowId: z.string().min(1) });
export const reactSchema = z.strictObject({ messageId: z.string().min(1), emoji: z.string().min(1).max(16).nullable() });
export const advanceClockSchema = z.strictObject({ ms: z.number().int().min(0).max(400 * 24 * 60 * 60 * 1000) });
