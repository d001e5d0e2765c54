import type { JobHandlers } from "../job-runner";
import { conversationTurn } from "./conversation-turn";
import { maintenanceSweep } from "./maintenance-sweep";
import { mediaFetch } from "./media-fetch";
import { metricsRefresh } from "./metrics-refresh";
import { outboxSend } from "./outbox-send";
import { webhookIngest } from "./webhook-ingest";

export const jobHandlers: JobHandlers = {
  "maintenance.sweep": maintenanceSweep,
  "conversation.turn": conversationTurn,
  "outbox.send": outboxSend,
  "media.fetch": mediaFetch,
  "webhook.ingest": webhookIngest,
  "metrics.refresh": metricsRefresh,
};
