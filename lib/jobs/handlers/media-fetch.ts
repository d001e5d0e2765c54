import { channelRuntime } from "@/lib/channel/channel-runtime";
import { fetchInboundMedia } from "@/lib/channel/media/fetch-inbound-media";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { publish } from "@/lib/realtime/publish";

export async function mediaFetch({ mediaId }: { mediaId: string }): Promise<void> {
  const runtime = channelRuntime();
  const result = await fetchInboundMedia(db(), mediaId, { client: runtime.client, storage: runtime.storage, maxBytes: env().MEDIA_MAX_BYTES });
  if (result.status !== "already_done" && result.conversationId && result.inboxId && result.messageId) {
    publish({ type: "message.updated", conversationId: result.conversationId, inboxId: result.inboxId, messageId: result.messageId, changes: { media: result.status } });
  }
}
