import { inArray, sql } from "drizzle-orm";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";
import type { DemoData } from "./generate";

// Writes the generated rows, parents before children, in batches small enough to stay far below
// PostgreSQL's 65,535 bind parameters per statement and to keep PGlite's memory use flat.

const BATCH_SIZE = 500;

export type SeedCounts = { [Table in keyof DemoData]: number };

export async function insertDemoData(db: Db, data: DemoData): Promise<SeedCounts> {
  await insertInBatches(db, schema.users, data.users);
  await insertInBatches(db, schema.teams, data.teams);
  await insertInBatches(db, schema.teamMembers, data.team_members);
  await insertInBatches(db, schema.inboxes, data.inboxes);
  await insertInBatches(db, schema.shopCustomers, data.shop_customers);
  await insertInBatches(db, schema.products, data.products);
  await insertInBatches(db, schema.orders, data.orders);
  await insertInBatches(db, schema.orderItems, data.order_items);
  await insertInBatches(db, schema.payments, data.payments);
  await insertInBatches(db, schema.shipments, data.shipments);
  await insertInBatches(db, schema.trackingEvents, data.tracking_events);
  await insertInBatches(db, schema.refunds, data.refunds);
  await insertInBatches(db, schema.returns, data.returns);
  await insertInBatches(db, schema.subscriptions, data.subscriptions);
  await insertInBatches(db, schema.invoices, data.invoices);
  await insertInBatches(db, schema.promoCodes, data.promo_codes);
  await insertInBatches(db, schema.shippingRates, data.shipping_rates);
  await insertInBatches(db, schema.appointmentSlots, data.appointment_slots);
  await insertInBatches(db, schema.bookings, data.bookings);
  await insertInBatches(db, schema.knowledgeArticles, data.knowledge_articles);
  await insertInBatches(db, schema.knowledgeArticleVersions, data.knowledge_article_versions);
  await insertInBatches(db, schema.escalationRules, data.escalation_rules);
  await insertInBatches(db, schema.contacts, data.contacts);
  await insertInBatches(db, schema.conversations, data.conversations);
  await insertInBatches(db, schema.messages, data.messages);
  await insertInBatches(db, schema.handoffs, data.handoffs);
  await insertInBatches(db, schema.cannedReplies, data.canned_replies);
  await markHistoryAnswered(db, data.conversations.map((c) => c.id).filter((id): id is string => typeof id === "string"));
  return {
    users: data.users.length,
    teams: data.teams.length,
    team_members: data.team_members.length,
    inboxes: data.inboxes.length,
    shop_customers: data.shop_customers.length,
    products: data.products.length,
    orders: data.orders.length,
    order_items: data.order_items.length,
    payments: data.payments.length,
    shipments: data.shipments.length,
    tracking_events: data.tracking_events.length,
    refunds: data.refunds.length,
    returns: data.returns.length,
    subscriptions: data.subscriptions.length,
    invoices: data.invoices.length,
    promo_codes: data.promo_codes.length,
    shipping_rates: data.shipping_rates.length,
    appointment_slots: data.appointment_slots.length,
    bookings: data.bookings.length,
    knowledge_articles: data.knowledge_articles.length,
    knowledge_article_versions: data.knowledge_article_versions.length,
    escalation_rules: data.escalation_rules.length,
    contacts: data.contacts.length,
    conversations: data.conversations.length,
    messages: data.messages.length,
    handoffs: data.handoffs.length,
    canned_replies: data.canned_replies.length,
  };
}

async function insertInBatches<TTable extends PgTable>(db: Db, table: TTable, rows: readonly PgInsertValue<TTable>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    await db.insert(table).values(rows.slice(start, start + BATCH_SIZE));
  }
}

// The demo threads are history: their customer messages were answered before the product started,
// so each conversation gets one completed turn that covers them (a deterministic id derived from the
// conversation's). Without it the first new message would make the bot answer the whole old thread.
async function markHistoryAnswered(db: Db, conversationIds: string[]): Promise<void> {
  if (conversationIds.length === 0) return;
  const turnId = sql`md5(${schema.messages.conversationId}::text || ':seeded-history')::uuid`;
  await db.execute(sql`
    insert into agent_turns (id, conversation_id, status, inbound_count, outcome, started_at, finished_at)
    select md5(conversation_id::text || ':seeded-history')::uuid, conversation_id, 'completed', count(*), 'seeded_history', min(sent_at), max(sent_at)
    from messages
    where direction = 'inbound' and turn_id is null and conversation_id in (${sql.join(conversationIds.map((id) => sql`${id}::uuid`), sql`, `)})
    group by conversation_id`);
  await db
    .update(schema.messages)
    .set({ turnId: sql`${turnId}` })
    .where(sql`${schema.messages.direction} = 'inbound' and ${schema.messages.turnId} is null and ${inArray(schema.messages.conversationId, conversationIds)}`);
}
