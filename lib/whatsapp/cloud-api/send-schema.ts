import { z } from "zod";

// Request bodies of POST /{phone-number-id}/messages (shared/whatsapp/cloud-api.md §4). Our outbound
// client builds requests with the inferred types; the emulator validates what it receives with the
// same schemas (through validateSendRequest, which turns failures into Meta's error codes).
//
// Unlike the webhook schemas, these are strict: an unknown key in a request is our client's bug (a
// misspelt `preview_url` would otherwise go unnoticed), and Meta answers it with 100.
// Every limit carries the `error_data.details` text the emulator returns when it is broken; the text
// for the button count is Meta's own (§4.4), the others follow the same wording.

export const SEND_LIMITS = {
  textBody: 4096,
  caption: 1024,
  bizOpaqueCallbackData: 512,
  headerText: 60,
  footerText: 60,
  buttons: { min: 1, max: 3, id: 256, title: 20, body: 1024 },
  list: { button: 20, body: 4096, sections: 10, rows: 10, sectionTitle: 24, rowId: 200, rowTitle: 24, rowDescription: 72 },
  ctaUrl: { body: 1024, displayText: 20 },
  templateName: 512,
} as const;

// Custom issues may name the Meta code they stand for; without one, validateSendRequest derives it.
export type SendIssueParams = { graphCode?: number };

function lengthDetails(label: string, min: number, max: number): string {
  return `${label} length invalid. Min length: ${min}, Max length: ${max}`;
}

function boundedText(label: string, max: number, min = 1) {
  const details = lengthDetails(label, min, max);
  return z.string().min(min, { error: details }).max(max, { error: details });
}

function countDetails(label: string, min: number, max: number): string {
  return `Invalid ${label} count. Min allowed ${label}: ${min}, Max allowed ${label}: ${max}`;
}

// Meta fetches links itself, so only web URLs make sense.
const webUrlSchema = z.url({ protocol: /^https?$/, error: "Invalid URL. Only http and https links are supported." });

// ---------------------------------------------------------------------------------------------
// Envelope shared by every message (§4.1)

const messageContextSchema = z.strictObject({ message_id: z.string().min(1) });

const envelopeShape = {
  messaging_product: z.literal("whatsapp", { error: 'messaging_product must be "whatsapp"' }),
  recipient_type: z.enum(["individual", "group"]).optional(),
  // +E.164 or the exact wa_id received; Meta also accepts spaces, dashes and brackets.
  to: z.string().min(1, { error: "to must not be empty." }),
  // Quote/reply to an earlier message (not allowed on reactions).
  context: messageContextSchema.optional(),
  biz_opaque_callback_data: boundedText("biz_opaque_callback_data", SEND_LIMITS.bizOpaqueCallbackData, 0).optional(),
};

// ---------------------------------------------------------------------------------------------
// Text, media, location, contacts (§4.3, §4.7)

export const outboundTextSchema = z.strictObject({
  body: boundedText("Text body", SEND_LIMITS.textBody),
  preview_url: z.boolean().optional(),
});

// Exactly one of an uploaded media `id` or a public `link`.
function requireOneMediaSource(value: { id?: string; link?: string }, ctx: z.RefinementCtx): void {
  if (value.id === undefined && value.link === undefined) {
    ctx.addIssue({
      code: "custom",
      message: "Either id or link is required for media.",
      params: { graphCode: 131008 } satisfies SendIssueParams,
    });
  } else if (value.id !== undefined && value.link !== undefined) {
    ctx.addIssue({ code: "custom", message: "Only one of id or link may be set for media." });
  }
}

const mediaSourceShape = { id: z.string().min(1).optional(), link: webUrlSchema.optional() };
const captionSchema = boundedText("Caption", SEND_LIMITS.caption).optional();

export const outboundImageSchema = z.strictObject({ ...mediaSourceShape, caption: captionSchema }).superRefine(requireOneMediaSource);
export const outboundVideoSchema = z.strictObject({ ...mediaSourceShape, caption: captionSchema }).superRefine(requireOneMediaSource);
// `voice: true` renders a voice note (OGG/Opus). Audio takes no caption.
export const outboundAudioSchema = z.strictObject({ ...mediaSourceShape, voice: z.boolean().optional() }).superRefine(requireOneMediaSource);
export const outboundDocumentSchema = z
  .strictObject({ ...mediaSourceShape, caption: captionSchema, filename: z.string().min(1).max(240).optional() })
  .superRefine(requireOneMediaSource);
