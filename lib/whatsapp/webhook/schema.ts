import { z } from "zod";

// Zod schemas for WhatsApp Cloud API webhooks (reference: shared/whatsapp/cloud-api.md §3).
//
// Two rules shape every schema here:
// * Meta adds fields without notice, so every object is a loose object: unknown keys pass through
//   untouched and never fail parsing.
// * Only what we rely on is strict: message ids, senders, timestamps and types. A message whose
//   type-specific object is unknown or malformed is still stored (as "unsupported"), so the per-type
//   schemas are applied one message at a time by the normaliser, not by the envelope.

// Every timestamp in these webhooks is unix seconds sent as a string of digits.
export const unixSecondsSchema = z.string().regex(/^\d+$/, "Expected unix seconds as a string of digits");

// The same error object appears in value.errors, messages[].errors and statuses[].errors.
export const webhookErrorSchema = z.looseObject({
  code: z.number().int(),
  // Meta documents a title on every error but tells integrators not to rely on it.
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.looseObject({ details: z.string().optional() }).optional(),
  href: z.string().optional(),
});
export type WebhookError = z.infer<typeof webhookErrorSchema>;

// ---------------------------------------------------------------------------------------------
// Optional sub-objects shared by every message type (§3.2)

export const referredProductSchema = z.looseObject({
  catalog_id: z.string(),
  product_retailer_id: z.string(),
});

// Reply/quote (from + id), forward flags, or "Message business" from a catalog product.
export const messageContextSchema = z.looseObject({
  from: z.string().optional(),
  id: z.string().optional(),
  forwarded: z.boolean().optional(),
  frequently_forwarded: z.boolean().optional(),
  referred_product: referredProductSchema.optional(),
});
export type MessageContext = z.infer<typeof messageContextSchema>;

// Click-to-WhatsApp ad or post that started the conversation.
export const referralSchema = z.looseObject({
  source_url: z.string().optional(),
  source_id: z.string().optional(),
  source_type: z.string().optional(),
  body: z.string().optional(),
  headline: z.string().optional(),
  media_type: z.string().optional(),
  image_url: z.string().optional(),
  video_url: z.string().optional(),
  thumbnail_url: z.string().optional(),
  ctwa_clid: z.string().optional(),
  welcome_message: z.looseObject({ text: z.string().optional() }).optional(),
});
export type Referral = z.infer<typeof referralSchema>;

// ---------------------------------------------------------------------------------------------
// Type-specific message objects (§3.3)

export const textContentSchema = z.looseObject({ body: z.string() });

// `sha256` is base64 in webhooks; `url` is a 2025 addition that may be absent.
const mediaContentSchema = z.looseObject({
  id: z.string().min(1),
  mime_type: z.string(),
  sha256: z.string().optional(),
  url: z.string().optional(),
});

export const imageContentSchema = mediaContentSchema.extend({ caption: z.string().optional() });
export const videoContentSchema = mediaContentSchema.extend({ caption: z.string().optional() });
// `voice: true` marks a note recorded with the WhatsApp microphone; attached audio files have false.
export const audioContentSchema = mediaContentSchema.extend({ voice: z.boolean().optional() });
export const documentContentSchema = mediaContentSchema.extend({
  caption: z.string().optional(),
  filename: z.string().optional(),
});
export const stickerContentSchema = mediaContentSchema.extend({ animated: z.boolean().optional() });
export type MediaContent = z.infer<typeof mediaContentSchema>;

// A dropped pin has only coordinates; a chosen place adds name, address and sometimes url.
export const locationContentSchema = z.looseObject({
  latitude: z.number(),
  longitude: z.number(),
  name: z.string().optional(),
  address: z.string().optional(),
  url: z.string().optional(),
});

