-- Metrics rollup (lib/metrics/refresh-metric-facts.ts): one row of window-independent facts per
-- conversation, and the ids whose facts are out of date. Triggers mark a conversation stale when
-- anything its facts are computed from changes; the metrics functions recompute the stale rows
-- before they read. A mark is `insert … on conflict do update … where false`: it inserts the id, or
-- locks the existing row until the writer commits, so a refresh (which takes rows with
-- `for update skip locked`) never consumes a mark whose change it cannot see yet.
CREATE TABLE "conversation_metric_facts" (
	"conversation_id" uuid PRIMARY KEY NOT NULL,
	"inbox_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"resolved_at" timestamp with time zone,
	"intent" text NOT NULL,
	"first_customer_at" timestamp with time zone,
	"first_bot_at" timestamp with time zone,
	"first_useful_bot_at" timestamp with time zone,
	"first_human_at" timestamp with time zone,
	"first_handoff_at" timestamp with time zone,
	"escalation_reason" text,
	"resolved" boolean NOT NULL,
	"bot_resolved" boolean NOT NULL,
	"csat_sent" boolean NOT NULL,
	"csat_score" integer,
	"first_reopened_at" timestamp with time zone,
	"next_contact_at" timestamp with time zone,
	"first_reversal_at" timestamp with time zone,
	"bot_response_s" double precision,
	"bot_useful_s" double precision,
	"human_response_s" double precision,
	"handoffs" integer NOT NULL,
	"handoffs_complete" integer NOT NULL,
	"handoffs_with_identifiers" integer NOT NULL,
	"handoffs_with_steps" integer NOT NULL,
	"handoffs_with_suggested_action" integer NOT NULL,
	"handoffs_picked_up" integer NOT NULL,
	"handoffs_waiting" integer NOT NULL,
	"handoff_pickup_s" double precision[] NOT NULL,
	"first_pickup_s" double precision,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "conversation_metric_facts_created_idx" ON "conversation_metric_facts" USING btree ("created_at");
--> statement-breakpoint
CREATE TABLE "metric_facts_stale" (
	"conversation_id" uuid PRIMARY KEY NOT NULL
);
--> statement-breakpoint
-- Lookups the shop triggers need: the conversations whose audited cancel names an order number, and
-- those whose audited refund names a refund id.
CREATE INDEX "audit_events_metrics_order_idx" ON "audit_events" USING btree ((data->'input'->>'orderNumber')) WHERE action = 'agent.tool.cancel_order';
--> statement-breakpoint
CREATE INDEX "audit_events_metrics_refund_idx" ON "audit_events" USING btree ((data->'outcome'->'data'->'refund'->>'refundId')) WHERE action in ('agent.tool.cancel_order', 'agent.tool.request_refund');
--> statement-breakpoint
-- Statement level, for INSERT (new table) and DELETE (old table) of rows with a conversation_id.
CREATE FUNCTION "metric_facts_mark_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO metric_facts_stale (conversation_id)
	SELECT DISTINCT conversation_id FROM changed_rows ORDER BY 1
	ON CONFLICT (conversation_id) DO UPDATE SET conversation_id = excluded.conversation_id WHERE false;
	RETURN NULL;
END
$$;
--> statement-breakpoint
-- Row level, for UPDATE of the columns that matter (filtered by each trigger's WHEN).
CREATE FUNCTION "metric_facts_mark_row_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO metric_facts_stale (conversation_id)
	SELECT DISTINCT id FROM (VALUES (NEW.conversation_id), (OLD.conversation_id)) AS v(id) ORDER BY 1
	ON CONFLICT (conversation_id) DO UPDATE SET conversation_id = excluded.conversation_id WHERE false;
	RETURN NULL;
END
$$;
--> statement-breakpoint
-- Conversations inserted or deleted: themselves, and the same contact's earlier conversations (whose
-- recontact depends on the later ones).
CREATE FUNCTION "metric_facts_mark_conversations"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO metric_facts_stale (conversation_id)
	SELECT id FROM (
		SELECT n.id FROM changed_rows n
		UNION
		SELECT c.id FROM changed_rows n JOIN conversations c ON c.contact_id = n.contact_id AND c.created_at < n.created_at
	) s ORDER BY 1
	ON CONFLICT (conversation_id) DO UPDATE SET conversation_id = excluded.conversation_id WHERE false;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "metric_facts_mark_conversation_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.contact_id IS DISTINCT FROM OLD.contact_id OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
		INSERT INTO metric_facts_stale (conversation_id)
		SELECT id FROM (
			SELECT NEW.id AS id
			UNION SELECT c.id FROM conversations c WHERE c.contact_id = OLD.contact_id AND c.created_at < OLD.created_at
			UNION SELECT c.id FROM conversations c WHERE c.contact_id = NEW.contact_id AND c.created_at < NEW.created_at
		) s ORDER BY 1
		ON CONFLICT (conversation_id) DO UPDATE SET conversation_id = excluded.conversation_id WHERE false;
	ELSE
		INSERT INTO metric_facts_stale (conversation_id) VALUES (NEW.id)
		ON CONFLICT (conversation_id) DO UPDATE SET conversation_id = excluded.conversation_id WHERE false;
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "metric_facts_mark_audit_target"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO metric_facts_stale (conversation_id) VALUES (NEW.target_id::uuid)
	ON CONFLICT (conversation_id) DO UPDATE SET conversation_id = excluded.conversation_id WHERE false;
	RETURN NULL;
END
$$;
--> statement-breakpoint
-- An order changed: the conversations whose executed cancel named it (audit_events_metrics_order_idx).
CREATE FUNCTION "metric_facts_mark_order"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	numbers text[] := '{}';
BEGIN
	IF TG_OP <> 'DELETE' THEN numbers := numbers || NEW.number; END IF;
	IF TG_OP <> 'INSERT' THEN numbers := numbers || OLD.number; END IF;
	INSERT INTO metric_facts_stale (conversation_id)
	SELECT DISTINCT a.target_id::uuid FROM audit_events a
	WHERE a.action = 'agent.tool.cancel_order' AND (a.data->'input'->>'orderNumber') = ANY (numbers)
		AND a.target_id ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
	ORDER BY 1
	ON CONFLICT (conversation_id) DO UPDATE SET conversation_id = excluded.conversation_id WHERE false;
	RETURN NULL;
END
$$;
--> statement-breakpoint
-- A refund changed: the conversations whose executed call returned it (audit_events_metrics_refund_idx).
CREATE FUNCTION "metric_facts_mark_refund"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	ids text[] := '{}';
BEGIN
	IF TG_OP <> 'DELETE' THEN ids := ids || NEW.id::text; END IF;
	IF TG_OP <> 'INSERT' THEN ids := ids || OLD.id::text; END IF;
	INSERT INTO metric_facts_stale (conversation_id)
	SELECT DISTINCT a.target_id::uuid FROM audit_events a
	WHERE a.action in ('agent.tool.cancel_order', 'agent.tool.request_refund') AND (a.data->'outcome'->'data'->'refund'->>'refundId') = ANY (ids)
		AND a.target_id ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
	ORDER BY 1
	ON CONFLICT (conversation_id) DO UPDATE SET conversation_id = excluded.conversation_id WHERE false;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "conversations_metric_facts_insert" AFTER INSERT ON "conversations" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION metric_facts_mark_conversations();
--> statement-breakpoint
CREATE TRIGGER "conversations_metric_facts_delete" AFTER DELETE ON "conversations" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION metric_facts_mark_conversations();
--> statement-breakpoint
CREATE TRIGGER "conversations_metric_facts_update" AFTER UPDATE OF inbox_id, contact_id, status, intent, resolved_at, created_at ON "conversations" FOR EACH ROW
	WHEN (OLD.inbox_id IS DISTINCT FROM NEW.inbox_id OR OLD.contact_id IS DISTINCT FROM NEW.contact_id OR OLD.status IS DISTINCT FROM NEW.status
		OR OLD.intent IS DISTINCT FROM NEW.intent OR OLD.resolved_at IS DISTINCT FROM NEW.resolved_at OR OLD.created_at IS DISTINCT FROM NEW.created_at)
	EXECUTE FUNCTION metric_facts_mark_conversation_update();
--> statement-breakpoint
CREATE TRIGGER "messages_metric_facts_insert" AFTER INSERT ON "messages" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION metric_facts_mark_rows();
--> statement-breakpoint
CREATE TRIGGER "messages_metric_facts_delete" AFTER DELETE ON "messages" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION metric_facts_mark_rows();
--> statement-breakpoint
CREATE TRIGGER "messages_metric_facts_update" AFTER UPDATE OF conversation_id, sender, sent_at, is_private_note ON "messages" FOR EACH ROW
	WHEN (OLD.conversation_id IS DISTINCT FROM NEW.conversation_id OR OLD.sender IS DISTINCT FROM NEW.sender OR OLD.sent_at IS DISTINCT FROM NEW.sent_at
		OR OLD.is_private_note IS DISTINCT FROM NEW.is_private_note)
	EXECUTE FUNCTION metric_facts_mark_row_update();
--> statement-breakpoint
CREATE TRIGGER "agent_turns_metric_facts_insert" AFTER INSERT ON "agent_turns" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION metric_facts_mark_rows();
--> statement-breakpoint
CREATE TRIGGER "agent_turns_metric_facts_delete" AFTER DELETE ON "agent_turns" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION metric_facts_mark_rows();
--> statement-breakpoint
CREATE TRIGGER "agent_turns_metric_facts_update" AFTER UPDATE OF conversation_id, status, outcome, started_at, finished_at ON "agent_turns" FOR EACH ROW
	WHEN (OLD.conversation_id IS DISTINCT FROM NEW.conversation_id OR OLD.status IS DISTINCT FROM NEW.status OR OLD.outcome IS DISTINCT FROM NEW.outcome
		OR OLD.started_at IS DISTINCT FROM NEW.started_at OR OLD.finished_at IS DISTINCT FROM NEW.finished_at)
	EXECUTE FUNCTION metric_facts_mark_row_update();
--> statement-breakpoint
CREATE TRIGGER "handoffs_metric_facts_insert" AFTER INSERT ON "handoffs" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION metric_facts_mark_rows();
--> statement-breakpoint
CREATE TRIGGER "handoffs_metric_facts_delete" AFTER DELETE ON "handoffs" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION metric_facts_mark_rows();
--> statement-breakpoint
CREATE TRIGGER "handoffs_metric_facts_update" AFTER UPDATE OF conversation_id, reason, created_at, status, accepted_at, packet ON "handoffs" FOR EACH ROW
	WHEN (OLD.conversation_id IS DISTINCT FROM NEW.conversation_id OR OLD.reason IS DISTINCT FROM NEW.reason OR OLD.created_at IS DISTINCT FROM NEW.created_at
		OR OLD.status IS DISTINCT FROM NEW.status OR OLD.accepted_at IS DISTINCT FROM NEW.accepted_at OR OLD.packet IS DISTINCT FROM NEW.packet)
	EXECUTE FUNCTION metric_facts_mark_row_update();
--> statement-breakpoint
CREATE TRIGGER "csat_surveys_metric_facts_insert" AFTER INSERT ON "csat_surveys" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION metric_facts_mark_rows();
--> statement-breakpoint
CREATE TRIGGER "csat_surveys_metric_facts_delete" AFTER DELETE ON "csat_surveys" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION metric_facts_mark_rows();
--> statement-breakpoint
CREATE TRIGGER "csat_surveys_metric_facts_update" AFTER UPDATE OF conversation_id, score ON "csat_surveys" FOR EACH ROW
	WHEN (OLD.conversation_id IS DISTINCT FROM NEW.conversation_id OR OLD.score IS DISTINCT FROM NEW.score)
	EXECUTE FUNCTION metric_facts_mark_row_update();
--> statement-breakpoint
CREATE TRIGGER "audit_events_metric_facts_insert" AFTER INSERT ON "audit_events" FOR EACH ROW
	WHEN (NEW.action IN ('conversation.reopened', 'agent.tool.cancel_order', 'agent.tool.request_refund')
		AND NEW.target_id ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$')
	EXECUTE FUNCTION metric_facts_mark_audit_target();
--> statement-breakpoint
CREATE TRIGGER "orders_metric_facts_insert_delete" AFTER INSERT OR DELETE ON "orders" FOR EACH ROW EXECUTE FUNCTION metric_facts_mark_order();
--> statement-breakpoint
CREATE TRIGGER "orders_metric_facts_update" AFTER UPDATE OF number, state, updated_at ON "orders" FOR EACH ROW
	WHEN (OLD.number IS DISTINCT FROM NEW.number OR OLD.state IS DISTINCT FROM NEW.state OR OLD.updated_at IS DISTINCT FROM NEW.updated_at)
	EXECUTE FUNCTION metric_facts_mark_order();
--> statement-breakpoint
CREATE TRIGGER "refunds_metric_facts_insert_delete" AFTER INSERT OR DELETE ON "refunds" FOR EACH ROW EXECUTE FUNCTION metric_facts_mark_refund();
--> statement-breakpoint
CREATE TRIGGER "refunds_metric_facts_update" AFTER UPDATE OF id, status ON "refunds" FOR EACH ROW
	WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD.status IS DISTINCT FROM NEW.status)
	EXECUTE FUNCTION metric_facts_mark_refund();
--> statement-breakpoint
-- TRUNCATE fires no row or statement triggers of the other kinds: emptying conversations empties the
-- rollup; emptying a table the facts are computed from marks every conversation stale.
CREATE FUNCTION "metric_facts_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_TABLE_NAME = 'conversations' THEN
		TRUNCATE conversation_metric_facts, metric_facts_stale;
	ELSE
		INSERT INTO metric_facts_stale (conversation_id) SELECT id FROM conversations ON CONFLICT DO NOTHING;
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "conversations_metric_facts_truncate" AFTER TRUNCATE ON "conversations" FOR EACH STATEMENT EXECUTE FUNCTION metric_facts_truncated();
--> statement-breakpoint
CREATE TRIGGER "messages_metric_facts_truncate" AFTER TRUNCATE ON "messages" FOR EACH STATEMENT EXECUTE FUNCTION metric_facts_truncated();
--> statement-breakpoint
CREATE TRIGGER "agent_turns_metric_facts_truncate" AFTER TRUNCATE ON "agent_turns" FOR EACH STATEMENT EXECUTE FUNCTION metric_facts_truncated();
--> statement-breakpoint
CREATE TRIGGER "handoffs_metric_facts_truncate" AFTER TRUNCATE ON "handoffs" FOR EACH STATEMENT EXECUTE FUNCTION metric_facts_truncated();
--> statement-breakpoint
CREATE TRIGGER "csat_surveys_metric_facts_truncate" AFTER TRUNCATE ON "csat_surveys" FOR EACH STATEMENT EXECUTE FUNCTION metric_facts_truncated();
--> statement-breakpoint
CREATE TRIGGER "audit_events_metric_facts_truncate" AFTER TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION metric_facts_truncated();
--> statement-breakpoint
CREATE TRIGGER "orders_metric_facts_truncate" AFTER TRUNCATE ON "orders" FOR EACH STATEMENT EXECUTE FUNCTION metric_facts_truncated();
--> statement-breakpoint
CREATE TRIGGER "refunds_metric_facts_truncate" AFTER TRUNCATE ON "refunds" FOR EACH STATEMENT EXECUTE FUNCTION metric_facts_truncated();
--> statement-breakpoint
-- Existing conversations: every one is stale, so the first metrics read computes them all.
INSERT INTO "metric_facts_stale" ("conversation_id") SELECT "id" FROM "conversations" ON CONFLICT DO NOTHING;