export const outboundStickerSchema = z.strictObject(mediaSourceShape).superRefine(requireOneMediaSource);
// A media reference without caption, as used in headers.
const mediaReferenceSchema = z.strictObject(mediaSourceShape).superRefine(requireOneMediaSource);
const documentReferenceSchema = z
  .strictObject({ ...mediaSourceShape, filename: z.string().min(1).max(240).optional() })
  .superRefine(requireOneMediaSource);

// The reference shows coordinates as strings; numbers are accepted too.
function coordinate(label: string, limit: number) {
  const details = `${label} must be a number between -${limit} and ${limit}.`;
  const inRange = (value: number) => Number.isFinite(value) && Math.abs(value) <= limit;
  return z.union([z.number().refine(inRange, { error: details }), z.string().refine((text) => inRange(Number(text)), { error: details })], {
    error: details,
  });
}

export const outboundLocationSchema = z.strictObject({
  latitude: coordinate("latitude", 90),
  longitude: coordinate("longitude", 180),
  name: z.string().max(1000).optional(),
  address: z.string().max(1000).optional(),
});

const typedEntry = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ ...shape, type: z.string().optional() });

export const outboundContactSchema = z.strictObject({
  name: z.strictObject({
    formatted_name: z.string().min(1),
    first_name: z.string().optional(),
    last_name: z.string().optional(),
    middle_name: z.string().optional(),
    prefix: z.string().optional(),
    suffix: z.string().optional(),
  }),
  phones: z.array(typedEntry({ phone: z.string().optional(), wa_id: z.string().optional() })).optional(),
  emails: z.array(typedEntry({ email: z.string().optional() })).optional(),
  urls: z.array(typedEntry({ url: z.string().optional() })).optional(),
  addresses: z
    .array(
      typedEntry({
        street: z.string().optional(),
        city: z.string().optional(),
        state: z.string().optional(),
        zip: z.string().optional(),
        country: z.string().optional(),
        country_code: z.string().optional(),
      }),
    )
    .optional(),
  org: z.strictObject({ company: z.string().optional(), department: z.string().optional(), title: z.string().optional() }).optional(),
  birthday: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "birthday must be YYYY-MM-DD." }).optional(),
});

// ---------------------------------------------------------------------------------------------
// Interactive: reply buttons, list, CTA URL (§4.4–§4.6)

const textHeaderSchema = z.strictObject({ type: z.literal("text"), text: boundedText("Header text", SEND_LIMITS.headerText) });

export const interactiveHeaderSchema = z.discriminatedUnion(
  "type",
  [
    textHeaderSchema,
    z.strictObject({ type: z.literal("image"), image: mediaReferenceSchema }),
    z.strictObject({ type: z.literal("video"), video: mediaReferenceSchema }),
    z.strictObject({ type: z.literal("document"), document: documentReferenceSchema }),
  ],
  { error: "Invalid header type. Allowed: text, image, video, document." },
);

const footerSchema = z.strictObject({ text: boundedText("Footer text", SEND_LIMITS.footerText) });

export const replyButtonSchema = z.strictObject({
  type: z.literal("reply"),
  reply: z.strictObject({
    id: boundedText("Button id", SEND_LIMITS.buttons.id).refine((id) => id === id.trim(), {
      error: "Button id must not start or end with spaces.",
    }),
    title: boundedText("Button title", SEND_LIMITS.buttons.title),
  }),
});

const BUTTONS_COUNT = countDetails("buttons", SEND_LIMITS.buttons.min, SEND_LIMITS.buttons.max);

export const replyButtonsActionSchema = z
  .strictObject({
    buttons: z.array(replyButtonSchema).min(SEND_LIMITS.buttons.min, { error: BUTTONS_COUNT }).max(SEND_LIMITS.buttons.max, {
      error: BUTTONS_COUNT,
    }),
  })
  .superRefine((action, ctx) => {
    reportDuplicate(action.buttons.map((button) => button.reply.id), "Button ids must be unique.", ["buttons"], ctx);
    reportDuplicate(action.buttons.map((button) => button.reply.title), "Button titles must be unique.", ["buttons"], ctx);
  });

export const interactiveButtonSchema = z.strictObject({
  type: z.literal("button"),
  header: interactiveHeaderSchema.optional(),
  body: z.strictObject({ text: boundedText("Body text", SEND_LIMITS.buttons.body) }),
  footer: footerSchema.optional(),
  action: replyButtonsActionSchema,
});

