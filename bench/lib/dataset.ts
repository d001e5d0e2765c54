// The generated dataset the at-scale benchmarks share (bench/scale.ts, bench/metrics.ts): written in
// SQL (generate_series, seeded random(), one transaction) on a fresh database, then analysed.
// Shape (defaults): over 180 days, two inboxes,
//   · 100,000 conversations from ~80,000 contacts (returning customers give recontacts), 12 intents
//   · 55% resolved by the assistant, 23% escalated (10 reasons, 85% picked up, packets of mixed quality),
//     5% answered by a person without a handoff, 17% still open with the assistant
//   · 4–9 messages and 2 agent turns per conversation (~470k messages, 200k turns); with
//     `totalMessages`, earlier back-and-forth with the assistant is added to reach that many messages
//     (spread evenly over the conversations, inside their first 90 seconds, so metrics figures such
//     as the first response time do not move)
//   · CSAT surveys after 60% of resolutions, 45% answered; reopen events, cancelled orders and
//     refunds (some re-opened or rejected afterwards) in the audit log and the demo shop tables
//   · with `messageBodies`, words in every message (what customers ask per intent, order numbers,
//     the assistant's and people's answers) for the inbox search
//   · with `articles`, that many knowledge articles in six languages (published, drafts, archived,
//     regional, time-limited), each on one of 16 topics plus filler vocabulary, for knowledge search
// The messages table's secondary indexes are dropped during the bulk insert and rebuilt from their
// own definitions afterwards (much faster than maintaining a GIN index row by row).
import type { sql as sqlTag, SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/client";

export type DatasetOptions = {
  conversations?: number;
  returningContacts?: number;
  days?: number;
  messageBodies?: boolean;
  totalMessages?: number;
  articles?: number;
};

export type DatasetCounts = { conversations: number; messages: number; agentTurns: number; handoffs: number; csatSurveys: number; auditEvents: number; articles: number };
export type Dataset = { inboxA: string; inboxB: string; adminId: string; counts: DatasetCounts; generateMs: number; options: Required<DatasetOptions> };

const DEFAULTS: Required<DatasetOptions> = { conversations: 100_000, returningContacts: 60_000, days: 180, messageBodies: false, totalMessages: 0, articles: 0 };

export async function generateDataset(db: Db, input: DatasetOptions = {}): Promise<Dataset> {
  const { sql } = await import("drizzle-orm");
  const { queryRows } = await import("@/lib/db/sql-rows");
  const o: Required<DatasetOptions> = { ...DEFAULTS, ...input };
  const started = Date.now();
  const [inboxA, inboxB, adminId] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
  await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(0.42)`);
    const indexes = await queryRows<{ indexname: string; indexdef: string }>(
      tx,
      sql`select i.indexname, i.indexdef from pg_indexes i where i.schemaname = current_schema() and i.tablename = 'messages'
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    );
    for (const index of indexes) await tx.execute(sql.raw(`drop index "${index.indexname}"`));
    await tx.execute(sql`insert into inboxes (id, name, phone_number_id, display_phone_number) values (${inboxA}::uuid, 'Main number', '100000000000001', '15550000001'), (${inboxB}::uuid, 'Service number', '100000000000002', '15550000002')`);
    await tx.execute(sql`insert into users (id, email, name, password_hash, role) values (${adminId}::uuid, 'bench@metrics.local', 'Bench Admin', 'x', 'admin')`);
    for (const statement of baseStatements(sql, o, inboxA, inboxB)) await tx.execute(statement);
    if (o.totalMessages > 0) {
      const [row] = await queryRows<{ n: string | number }>(tx, sql`select count(*) as n from messages`);
      const missing = o.totalMessages - Number(row?.n ?? 0);
      if (missing > 0) await tx.execute(extraMessages(sql, o, missing));
    }
    for (const index of indexes) await tx.execute(sql.raw(index.indexdef));
    if (o.articles > 0) await tx.execute(articleStatement(sql, o.articles));
  });
  await db.execute(sql`analyze`);
  const [c] = await queryRows<Record<keyof DatasetCounts, string | number>>(
    db,
    sql`select (select count(*) from conversations) as conversations, (select count(*) from messages) as messages, (select count(*) from agent_turns) as "agentTurns",
      (select count(*) from handoffs) as handoffs, (select count(*) from csat_surveys) as "csatSurveys", (select count(*) from audit_events) as "auditEvents",
      (select count(*) from knowledge_articles) as articles`,
  );
  const counts = Object.fromEntries(Object.entries(c ?? {}).map(([k, v]) => [k, Number(v)])) as DatasetCounts;
  return { inboxA, inboxB, adminId, counts, generateMs: Date.now() - started, options: o };
}

