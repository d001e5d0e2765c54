import type { contacts, conversations, handoffs, messages } from "@/lib/db/schema";
import type { RefundRecord, ReturnRecord } from "./after-sales";
import { DAY, type Clock } from "./clock";
import { need, type ConversationScript, type Preference, type Requirement, type ScriptContext, type ScriptOutcome, type ShopView, type Turn } from "./conversation-script";
import { DUTCH_SCRIPTS } from "./conversation-scripts-nl";
import { ENGLISH_SCRIPTS } from "./conversation-scripts-en";
import { FRENCH_SCRIPTS } from "./conversation-scripts-fr";
import { GERMAN_SCRIPTS } from "./conversation-scripts-de";
import { PORTUGUESE_SCRIPTS } from "./conversation-scripts-pt";
import { SPANISH_SCRIPTS } from "./conversation-scripts-es";
import { firstNameOf, type ShopCustomerRow } from "./customers";
import type { ShipmentRecord } from "./fulfilment";
import type { OrderRecord } from "./orders";
import { deterministicUuid, type Rng } from "./random";
import type { BookingRecord } from "./scheduling";
import type { StaffKey, TeamSlug } from "./staff";
import type { SubscriptionRecord } from "./subscriptions";
import { demoWamid } from "./wamid";

// WhatsApp contacts and demo conversations. Each script picks a customer whose real shop data fits
// its story, then its turns become messages on a timeline that ends at most a few hours before now.

export const CONVERSATION_SCRIPTS: readonly ConversationScript[] = [
  ...ENGLISH_SCRIPTS,
  ...DUTCH_SCRIPTS,
  ...GERMAN_SCRIPTS,
  ...FRENCH_SCRIPTS,
  ...SPANISH_SCRIPTS,
  ...PORTUGUESE_SCRIPTS,
];

export type ConversationInput = {
  customers: readonly ShopCustomerRow[];
  orders: readonly OrderRecord[];
  shipments: readonly ShipmentRecord[];
  refunds: readonly RefundRecord[];
  returns: readonly ReturnRecord[];
  invoiceNumberByOrderId: ReadonlyMap<string, string>;
  subscriptions: readonly SubscriptionRecord[];
  bookings: readonly BookingRecord[];
  inboxId: string;
  inboxPhoneNumber: string;
  userIds: Record<StaffKey, string>;
  teamIds: Record<TeamSlug, string>;
};

type ContactRow = typeof contacts.$inferInsert & { id: string };