export const listRowSchema = z.strictObject({
  id: boundedText("Row id", SEND_LIMITS.list.rowId),
  title: boundedText("Row title", SEND_LIMITS.list.rowTitle),
  description: boundedText("Row description", SEND_LIMITS.list.rowDescription, 0).optional(),
});

export const listSectionSchema = z.strictObject({
  title: boundedText("Section title", SEND_LIMITS.list.sectionTitle).optional(),
  rows: z.array(listRowSchema).min(1, { error: "Each section needs at least one row." }),
});

const SECTIONS_COUNT = countDetails("sections", 1, SEND_LIMITS.list.sections);

export const listActionSchema = z
  .strictObject({
    button: boundedText("Button label", SEND_LIMITS.list.button),
    sections: z.array(listSectionSchema).min(1, { error: SECTIONS_COUNT }).max(SEND_LIMITS.list.sections, { error: SECTIONS_COUNT }),
  })
  .superRefine((action, ctx) => {
    const rows = action.sections.flatMap((section) => section.rows);
    if (rows.length > SEND_LIMITS.list.rows) {
      ctx.addIssue({
        code: "custom",
        message: `Total row count exceed max allowed count: ${SEND_LIMITS.list.rows}`,
        path: ["sections"],
      });
    }
    reportDuplicate(rows.map((row) => row.id), "Row ids must be unique.", ["sections"], ctx);
    if (action.sections.length > 1) {
      action.sections.forEach((section, index) => {
        if (section.title === undefined) {
          ctx.addIssue({
            code: "custom",
            message: "Section title is required when a list has more than one section.",
            path: ["sections", index, "title"],
            params: { graphCode: 131008 } satisfies SendIssueParams,
          });
        }
      });
    }
  });

export const interactiveListSchema = z.strictObject({
  type: z.literal("list"),
  // Lists take a text header only.
  header: z
    .strictObject({
      type: z.literal("text", { error: "List messages support a text header only." }),
      text: boundedText("Header text", SEND_LIMITS.headerText),
    })
    .optional(),
  body: z.strictObject({ text: boundedText("Body text", SEND_LIMITS.list.body) }),
  footer: footerSchema.optional(),
  action: listActionSchema,
});

export const interactiveCtaUrlSchema = z.strictObject({
  type: z.literal("cta_url"),
  header: interactiveHeaderSchema.optional(),
  body: z.strictObject({ text: boundedText("Body text", SEND_LIMITS.ctaUrl.body) }),
  footer: footerSchema.optional(),
  action: z.strictObject({
    name: z.literal("cta_url"),
    parameters: z.strictObject({ display_text: boundedText("Display text", SEND_LIMITS.ctaUrl.displayText), url: webUrlSchema }),
  }),
});

// Flows, product and location-request messages exist but are out of our scope (§4.6).
export const outboundInteractiveSchema = z.discriminatedUnion("type", [interactiveButtonSchema, interactiveListSchema, interactiveCtaUrlSchema], {
  error: "Unsupported interactive type. Supported: button, list, cta_url.",
});

// ---------------------------------------------------------------------------------------------
// Templates (§4.9)

const parameterName = { parameter_name: z.string().min(1).optional() };

export const templateTextParameterSchema = z.strictObject({
  type: z.literal("text"),
  text: z.string().min(1, { error: "Template text parameters must not be empty." }),
  ...parameterName,
});
const currencyParameterSchema = z.strictObject({
  type: z.literal("currency"),
  currency: z.strictObject({ fallback_value: z.string().min(1), code: z.string().length(3), amount_1000: z.number().int() }),
  ...parameterName,
});
const dateTimeParameterSchema = z.strictObject({
  type: z.literal("date_time"),
  date_time: z.strictObject({ fallback_value: z.string().min(1) }),
  ...parameterName,
});

export const templateHeaderParameterSchema = z.discriminatedUnion("type", [
  templateTextParameterSchema,
  z.strictObject({ type: z.literal("image"), image: mediaReferenceSchema }),
  z.strictObject({ type: z.literal("video"), video: mediaReferenceSchema }),
  z.strictObject({ type: z.literal("document"), document: documentReferenceSchema }),
  z.strictObject({ type: z.literal("location"), location: outboundLocationSchema }),
]);

export const templateBodyParameterSchema = z.discriminatedUnion("type", [templateTextParameterSchema, currencyParameterSchema, dateTimeParameterSchema]);

