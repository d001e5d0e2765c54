import { afterIngest } from "@/lib/channel/after-ingest";
import { drainInboundWebhooks } from "@/lib/channel/ingest/drain-inbound-webhooks";
import { db } from "@/lib/db/client";

export async function webhookIngest(): Promise<void> {
  await drainInboundWebhooks(db(), { onBatch: afterIngest });
}