export function describeDataset(d: Dataset): string {
  const f = (n: number) => n.toLocaleString("en-US");
  const c = d.counts;
  return `${f(c.conversations)} conversations, ${f(c.messages)} messages, ${f(c.agentTurns)} turns, ${f(c.handoffs)} handoffs, ${f(c.csatSurveys)} surveys, ${f(c.auditEvents)} audit events${c.articles ? `, ${f(c.articles)} knowledge articles` : ""} — generated in ${(d.generateMs / 1000).toFixed(1)} s`;
}

// What was said, by sender: customers ask about their intent (with their order number), the
// assistant and people answer. Chosen per message from the row's own random draw.
function messageBody(sql: typeof sqlTag, sender: string, intent: string, n: string, r: string): SQL {
  const s = sql.raw(sender);
  const i = sql.raw(intent);
  const nn = sql.raw(n);
  const rr = sql.raw(r);
  return sql`case ${s}
    when 'customer' then (case ${i}
        when 'order_status' then (array['Where is my order', 'Hi, any news about my order', 'My order has not arrived yet, order', 'Can you check the status of order'])[1 + floor(${rr} * 4)::int]
        when 'shipping' then (array['How long does shipping take for order', 'The tracking for my parcel has not moved, order', 'Which courier delivers order', 'Can I get express delivery for'])[1 + floor(${rr} * 4)::int]
        when 'refund' then (array['I want a refund for order', 'The item arrived damaged, please refund order', 'When will I get my money back for', 'Refund status of order'])[1 + floor(${rr} * 4)::int]
        when 'cancel_order' then 'Please cancel my order'
        when 'change_address' then 'I moved, please change the delivery address of order'
        when 'product_question' then 'Is this jacket waterproof? I saw it in order'
        when 'subscription' then 'Pause my coffee subscription please, linked to order'
        else 'I would like to book an appointment about order' end) || ' BN-' || ${nn}
    when 'bot' then (array['Thanks! Your order is on its way and should arrive within two days.', 'I can help with that. Could you confirm the order number?', 'Your refund has been requested; it takes 5 to 7 business days.', 'I have passed this to a colleague who will reply here shortly.'])[1 + floor(${rr} * 4)::int]
    else (array['Hi, this is Ana from the support team, I am looking into it now.', 'I have checked with the warehouse: the parcel left yesterday.', 'Done, the refund is approved. Anything else I can do?', 'Sorry for the wait, your new address is saved.'])[1 + floor(${rr} * 4)::int]
  end`;
}

// Earlier back-and-forth with the assistant, inside each conversation's first 90 seconds (after the
// assistant's first answer, before the customer's second message), round-robin over conversations.
function extraMessages(sql: typeof sqlTag, o: Required<DatasetOptions>, count: number): SQL {
  const body = o.messageBodies ? messageBody(sql, "case when g.k % 2 = 0 then 'customer' else 'bot' end", "p.intent", "p.n", "random()") : sql`null`;
  return sql`insert into messages (conversation_id, direction, sender, type, body, status, sent_at, created_at)
    select p.id, case when g.k % 2 = 0 then 'inbound' else 'outbound' end, case when g.k % 2 = 0 then 'customer' else 'bot' end, 'text', ${body},
      case when g.k % 2 = 0 then 'received' else 'read' end,
      p.created_at + (15 + least(g.k, 60)) * interval '1 second', p.created_at + (15 + least(g.k, 60)) * interval '1 second'
    from (select i, (i - 1) / ${o.conversations} as k, 1 + (i - 1) % ${o.conversations} as n from generate_series(1, ${count}) as i) g
    join plan p on p.n = g.n`;
}