export const templateButtonParameterSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("payload"), payload: z.string().min(1) }),
  z.strictObject({ type: z.literal("text"), text: z.string().min(1) }),
  z.strictObject({ type: z.literal("coupon_code"), coupon_code: z.string().min(1) }),
]);

export const templateComponentSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("header"), parameters: z.array(templateHeaderParameterSchema).min(1) }),
  z.strictObject({ type: z.literal("body"), parameters: z.array(templateBodyParameterSchema) }),
  z.strictObject({
    type: z.literal("button"),
    sub_type: z.enum(["quick_reply", "url", "copy_code"]),
    // The button's 0-based position; libraries send it as a string or a number.
    index: z.union([z.number().int().min(0).max(9), z.string().regex(/^\d$/)], { error: "Button index must be 0-9." }),
    parameters: z.array(templateButtonParameterSchema).min(1),
  }),
]);

export const outboundTemplateSchema = z.strictObject({
  name: z
    .string()
    .min(1, { error: "The parameter template['name'] is required." })
    .max(SEND_LIMITS.templateName, { error: lengthDetails("Template name", 1, SEND_LIMITS.templateName) })
    .regex(/^[a-z0-9_]+$/, { error: "Template name may only contain lower-case letters, digits and underscores." }),
  language: z.strictObject({ code: z.string().min(2).max(15), policy: z.literal("deterministic").optional() }),
  components: z.array(templateComponentSchema).optional(),
});

// ---------------------------------------------------------------------------------------------
// Reaction (§4.8): the emoji itself, or "" to remove ours.

export const outboundReactionSchema = z.strictObject({
  message_id: z.string().min(1),
  emoji: z.string().max(16, { error: "A reaction is a single emoji." }),
});

// ---------------------------------------------------------------------------------------------
// Full message requests, discriminated on `type`

export const textRequestSchema = z.strictObject({ ...envelopeShape, type: z.literal("text"), text: outboundTextSchema });
export const imageRequestSchema = z.strictObject({ ...envelopeShape, type: z.literal("image"), image: outboundImageSchema });
export const audioRequestSchema = z.strictObject({ ...envelopeShape, type: z.literal("audio"), audio: outboundAudioSchema });
export const videoRequestSchema = z.strictObject({ ...envelopeShape, type: z.literal("video"), video: outboundVideoSchema });
export const documentRequestSchema = z.strictObject({ ...envelopeShape, type: z.literal("document"), document: outboundDocumentSchema });
export const stickerRequestSchema = z.strictObject({ ...envelopeShape, type: z.literal("sticker"), sticker: outboundStickerSchema });
export const locationRequestSchema = z.strictObject({ ...envelopeShape, type: z.literal("location"), location: outboundLocationSchema });
export const contactsRequestSchema = z.strictObject({
  ...envelopeShape,
  type: z.literal("contacts"),
  contacts: z.array(outboundContactSchema).min(1),
});
export const interactiveRequestSchema = z.strictObject({
  ...envelopeShape,
  type: z.literal("interactive"),
  interactive: outboundInteractiveSchema,
});
export const templateRequestSchema = z.strictObject({ ...envelopeShape, type: z.literal("template"), template: outboundTemplateSchema });
export const reactionRequestSchema = z
  .strictObject({ ...envelopeShape, type: z.literal("reaction"), reaction: outboundReactionSchema })
  .superRefine((request, ctx) => {
    if (request.context !== undefined) {
      ctx.addIssue({ code: "custom", message: "Reactions cannot quote a message (context is not allowed).", path: ["context"] });
    }
  });

export const SEND_MESSAGE_SCHEMAS = {
  text: textRequestSchema,
  image: imageRequestSchema,
  audio: audioRequestSchema,
  video: videoRequestSchema,
  document: documentRequestSchema,
  sticker: stickerRequestSchema,
  location: locationRequestSchema,
  contacts: contactsRequestSchema,
  interactive: interactiveRequestSchema,
  template: templateRequestSchema,
  reaction: reactionRequestSchema,
} as const;

export type SendMessageType = keyof typeof SEND_MESSAGE_SCHEMAS;
export const SEND_MESSAGE_TYPES = Object.keys(SEND_MESSAGE_SCHEMAS) as SendMessageType[];

export function isSendMessageType(type: string): type is SendMessageType {
  return Object.hasOwn(SEND_MESSAGE_SCHEMAS, type);
}