// vCard-like; every field is optional on Meta's side.
export const sharedContactSchema = z.looseObject({
  name: z
    .looseObject({
      formatted_name: z.string().optional(),
      first_name: z.string().optional(),
      last_name: z.string().optional(),
      middle_name: z.string().optional(),
      prefix: z.string().optional(),
      suffix: z.string().optional(),
    })
    .optional(),
  phones: z
    .array(z.looseObject({ phone: z.string().optional(), wa_id: z.string().optional(), type: z.string().optional() }))
    .optional(),
  emails: z.array(z.looseObject({ email: z.string().optional(), type: z.string().optional() })).optional(),
  org: z
    .looseObject({ company: z.string().optional(), department: z.string().optional(), title: z.string().optional() })
    .optional(),
  addresses: z
    .array(
      z.looseObject({
        street: z.string().optional(),
        city: z.string().optional(),
        state: z.string().optional(),
        zip: z.string().optional(),
        country: z.string().optional(),
        country_code: z.string().optional(),
        type: z.string().optional(),
      }),
    )
    .optional(),
  urls: z.array(z.looseObject({ url: z.string().optional(), type: z.string().optional() })).optional(),
  birthday: z.string().optional(),
});
export type SharedContact = z.infer<typeof sharedContactSchema>;

export const buttonReplySchema = z.looseObject({ id: z.string(), title: z.string() });
export const listReplySchema = z.looseObject({ id: z.string(), title: z.string(), description: z.string().optional() });
// Flow submission: `response_json` is a JSON *string*. Shape comes from libraries, not Meta's reference
// page, hence everything but the response itself is optional.
export const flowReplySchema = z.looseObject({
  name: z.string().optional(),
  body: z.string().optional(),
  response_json: z.string(),
});

// `interactive.type` stays an open string: Meta keeps adding reply kinds (call permission, …) and an
// unknown kind is still an interactive message for us, just without a readable body.
export const interactiveContentSchema = z.looseObject({
  type: z.string(),
  button_reply: buttonReplySchema.optional(),
  list_reply: listReplySchema.optional(),
  nfm_reply: flowReplySchema.optional(),
});
export type InteractiveContent = z.infer<typeof interactiveContentSchema>;

// Template quick-reply tap: `text` is the label, `payload` what we attached when sending.
export const buttonContentSchema = z.looseObject({ payload: z.string().optional(), text: z.string() });

// A removed reaction either omits `emoji` (Meta's reference) or sends "" (seen in fixtures).
export const reactionContentSchema = z.looseObject({ message_id: z.string().min(1), emoji: z.string().optional() });

export const orderContentSchema = z.looseObject({
  catalog_id: z.string(),
  text: z.string().optional(),
  product_items: z.array(
    z.looseObject({
      product_retailer_id: z.string(),
      quantity: z.number(),
      item_price: z.number(),
      currency: z.string(),
    }),
  ),
});

// Customer changed number: the new id is `wa_id` (older payloads used `new_wa_id`).
export const systemContentSchema = z.looseObject({
  body: z.string().optional(),
  wa_id: z.string().optional(),
  new_wa_id: z.string().optional(),
  type: z.string().optional(),
});

// Only on WhatsApp Business app "coexistence" numbers; ordinary numbers get `unsupported` instead.
export const editContentSchema = z.looseObject({
  original_message_id: z.string().min(1),
  message: z.looseObject({
    type: z.string(),
    text: textContentSchema.optional(),
    image: z.looseObject({ caption: z.string().optional() }).optional(),
    video: z.looseObject({ caption: z.string().optional() }).optional(),
    document: z.looseObject({ caption: z.string().optional() }).optional(),
  }),
});

// Names the original kind (poll_creation, edit, …); older payloads have no such object.
export const unsupportedContentSchema = z.looseObject({ type: z.string().optional() });

// ---------------------------------------------------------------------------------------------
// Messages

const messageIdentityShape = {
  from: z.string().min(1),
  id: z.string().min(1),
  timestamp: unixSecondsSchema,
};