// Knowledge articles: a topic (title words and a few of its words in the body) plus filler words
// from a large vocabulary, so a question matches the articles of its topic, as in a real base.
function articleStatement(sql: typeof sqlTag, count: number): SQL {
  const topics: Record<string, string[]> = {
    en: ["shipping times delivery courier", "tracking parcel lost package", "refund money back return", "damaged item broken replacement", "cancel order cancellation", "change delivery address moving", "payment card declined invoice", "subscription pause skip coffee", "booking appointment reschedule visit", "warranty repair guarantee", "size guide fit exchange", "voucher discount code promotion", "customs duties international", "opening hours store contact", "privacy data account deletion", "stock availability restock"],
    fr: ["délai livraison transporteur", "suivi colis perdu", "remboursement retour argent", "article endommagé cassé remplacement", "annuler commande annulation", "changer adresse livraison", "paiement carte refusée facture", "abonnement pause café", "rendez-vous réservation reporter", "garantie réparation", "guide tailles échange", "bon réduction code promo", "douane frais international", "horaires magasin contact", "données personnelles compte suppression", "stock disponibilité"],
    de: ["lieferzeit versand zusteller", "sendungsverfolgung paket verloren", "rückerstattung geld rücksendung", "beschädigt kaputt ersatz", "bestellung stornieren", "lieferadresse ändern umzug", "zahlung karte abgelehnt rechnung", "abo pausieren kaffee", "termin buchung verschieben", "garantie reparatur", "größentabelle umtausch", "gutschein rabatt code", "zoll gebühren international", "öffnungszeiten filiale kontakt", "datenschutz konto löschen", "lagerbestand verfügbarkeit"],
    nl: ["levertijd verzending bezorger", "pakket volgen kwijt", "terugbetaling retour geld", "beschadigd kapot vervanging", "bestelling annuleren", "bezorgadres wijzigen verhuizen", "betaling kaart geweigerd factuur", "abonnement pauzeren koffie", "afspraak boeken verzetten", "garantie reparatie", "maattabel ruilen", "kortingscode voucher", "douane kosten internationaal", "openingstijden winkel contact", "privacy account verwijderen", "voorraad beschikbaarheid"],
    es: ["plazo envío mensajero", "seguimiento paquete perdido", "reembolso devolución dinero", "artículo dañado roto reemplazo", "cancelar pedido", "cambiar dirección entrega", "pago tarjeta rechazada factura", "suscripción pausar café", "cita reserva cambiar", "garantía reparación", "guía tallas cambio", "cupón descuento código", "aduana tasas internacional", "horario tienda contacto", "privacidad cuenta borrar", "stock disponibilidad"],
    pt: ["prazo entrega transportadora", "rastreio encomenda perdida", "reembolso devolução dinheiro", "artigo danificado partido substituição", "cancelar encomenda", "alterar morada entrega", "pagamento cartão recusado fatura", "assinatura pausar café", "marcação reagendar visita", "garantia reparação", "guia tamanhos troca", "vale desconto código", "alfândega taxas internacional", "horário loja contacto", "privacidade conta apagar", "stock disponibilidade"],
  };
  const topicArray = (locale: string) => sql.raw(`array[${topics[locale]!.map((t) => `'${t.replace(/'/g, "''")}'`).join(",")}]`);
  return sql`insert into knowledge_articles (slug, title, body, status, locale, regions, effective_from, effective_until)
    select 'bench-' || a.n, initcap(a.topic) || ' (' || a.n || ')',
      a.topic || '. ' || (select string_agg(case when random() < 0.08 then split_part(a.topic, ' ', 1 + floor(random() * 2)::int) else 'w' || floor(random() * 3000)::int end, ' ' order by g)
        from generate_series(1, 90 + a.n % 60) as g where a.n > 0) || '.',
      a.status, a.locale, a.regions, a.effective_from, a.effective_until
    from (
      select n, l.locale,
        (case l.locale when 'en' then ${topicArray("en")} when 'fr' then ${topicArray("fr")} when 'de' then ${topicArray("de")} when 'nl' then ${topicArray("nl")} when 'es' then ${topicArray("es")} else ${topicArray("pt")} end)[1 + n % 16] as topic,
        case when n % 10 < 8 then 'published' when n % 10 = 8 then 'draft' else 'archived' end as status,
        case when n % 7 = 0 then array['DE','AT'] when n % 11 = 0 then array['FR'] else '{}'::text[] end as regions,
        case when n % 13 = 0 then current_date - 30 end as effective_from,
        case when n % 17 = 0 then current_date - 1 end as effective_until
      from generate_series(1, ${count}) as n
      cross join lateral (select (array['en','en','en','en','fr','de','nl','es','pt','fr'])[1 + (n / 16) % 10] as locale) l
    ) a`;
}