export const sendMessageRequestSchema = z.discriminatedUnion("type", [
  textRequestSchema,
  imageRequestSchema,
  audioRequestSchema,
  videoRequestSchema,
  documentRequestSchema,
  stickerRequestSchema,
  locationRequestSchema,
  contactsRequestSchema,
  interactiveRequestSchema,
  templateRequestSchema,
  reactionRequestSchema,
]);

// ---------------------------------------------------------------------------------------------
// Mark as read, optionally with a typing indicator (§4.8). Same endpoint; answers {"success": true}.

export const markAsReadRequestSchema = z.strictObject({
  messaging_product: z.literal("whatsapp", { error: 'messaging_product must be "whatsapp"' }),
  status: z.literal("read", { error: 'status must be "read"' }),
  message_id: z.string().min(1),
  // Shown until we reply or 25 s pass; only send it when a reply is coming.
  typing_indicator: z.strictObject({ type: z.literal("text") }).optional(),
});

// ---------------------------------------------------------------------------------------------
// Types

export type SendMessageRequest = z.infer<typeof sendMessageRequestSchema>;
export type SendMessageRequestOf<T extends SendMessageType> = Extract<SendMessageRequest, { type: T }>;
export type TextSendRequest = z.infer<typeof textRequestSchema>;
export type ImageSendRequest = z.infer<typeof imageRequestSchema>;
export type AudioSendRequest = z.infer<typeof audioRequestSchema>;
export type VideoSendRequest = z.infer<typeof videoRequestSchema>;
export type DocumentSendRequest = z.infer<typeof documentRequestSchema>;
export type StickerSendRequest = z.infer<typeof stickerRequestSchema>;
export type LocationSendRequest = z.infer<typeof locationRequestSchema>;
export type ContactsSendRequest = z.infer<typeof contactsRequestSchema>;
export type InteractiveSendRequest = z.infer<typeof interactiveRequestSchema>;
export type TemplateSendRequest = z.infer<typeof templateRequestSchema>;
export type ReactionSendRequest = z.infer<typeof reactionRequestSchema>;

export type OutboundText = z.infer<typeof outboundTextSchema>;
export type OutboundMediaReference = z.infer<typeof mediaReferenceSchema>;
export type OutboundImage = z.infer<typeof outboundImageSchema>;
export type OutboundAudio = z.infer<typeof outboundAudioSchema>;
export type OutboundVideo = z.infer<typeof outboundVideoSchema>;
export type OutboundDocument = z.infer<typeof outboundDocumentSchema>;
export type OutboundSticker = z.infer<typeof outboundStickerSchema>;
export type OutboundLocation = z.infer<typeof outboundLocationSchema>;
export type OutboundContact = z.infer<typeof outboundContactSchema>;
export type OutboundInteractive = z.infer<typeof outboundInteractiveSchema>;
export type InteractiveHeader = z.infer<typeof interactiveHeaderSchema>;
export type InteractiveButtonMessage = z.infer<typeof interactiveButtonSchema>;
export type InteractiveListMessage = z.infer<typeof interactiveListSchema>;
export type InteractiveCtaUrlMessage = z.infer<typeof interactiveCtaUrlSchema>;
export type ReplyButton = z.infer<typeof replyButtonSchema>;
export type ListSection = z.infer<typeof listSectionSchema>;
export type ListRow = z.infer<typeof listRowSchema>;
export type OutboundTemplate = z.infer<typeof outboundTemplateSchema>;
export type TemplateComponent = z.infer<typeof templateComponentSchema>;
export type TemplateHeaderParameter = z.infer<typeof templateHeaderParameterSchema>;
export type TemplateBodyParameter = z.infer<typeof templateBodyParameterSchema>;
export type TemplateButtonParameter = z.infer<typeof templateButtonParameterSchema>;
export type OutboundReaction = z.infer<typeof outboundReactionSchema>;
export type MessageContextRequest = z.infer<typeof messageContextSchema>;

export type MarkAsReadRequest = z.infer<typeof markAsReadRequestSchema>;
export type TypingIndicatorRequest = MarkAsReadRequest & { typing_indicator: { type: "text" } };

// Anything POST /{phone-number-id}/messages accepts.
export type MessagesEndpointRequest = SendMessageRequest | MarkAsReadRequest;

export function isMarkAsReadRequest(request: MessagesEndpointRequest): request is MarkAsReadRequest {
  return "status" in request;
}

function reportDuplicate(values: string[], message: string, path: PropertyKey[], ctx: z.RefinementCtx): void {
  if (new Set(values).size !== values.length) ctx.addIssue({ code: "custom", message, path });
}