export function buildConversations(rng: Rng, clock: Clock, input: ConversationInput) {
  const shop = shopView(input);
  const candidates = rng.shuffle(input.customers);
  const ordersByCustomer = groupBy(input.orders, (order) => order.customer.id);
  for (const list of ordersByCustomer.values()) list.sort((a, b) => a.timeline.placed - b.timeline.placed);
  const subscriptionsByCustomer = groupBy(input.subscriptions, (subscription) => subscription.customer.id);
  const bookingsByCustomer = groupBy(input.bookings, (booking) => booking.customer.id);

  const used = new Set<string>();
  const customerByScript = new Map<string, ShopCustomerRow>();
  const contactByCustomer = new Map<string, ContactRow>();
  const contactRows: ContactRow[] = [];
  const conversationRows: (typeof conversations.$inferInsert)[] = [];
  const messageRows: (typeof messages.$inferInsert)[] = [];
  const handoffRows: (typeof handoffs.$inferInsert)[] = [];

  for (const script of CONVERSATION_SCRIPTS) {
    const returning = script.sameContactAs === undefined ? undefined : customerByScript.get(script.sameContactAs);
    const context = script.sameContactAs === undefined ? findContext(script) : returning && contextFor(returning, script.match, false, false);
    // With the default seed every script finds its customer; with an unusual seed a script whose
    // story no customer fits is left out rather than told about the wrong data.
    if (!context) continue;
    used.add(context.customer.id);
    customerByScript.set(script.key, context.customer);

    const outcome = script.play(context);
    const timeline = placeTurns(script.key, outcome);
    const firstMessageMinutesAgo = need(timeline[0], "a first message").minutesAgo;
    const contact = contactByCustomer.get(context.customer.id) ?? createContact(context.customer, firstMessageMinutesAgo);
    // A returning customer's contact dates from their earliest conversation.
    if (contact.createdAt && contact.createdAt > clock.minutesAgo(firstMessageMinutesAgo)) backdateContact(contact, firstMessageMinutesAgo);
    const conversationId = deterministicUuid(rng);
    const built = buildMessages(conversationId, contact, outcome.turns, timeline);
    const handoff = outcome.handoff && buildHandoff(conversationId, outcome, timeline);
    conversationRows.push(conversationRow(conversationId, contact, script, outcome, built, handoff));
    messageRows.push(...built.rows);
    if (handoff) handoffRows.push(handoff.row);
  }
  return { contactRows, conversationRows, messageRows, handoffRows };

  function findContext(script: ConversationScript): ScriptContext | undefined {
    // Looser and looser: first everything the script asks for, then without its country, its
    // preferences and finally its tier. `require` and the language always hold.
    const attempts = [
      { countries: true, prefer: true, tier: true },
      { countries: false, prefer: true, tier: true },
      { countries: false, prefer: false, tier: true },
      { countries: false, prefer: false, tier: false },
    ];
    for (const attempt of attempts) {
      for (const customer of candidates) {
        if (used.has(customer.id) || customer.language !== script.match.language) continue;
        if (attempt.countries && script.match.countries && !script.match.countries.includes(customer.country)) continue;
        if (attempt.tier && script.match.tier && customer.tier !== script.match.tier) continue;
        const context = contextFor(customer, script.match, attempt.prefer, true);
        if (context) return context;
      }
    }
    return undefined;
  }

  function contextFor(customer: ShopCustomerRow, match: Requirement, usePreference: boolean, strict: boolean): ScriptContext | undefined {
    const pickFrom = <T>(items: readonly T[] | undefined, rule: Preference<T>): T | undefined => {
      const fits = (items ?? []).filter((item) => rule.require(item, shop));
      const preferred = usePreference && rule.prefer ? fits.filter((item) => rule.prefer?.(item, shop) === true) : fits;
      return preferred[0];
    };
    const order = match.order ? pickFrom(ordersByCustomer.get(customer.id), match.order) : undefined;
    const subscription = match.subscription ? pickFrom(subscriptionsByCustomer.get(customer.id), match.subscription) : undefined;
    const booking = match.booking ? pickFrom(bookingsByCustomer.get(customer.id), match.booking) : undefined;
    if (strict && ((match.order && !order) || (match.subscription && !subscription) || (match.booking && !booking))) return undefined;
    return { customer, firstName: firstNameOf(customer), order, subscription, booking, shop, clock };
  }

  function createContact(customer: ShopCustomerRow, firstContactMinutesAgo: number): ContactRow {
    const since = clock.minutesAgo(firstContactMinutesAgo + 1);
    const consent = rng.weighted([["opted_in", 55], ["unknown", 40], ["opted_out", 5]] as const);
    const row: ContactRow = {
      id: deterministicUuid(rng),
      waId: customer.phone,
      profileName: rng.chance(0.75) ? firstNameOf(customer) : customer.name,
      name: customer.name,
      email: customer.email,
      language: customer.language,
      country: customer.country,
      tier: customer.tier,
      consent,
      consentUpdatedAt: consent === "unknown" ? null : since,
      shopCustomerId: customer.id,
      createdAt: since,
      updatedAt: since,
    };
    contactByCustomer.set(customer.id, row);
    contactRows.push(row);
    return row;
  }

  function backdateContact(contact: ContactRow, firstContactMinutesAgo: number): void {
    const since = clock.minutesAgo(firstContactMinutesAgo + 1);
    contact.createdAt = since;
    contact.updatedAt = since;
    if (contact.consentUpdatedAt) contact.consentUpdatedAt = since;
  }

  function buildMessages(conversationId: string, contact: ContactRow, turns: readonly Turn[], timeline: readonly PlacedTurn[]) {
    const rows: (typeof messages.$inferInsert)[] = [];
    let lastInteractiveWamid: string | undefined;
    let lastButtons: readonly string[] = [];
    turns.forEach((turn, index) => {
      const at = clock.minutesAgo(need(timeline[index], "a turn time").minutesAgo);
      const inbound = turn.from === "customer";
      const wamid = demoWamid(rng, contact.waId, inbound ? "in" : "out");
      const answeredLater = turns.slice(index + 1).some((later) => later.from === "customer");
      const base = {
        id: deterministicUuid(rng),
        conversationId,
        direction: inbound ? "inbound" : "outbound",
        sender: turn.from,
        authorUserId: turn.from === "agent" ? input.userIds[turn.agent] : null,
        waMessageId: wamid,
        body: turn.text,
        // Anything the customer answered was read; the last outbound messages may still be unread.
        status: inbound ? "received" : answeredLater || rng.chance(0.5) ? "read" : "delivered",
        sentAt: at,
        createdAt: at,
      } as const;
      if (turn.from === "customer" && turn.buttonReply) {
        const buttonIndex = Math.max(0, lastButtons.indexOf(turn.text));
        rows.push({
          ...base,
          type: "interactive",
          replyToWaMessageId: lastInteractiveWamid ?? null,
          payload: {
            context: { from: input.inboxPhoneNumber, id: lastInteractiveWamid },
            from: contact.waId,
            id: wamid,
            timestamp: String(Math.floor(at.getTime() / 1000)),
            type: "interactive",
            interactive: { type: "button_reply", button_reply: { id: `option_${buttonIndex + 1}`, title: turn.text } },
          },
        });
      } else if (turn.from === "customer") {
        rows.push({ ...base, type: "text", payload: { from: contact.waId, id: wamid, timestamp: String(Math.floor(at.getTime() / 1000)), type: "text", text: { body: turn.text } } });
      } else if (turn.from === "bot" && turn.buttons) {
        lastInteractiveWamid = wamid;
        lastButtons = turn.buttons;
        rows.push({
          ...base,
          type: "interactive",
          payload: {
            messaging_product: "whatsapp",
            to: contact.waId,
            type: "interactive",
            interactive: {
              type: "button",
              body: { text: turn.text },
              action: { buttons: turn.buttons.map((title, i) => ({ type: "reply", reply: { id: `option_${i + 1}`, title } })) },
            },
          },
        });
      } else {
        rows.push({ ...base, type: "text", payload: { messaging_product: "whatsapp", to: contact.waId, type: "text", text: { body: turn.text } } });
      }
    });
    return { rows, timeline };
  }

  function buildHandoff(conversationId: string, outcome: ScriptOutcome, timeline: readonly PlacedTurn[]) {
    const plan = need(outcome.handoff, "a handoff");
    const createdMinutesAgo = need(timeline[plan.afterTurn], "the handoff turn").minutesAgo - 0.05;
    const acceptedMinutesAgo = plan.acceptedAfterMinutes === undefined ? undefined : createdMinutesAgo - plan.acceptedAfterMinutes;
    const firstAgentTurn = outcome.turns.findIndex((turn) => turn.from === "agent");
    if (acceptedMinutesAgo !== undefined && firstAgentTurn >= 0 && need(timeline[firstAgentTurn], "an agent turn").minutesAgo > acceptedMinutesAgo) {
      throw new Error("an agent replies before accepting the handoff");
    }
    return {
      createdMinutesAgo,
      acceptedMinutesAgo,
      row: {
        id: deterministicUuid(rng),
        conversationId,
        reason: plan.packet.reason,
        packet: plan.packet,
        status: plan.status,
        teamId: input.teamIds[plan.team],
        acceptedById: plan.acceptedBy ? input.userIds[plan.acceptedBy] : null,
        acceptedAt: acceptedMinutesAgo === undefined ? null : clock.minutesAgo(acceptedMinutesAgo),
        createdAt: clock.minutesAgo(createdMinutesAgo),
      } satisfies typeof handoffs.$inferInsert,
    };
  }

  function conversationRow(
    id: string,
    contact: ContactRow,
    script: ConversationScript,
    outcome: ScriptOutcome,
    built: { timeline: readonly PlacedTurn[] },
    handoff: { createdMinutesAgo: number; acceptedMinutesAgo?: number } | undefined,
  ): typeof conversations.$inferInsert {
    const times = built.timeline;
    const customerTimes = times.filter((t) => t.from === "customer").map((t) => t.minutesAgo);
    const lastCustomer = Math.min(...customerTimes);
    const firstCustomer = Math.max(...customerTimes);
    const firstResponse = times.find((t) => t.from !== "customer" && t.minutesAgo < firstCustomer);
    const lastMessage = Math.min(...times.map((t) => t.minutesAgo));
    const resolvedMinutesAgo = outcome.status === "resolved" ? Math.max(0.5, lastMessage - 4) : undefined;
    const changes = [handoff, handoff?.acceptedMinutesAgo, resolvedMinutesAgo, outcome.snoozedForMinutes].filter((x) => x !== undefined).length;
    const lastChange = Math.min(lastMessage, resolvedMinutesAgo ?? lastMessage, handoff?.acceptedMinutesAgo ?? lastMessage);
    return {
      id,
      inboxId: input.inboxId,
      contactId: contact.id,
      status: outcome.status,
      owner: outcome.owner,
      assigneeId: outcome.assignee ? input.userIds[outcome.assignee] : null,
      teamId: outcome.team ? input.teamIds[outcome.team] : null,
      priority: outcome.priority,
      labels: outcome.labels,
      language: script.language,
      intent: outcome.intent,
      windowExpiresAt: clock.minutesAgo(lastCustomer - DAY),
      lastCustomerMessageAt: clock.minutesAgo(lastCustomer),
      lastMessageAt: clock.minutesAgo(lastMessage),
      firstResponseAt: firstResponse ? clock.minutesAgo(firstResponse.minutesAgo) : null,
      snoozedUntil: outcome.snoozedForMinutes === undefined ? null : clock.minutesAgo(-outcome.snoozedForMinutes),
      resolvedAt: resolvedMinutesAgo === undefined ? null : clock.minutesAgo(resolvedMinutesAgo),
      version: 1 + changes,
      createdAt: clock.minutesAgo(firstCustomer),
      updatedAt: clock.minutesAgo(lastChange),
    };
  }
}

type PlacedTurn = { from: Turn["from"]; minutesAgo: number };

// Turns follow each other by `after` seconds from the script's start; none may land in the future.
function placeTurns(key: string, outcome: ScriptOutcome): PlacedTurn[] {
  let minutesAgo = outcome.startedMinutesAgo;
  return outcome.turns.map((turn) => {
    minutesAgo -= turn.after / 60;
    if (minutesAgo <= 0) throw new Error(`conversation script "${key}" runs into the future`);
    return { from: turn.from, minutesAgo };
  });
}

function shopView(input: ConversationInput): ShopView {
  const shipments = new Map(input.shipments.map((shipment) => [shipment.order.id, shipment]));
  const refunds = new Map(input.refunds.map((refund) => [refund.order.id, refund]));
  const returns = new Map(input.returns.map((requested) => [requested.order.id, requested]));
  return {
    shipmentOf: (order) => shipments.get(order.id),
    refundOf: (order) => refunds.get(order.id),
    returnOf: (order) => returns.get(order.id),
    invoiceNumberOf: (order) => input.invoiceNumberByOrderId.get(order.id),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