// The dataset, set-based. `plan` holds one row per conversation with its random draws; every other
// table is derived from it.
function baseStatements(sql: typeof sqlTag, o: Required<DatasetOptions>, inboxA: string, inboxB: string) {
  const intents = sql.raw(`array['order_status','order_status','order_status','shipping','shipping','refund','refund','cancel_order','change_address','product_question','subscription','booking']`);
  const reasons = sql.raw(
    `array['customer_requested_human','customer_requested_human','customer_requested_human','low_confidence','low_confidence','negative_sentiment','high_risk_topic','failed_lookups','over_threshold','vip_customer','integration_error','outside_business_hours','rule_matched']`,
  );
  return [
    sql`create temp table plan on commit drop as
      select n,
        md5('conversation:' || n)::uuid as id,
        case when random() < 0.7 then ${inboxA}::uuid else ${inboxB}::uuid end as inbox_id,
        now() - random() * interval '${sql.raw(String(o.days))} days' as created_at,
        (${intents})[1 + floor(random() * 12)::int] as intent,
        random() as r_kind, random() as r2, random() as r3, random() as r4,
        1 + floor(random() * ${o.returningContacts})::int as returning_contact
      from generate_series(1, ${o.conversations}) as n`,
    sql`alter table plan add column kind text, add column resolved boolean, add column contact_n int`,
    sql`update plan set
        kind = case when r_kind < 0.55 then 'bot' when r_kind < 0.78 then 'escalated' when r_kind < 0.83 then 'human' else 'open' end,
        resolved = r_kind < 0.55 or (r_kind < 0.83 and r2 < 0.85)`,
    // Open conversations get a contact of their own (one live conversation per customer and number).
    sql`update plan set contact_n = case when resolved then returning_contact else ${o.returningContacts} + n end`,
    sql`insert into contacts (id, wa_id, name, created_at)
      select md5('contact:' || k)::uuid, (4915100000000 + k)::text, 'Customer ' || k, now() - interval '200 days'
      from (select distinct contact_n as k from plan) c`,
    sql`insert into conversations (id, inbox_id, contact_id, status, owner, intent, created_at, updated_at, resolved_at, last_message_at, last_customer_message_at)
      select id, inbox_id, md5('contact:' || contact_n)::uuid,
        case when resolved then 'resolved' else 'open' end,
        case when kind in ('escalated', 'human') then 'human' else 'bot' end,
        case when r3 < 0.06 then null else intent end,
        created_at, created_at,
        case when resolved then created_at + (case when kind = 'bot' then 3 + r3 * 60 else 20 + r3 * 600 end) * interval '1 minute' end,
        created_at + interval '3 minutes', created_at + interval '2 minutes'
      from plan`,
    // Messages: customer, bot, customer, bot; then, with a person, their replies and the customer's.
    sql`insert into messages (conversation_id, direction, sender, type, body, status, sent_at, created_at)
      select p.id, m.direction, m.sender, 'text', ${o.messageBodies ? sql`${messageBody(sql, "m.sender", "p.intent", "p.n", "p.r2")}` : sql`null`}, case when m.direction = 'inbound' then 'received' else 'read' end, m.at, m.at
      from plan p
      cross join lateral (values
        ('inbound', 'customer', p.created_at, true),
        ('outbound', 'bot', p.created_at + (1 + p.r2 * 12) * interval '1 second', p.kind <> 'human'),
        ('inbound', 'customer', p.created_at + interval '90 seconds', true),
        ('outbound', 'bot', p.created_at + (95 + p.r4 * 20) * interval '1 second', p.kind <> 'human'),
        ('outbound', 'agent', p.created_at + interval '3 minutes' + (30 + power(p.r2, 2) * 3600 + p.r3 * 300) * interval '1 second', p.kind = 'escalated' and p.r4 < 0.85),
        ('inbound', 'customer', p.created_at + interval '3 minutes' + (90 + power(p.r2, 2) * 3600 + p.r3 * 300) * interval '1 second', p.kind in ('escalated', 'human')),
        ('outbound', 'agent', p.created_at + interval '3 minutes' + (150 + power(p.r2, 2) * 3600 + p.r3 * 300) * interval '1 second', p.kind in ('escalated', 'human') and p.r4 < 0.85),
        ('outbound', 'agent', p.created_at + (60 + p.r3 * 1800) * interval '1 second', p.kind = 'human'),
        ('outbound', 'agent', p.created_at + (65 + p.r3 * 1800) * interval '1 second', p.kind <> 'bot' and p.r2 > 0.9)
      ) as m(direction, sender, at, included)
      where m.included`,
    sql`update messages set is_private_note = true where sender = 'agent' and sent_at - date_trunc('minute', sent_at) < interval '2 seconds'`,
    sql`insert into agent_turns (conversation_id, status, inbound_count, intent, confidence, outcome, started_at, finished_at)
      select p.id, 'completed', 1, p.intent, 0.5 + p.r3 / 2, t.outcome, t.started, t.finished
      from plan p
      cross join lateral (values
        (p.created_at + interval '500 milliseconds', p.created_at + (2 + p.r2 * 12) * interval '1 second', case when p.kind = 'human' then 'human_owner' else 'answered' end),
        (p.created_at + interval '91 seconds', p.created_at + (96 + p.r4 * 20) * interval '1 second',
          case when p.kind = 'human' then 'human_owner' when p.kind = 'escalated' then 'handoff:' || (${reasons})[1 + floor(p.r3 * 13)::int] else 'answered' end)
      ) as t(started, finished, outcome)`,
    sql`insert into handoffs (conversation_id, reason, packet, status, accepted_at, created_at)
      select p.id, (${reasons})[1 + floor(p.r3 * 13)::int],
        jsonb_build_object(
          'summary', 'Customer needs help', 'customerAsked', 'Help', 'requestedResolution', '', 'linksSent', '[]'::jsonb,
          'sentiment', 'neutral', 'urgency', 'normal', 'reason', (${reasons})[1 + floor(p.r3 * 13)::int], 'draftReply', '',
          'identifiers', case when p.r4 < 0.2 then '[]'::jsonb else jsonb_build_array(jsonb_build_object('kind', 'order', 'value', 'SO-' || p.n, 'verified', p.r4 > 0.5)) end,
          'stepsTried', case when p.r4 between 0.2 and 0.35 then '[]'::jsonb else jsonb_build_array(jsonb_build_object('step', 'get_order', 'result', 'found')) end,
          'suggestedAction', case when p.r4 > 0.92 then '' else 'Check the order and reply' end
        ),
        case when p.r4 < 0.85 then (case when p.resolved then 'closed' else 'accepted' end) else (case when p.resolved then 'closed' else 'waiting' end) end,
        case when p.r4 < 0.85 then p.created_at + interval '3 minutes' + (20 + power(p.r2, 2) * 3600) * interval '1 second' end,
        p.created_at + interval '3 minutes'
      from plan p where p.kind = 'escalated'`,
    sql`insert into csat_surveys (conversation_id, sent_at, score, answered_at)
      select p.id, c.resolved_at + interval '1 minute',
        case when p.r3 < 0.45 then least(5, 1 + floor(power(p.r2, 0.45) * 5))::int end,
        case when p.r3 < 0.45 then c.resolved_at + interval '10 minutes' end
      from plan p join conversations c on c.id = p.id
      where p.resolved and p.r4 < 0.6`,
    // 2% of the assistant's resolutions reopened by a person.
    sql`insert into audit_events (at, actor_type, action, target_type, target_id, data, prev_hash, hash)
      select c.resolved_at + p.r2 * interval '3 days', 'user', 'conversation.reopened', 'conversation', p.id::text, '{}'::jsonb, 'bench', 'bench'
      from plan p join conversations c on c.id = p.id
      where p.kind = 'bot' and p.r3 > 0.98`,
    // The shop side: orders the assistant cancelled (8% re-opened later) and refunds it requested (6% rejected).
    sql`insert into shop_customers (id, email, name, phone, country, language, tier, address_line, city, postcode, created_at)
      values ('00000000-0000-4000-8000-000000000001', 'bench@shop.local', 'Bench Customer', '+4915199999999', 'DE', 'de', 'standard', 'Hauptstr. 1', 'Berlin', '10115', now() - interval '1 year')`,
    sql`insert into orders (id, number, customer_id, state, currency, total_cents, shipping_cents, shipping_method, shipping_address, placed_at, updated_at)
      select md5('order:' || p.n)::uuid, 'BN-' || p.n, '00000000-0000-4000-8000-000000000001',
        case when p.r2 < 0.08 then 'processing' else 'cancelled' end, 'EUR', 4900, 0, 'standard',
        '{"line":"Hauptstr. 1","city":"Berlin","postcode":"10115","country":"DE"}'::jsonb, p.created_at - interval '3 days',
        case when p.r2 < 0.08 then c.resolved_at + p.r3 * interval '6 days' else p.created_at + interval '100 seconds' end
      from plan p join conversations c on c.id = p.id
      where p.kind = 'bot' and p.intent in ('cancel_order', 'refund') and p.r4 < 0.5`,
    sql`insert into refunds (id, order_id, amount_cents, reason, status, created_at)
      select md5('refund:' || p.n)::uuid, md5('order:' || p.n)::uuid, 4900, 'Customer request', case when p.r2 > 0.94 then 'rejected' else 'requested' end, p.created_at + interval '100 seconds'
      from plan p
      where p.kind = 'bot' and p.intent = 'refund' and p.r4 < 0.5`,
    sql`insert into audit_events (at, actor_type, action, target_type, target_id, data, prev_hash, hash)
      select p.created_at + interval '101 seconds', 'bot',
        case when p.intent = 'cancel_order' then 'agent.tool.cancel_order' else 'agent.tool.request_refund' end,
        'conversation', p.id::text,
        jsonb_build_object('input', jsonb_build_object('orderNumber', 'BN-' || p.n), 'status', 'executed',
          'outcome', jsonb_build_object('ok', true, 'data', jsonb_build_object('orderNumber', 'BN-' || p.n,
            'refund', case when p.intent = 'refund' then jsonb_build_object('refundId', md5('refund:' || p.n)::uuid::text) end))),
        'bench', 'bench'
      from plan p
      where p.kind = 'bot' and p.intent in ('cancel_order', 'refund') and p.r4 < 0.5`,
  ];
}