// What the envelope insists on for every message: enough to store it and answer the sender.
export const webhookMessageSchema = z.looseObject({ ...messageIdentityShape, type: z.string().min(1) });
export type WebhookMessage = z.infer<typeof webhookMessageSchema>;

const messageBaseSchema = z.looseObject({
  ...messageIdentityShape,
  context: messageContextSchema.optional(),
  referral: referralSchema.optional(),
  errors: z.array(webhookErrorSchema).optional(),
});

export const textMessageSchema = messageBaseSchema.extend({ type: z.literal("text"), text: textContentSchema });
export const imageMessageSchema = messageBaseSchema.extend({ type: z.literal("image"), image: imageContentSchema });
export const audioMessageSchema = messageBaseSchema.extend({ type: z.literal("audio"), audio: audioContentSchema });
export const videoMessageSchema = messageBaseSchema.extend({ type: z.literal("video"), video: videoContentSchema });
export const documentMessageSchema = messageBaseSchema.extend({
  type: z.literal("document"),
  document: documentContentSchema,
});
export const stickerMessageSchema = messageBaseSchema.extend({
  type: z.literal("sticker"),
  sticker: stickerContentSchema,
});
export const locationMessageSchema = messageBaseSchema.extend({
  type: z.literal("location"),
  location: locationContentSchema,
});
export const contactsMessageSchema = messageBaseSchema.extend({
  type: z.literal("contacts"),
  contacts: z.array(sharedContactSchema),
});
export const interactiveMessageSchema = messageBaseSchema.extend({
  type: z.literal("interactive"),
  interactive: interactiveContentSchema,
});
export const buttonMessageSchema = messageBaseSchema.extend({ type: z.literal("button"), button: buttonContentSchema });
export const reactionMessageSchema = messageBaseSchema.extend({
  type: z.literal("reaction"),
  reaction: reactionContentSchema,
});
export const orderMessageSchema = messageBaseSchema.extend({ type: z.literal("order"), order: orderContentSchema });
export const systemMessageSchema = messageBaseSchema.extend({ type: z.literal("system"), system: systemContentSchema });
export const editMessageSchema = messageBaseSchema.extend({ type: z.literal("edit"), edit: editContentSchema });
export const unsupportedMessageSchema = messageBaseSchema.extend({
  type: z.literal("unsupported"),
  unsupported: unsupportedContentSchema.optional(),
});

// Every message type we understand. A message that fails this (unknown type, or a known type with a
// missing/malformed object) is normalised as "unsupported" rather than rejected.
export const inboundMessageSchema = z.discriminatedUnion("type", [
  textMessageSchema,
  imageMessageSchema,
  audioMessageSchema,
  videoMessageSchema,
  documentMessageSchema,
  stickerMessageSchema,
  locationMessageSchema,
  contactsMessageSchema,
  interactiveMessageSchema,
  buttonMessageSchema,
  reactionMessageSchema,
  orderMessageSchema,
  systemMessageSchema,
  editMessageSchema,
  unsupportedMessageSchema,
]);
export type InboundMessage = z.infer<typeof inboundMessageSchema>;
export type TextMessage = z.infer<typeof textMessageSchema>;
export type ImageMessage = z.infer<typeof imageMessageSchema>;
export type AudioMessage = z.infer<typeof audioMessageSchema>;
export type VideoMessage = z.infer<typeof videoMessageSchema>;
export type DocumentMessage = z.infer<typeof documentMessageSchema>;
export type StickerMessage = z.infer<typeof stickerMessageSchema>;
export type LocationMessage = z.infer<typeof locationMessageSchema>;
export type ContactsMessage = z.infer<typeof contactsMessageSchema>;
export type InteractiveMessage = z.infer<typeof interactiveMessageSchema>;
export type ButtonMessage = z.infer<typeof buttonMessageSchema>;
export type ReactionMessage = z.infer<typeof reactionMessageSchema>;
export type OrderMessage = z.infer<typeof orderMessageSchema>;
export type SystemMessage = z.infer<typeof systemMessageSchema>;
export type EditMessage = z.infer<typeof editMessageSchema>;
export type UnsupportedMessage = z.infer<typeof unsupportedMessageSchema>;

