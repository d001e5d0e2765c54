import { buildAfterSales } from "./after-sales";
import { buildCannedReplies } from "./canned-replies";
import { buildProducts, buildPromoCodes, buildShippingRates } from "./catalog";
import { createClock } from "./clock";
import { buildConversations } from "./conversations";
import { buildCustomers } from "./customers";
import { buildShipments } from "./fulfilment";
import { buildInvoices } from "./invoices";
import { buildKnowledge } from "./knowledge";
import { buildOrderRows, buildOrders } from "./orders";
import { createRng } from "./random";
import { buildRules } from "./rules";
import { bookingRows, buildBookings, buildSlots, slotRows } from "./scheduling";
import { buildStaff, type InboxOptions } from "./staff";
import { buildSubscriptionRows, buildSubscriptions } from "./subscriptions";

// Builds every demo row in memory, in dependency order, without touching the database. Each entity
// group draws from its own random stream (named below), so the groups stay independent.

export type DemoData = ReturnType<typeof generateDemoData>;

export function generateDemoData(seed: number, now: Date, inbox: InboxOptions, passwordHashes: ReadonlyMap<string, string>) {
  const clock = createClock(now);
  const rng = (stream: string) => createRng(seed, stream);

  const staff = buildStaff(rng("staff"), clock, passwordHashes, inbox);
  const customers = buildCustomers(rng("customers"), clock);
  const products = buildProducts(rng("products"));
  const orders = buildOrders(rng("orders"), customers, products);
  const { orderRows, itemRows, paymentRows } = buildOrderRows(orders, clock);
  const fulfilment = buildShipments(rng("shipments"), clock, orders);
  const afterSales = buildAfterSales(rng("after-sales"), clock, orders);
  const subscriptions = buildSubscriptions(rng("subscriptions"), clock, customers);
  const invoices = buildInvoices(rng("invoices"), clock, orders, subscriptions);
  const slots = buildSlots(rng("slots"), clock);
  const bookings = buildBookings(rng("bookings"), clock, customers, slots);
  const knowledge = buildKnowledge(rng("knowledge"), clock, staff.userIds.admin);
  const conversations = buildConversations(rng("conversations"), clock, {
    customers,
    orders,
    shipments: fulfilment.shipmentRecords,
    refunds: afterSales.refundRecords,
    returns: afterSales.returnRecords,
    invoiceNumberByOrderId: invoices.numberByOrderId,
    subscriptions,
    bookings,
    inboxId: staff.inboxId,
    inboxPhoneNumber: inbox.displayPhoneNumber,
    userIds: staff.userIds,
    teamIds: staff.teamIds,
  });

  // Keys are table names, listed parents before children: the insert order.
  return {
    users: staff.users,
    teams: staff.teams,
    team_members: staff.teamMembers,
    inboxes: staff.inboxes,
    shop_customers: customers,
    products,
    orders: orderRows,
    order_items: itemRows,
    payments: paymentRows,
    shipments: fulfilment.shipmentRows,
    tracking_events: fulfilment.eventRows,
    refunds: afterSales.refundRows,
    returns: afterSales.returnRows,
    subscriptions: buildSubscriptionRows(subscriptions, clock),
    invoices: invoices.invoiceRows,
    promo_codes: buildPromoCodes(clock),
    shipping_rates: buildShippingRates(rng("shipping-rates")),
    appointment_slots: slotRows(slots),
    bookings: bookingRows(bookings),
    knowledge_articles: knowledge.articleRows,
    knowledge_article_versions: knowledge.versionRows,
    escalation_rules: buildRules(rng("rules"), clock),
    contacts: conversations.contactRows,
    conversations: conversations.conversationRows,
    messages: conversations.messageRows,
    handoffs: conversations.handoffRows,
    canned_replies: buildCannedReplies(rng("canned-replies"), clock, staff.userIds.admin),
  };
}
