import { GRAPH_ERROR, type GraphError } from "@/lib/whatsapp/cloud-api/graph-errors";
import type { MessageTemplate } from "@/lib/whatsapp/cloud-api/message-template";
import type { SendMessageResponse } from "@/lib/whatsapp/cloud-api/send-response";
import type { SendMessageRequest } from "@/lib/whatsapp/cloud-api/send-schema";
import { newWamid } from "@/lib/whatsapp/cloud-api/wamid";
import type { OutboundChatEntry } from "./chat-store";
import { summarizeOutbound } from "./chat-summary";
import { isServiceWindowOpen } from "./customer-service-window";
import type { EmulatorContext } from "./emulator-context";
import { outboundMediaFailure } from "./outbound-media-check";
import { pricingFor } from "./pricing";
import { resolveRecipient } from "./recipient";
import { checkTemplateSend } from "./template-check";
import { renderTemplate } from "./template-render";

export type SendOutcome = { ok: true; body: SendMessageResponse; wamid: string } | { ok: false; error: GraphError };

// Meta's wording for the async failures the emulator produces.
const RE_ENGAGEMENT_DETAILS = "Message failed to send because more than 24 hours have passed since the customer last replied to this number.";
const UNDELIVERABLE_DETAILS = "Message failed to send because the recipient is not a WhatsApp user or has not accepted the latest Terms of Service.";
const MARKETING_OPT_OUT_DETAILS = "Message failed to send because the user has stopped marketing messages from this business.";
const REACTION_TARGET_DETAILS = "Message reaction failed: the message does not exist, is a reaction, or is older than 30 days.";
const REACTION_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

type AsyncFailure = { code: number; details?: string };

// A validated send, after the envelope checks (shared/whatsapp/cloud-api.md §9.4 steps 2–6): resolve
// `to`, rate limits, injected faults, template checks, the 24-hour window, then accept with a wamid
// and start the status lifecycle — or accept and fail asynchronously, as Meta does for 131047,
// 131026, 131053 and 131050.
export function processSend(ctx: EmulatorContext, request: SendMessageRequest): SendOutcome {
  const { business } = ctx;
  const now = ctx.clock.now();

  const recipient = resolveRecipient(request.to, business.displayPhoneNumber, (waId) => ctx.customers.has(waId));
  if (!recipient.ok) return { ok: false, error: recipient.error };
  const waId = recipient.waId;
  if (waId === business.displayPhoneNumber) {
    return { ok: false, error: { code: GRAPH_ERROR.recipientIsSender, details: "The recipient phone number is the sender's phone number." } };
  }

  const faults = ctx.faults.current();
  if (faults.throttle) {
    return { ok: false, error: { code: GRAPH_ERROR.throughputExceeded, details: "Message failed to send because there were too many messages sent from this phone number in a short period of time." } };
  }
  const rate = ctx.rateLimiter.take(business.phoneNumberId, waId);
  if (!rate.ok) return { ok: false, error: { code: rate.code, details: rate.details } };

  const injected = ctx.faults.takeInjectedFailure();
  if (injected?.mode === "sync") return { ok: false, error: { code: injected.code, ...(injected.details === undefined ? {} : { details: injected.details }) } };

  let template: MessageTemplate | null = null;
  if (request.type === "template") {
    const check = checkTemplateSend(ctx.options.templates, request.template);
    if (!check.ok) return { ok: false, error: check.error };
    template = check.template;
  }

  // Any number on WhatsApp can be messaged; one we have never seen becomes a customer who never wrote.
  const customer = ctx.customers.get(waId) ?? ctx.customers.upsert({ waId });
  const windowOpen = !faults.forceWindowClosed && isServiceWindowOpen(ctx.customers.lastInboundAt(waId), now);
  const freeForm = request.type !== "template";
  if (freeForm && !windowOpen && faults.windowErrorMode === "sync") {
    return { ok: false, error: { code: GRAPH_ERROR.reEngagementRequired, details: RE_ENGAGEMENT_DETAILS } };
  }

  const wamid = newWamid(waId, "out");
  const rendered = template && request.type === "template" ? renderTemplate(template, request.template) : null;
  const entry: OutboundChatEntry = {
    direction: "outbound",
    wamid,
    waId,
    at: now.toISOString(),
    type: request.type,
    text: summarizeOutbound(request, rendered),
    replyTo: request.type === "reaction" ? request.reaction.message_id : (request.context?.message_id ?? null),
    reactions: { customer: null, business: null },
    status: "accepted",
    statusHistory: [{ status: "accepted", at: now.toISOString() }],
    errors: [],
    request,
    template: rendered,
  };
  ctx.chats.append(entry);
  ctx.events.emit({ type: "outbound", waId, at: entry.at, entry });

  const failure: AsyncFailure | null =
    (injected?.mode === "async" ? { code: injected.code, ...(injected.details === undefined ? {} : { details: injected.details }) } : null) ??
    (customer.notOnWhatsApp ? { code: GRAPH_ERROR.messageUndeliverable, details: UNDELIVERABLE_DETAILS } : null) ??
    (freeForm && !windowOpen ? { code: GRAPH_ERROR.reEngagementRequired, details: RE_ENGAGEMENT_DETAILS } : null) ??
    outboundMediaFailure(ctx.media, business.phoneNumberId, request) ??
    (template?.category === "MARKETING" && customer.marketingOptOut ? { code: GRAPH_ERROR.marketingOptOut, details: MARKETING_OPT_OUT_DETAILS } : null) ??
    (request.type === "reaction" ? reactionTargetFailure(ctx, waId, request.reaction.message_id, now) : null);

  const callbackData = request.biz_opaque_callback_data === undefined ? {} : { bizOpaqueCallbackData: request.biz_opaque_callback_data };
  if (failure) {
    ctx.lifecycle.failLater({ wamid, waId, ...callbackData }, failure);
  } else {
    ctx.lifecycle.start({ wamid, waId, pricing: pricingFor(template, windowOpen), sentOnly: request.type === "reaction", ...callbackData });
    if (request.type === "reaction") ctx.chats.setReaction(request.reaction.message_id, "business", request.reaction.emoji);
  }

  return {
    ok: true,
    wamid,
    body: {
      messaging_product: "whatsapp",
      contacts: [{ input: request.to, wa_id: waId }],
      // Template sends report their pacing status; "accepted" is the normal one.
      messages: [{ id: wamid, ...(template ? { message_status: "accepted" } : {}) }],
    },
  };
}

// Meta reports a bad reaction target asynchronously with 131009 (§4.8).
function reactionTargetFailure(ctx: EmulatorContext, waId: string, targetWamid: string, now: Date): AsyncFailure | null {
  const target = ctx.chats.find(targetWamid);
  const usable = target !== undefined && target.waId === waId && target.type !== "reaction" && now.getTime() - new Date(target.at).getTime() <= REACTION_MAX_AGE_MS;
  return usable ? null : { code: GRAPH_ERROR.parameterValueInvalid, details: REACTION_TARGET_DETAILS };
}