// ---------------------------------------------------------------------------------------------
// Statuses of our outgoing messages (§3.4)

export const MESSAGE_STATUSES = ["sent", "delivered", "read", "played", "failed"] as const;
export type MessageStatusValue = (typeof MESSAGE_STATUSES)[number];

export const conversationSchema = z.looseObject({
  id: z.string(),
  expiration_timestamp: unixSecondsSchema.optional(),
  origin: z.looseObject({ type: z.string() }).optional(),
});

export const pricingSchema = z.looseObject({
  billable: z.boolean().optional(),
  pricing_model: z.string().optional(),
  type: z.string().optional(),
  category: z.string().optional(),
});

export const messageStatusSchema = z.looseObject({
  id: z.string().min(1),
  status: z.enum(MESSAGE_STATUSES),
  timestamp: unixSecondsSchema,
  recipient_id: z.string(),
  recipient_type: z.string().optional(),
  recipient_participant_id: z.string().optional(),
  biz_opaque_callback_data: z.string().optional(),
  // Omitted from v24+ webhooks outside free-entry-point windows; kept for older versions.
  conversation: conversationSchema.optional(),
  // On `sent` and on one of `delivered`/`read`; never on `failed`.
  pricing: pricingSchema.optional(),
  errors: z.array(webhookErrorSchema).optional(),
});
export type MessageStatus = z.infer<typeof messageStatusSchema>;

// ---------------------------------------------------------------------------------------------
// Envelope (§3.1)

// Sender info that rides along with inbound messages; matched to messages by wa_id.
export const webhookContactSchema = z.looseObject({
  // May be an empty string once usernames (BSUIDs) roll out.
  wa_id: z.string().optional(),
  profile: z.looseObject({ name: z.string().optional() }).optional(),
  user_id: z.string().optional(),
});

export const businessMetadataSchema = z.looseObject({
  display_phone_number: z.string(),
  phone_number_id: z.string().min(1),
});

// `value` of a change whose `field` is "messages": inbound messages, statuses, or value-level errors.
export const messagesChangeValueSchema = z.looseObject({
  messaging_product: z.literal("whatsapp"),
  metadata: businessMetadataSchema,
  contacts: z.array(webhookContactSchema).optional(),
  messages: z.array(webhookMessageSchema).optional(),
  statuses: z.array(messageStatusSchema).optional(),
  errors: z.array(webhookErrorSchema).optional(),
});
export type MessagesChangeValue = z.infer<typeof messagesChangeValueSchema>;

export const WEBHOOK_OBJECT = "whatsapp_business_account";
export const MESSAGES_FIELD = "messages";

// The envelope every WhatsApp webhook shares. `value` is left open because other subscribed fields
// (template status updates, user preferences, …) have their own shapes and must not break parsing.
export const webhookEnvelopeSchema = z.looseObject({
  object: z.literal(WEBHOOK_OBJECT),
  entry: z.array(
    z.looseObject({
      // The WhatsApp Business Account id, not the phone number id.
      id: z.string(),
      changes: z.array(z.looseObject({ field: z.string(), value: z.unknown() })),
    }),
  ),
});
export type WebhookEnvelope = z.infer<typeof webhookEnvelopeSchema>;

// A webhook that carries only "messages" changes: what Meta sends for inbound messages and statuses,
// and what our payload builders produce.
export const messagesWebhookPayloadSchema = z.looseObject({
  object: z.literal(WEBHOOK_OBJECT),
  entry: z.array(
    z.looseObject({
      id: z.string(),
      changes: z.array(z.looseObject({ field: z.literal(MESSAGES_FIELD), value: messagesChangeValueSchema })),
    }),
  ),
});
export type MessagesWebhookPayload = z.infer<typeof messagesWebhookPayloadSchema>;
