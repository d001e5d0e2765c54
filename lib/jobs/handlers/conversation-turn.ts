import { acknowledgeInbound } from "@/lib/channel/acknowledge-inbound";
import { channelRuntime } from "@/lib/channel/channel-runtime";
import { processConversationTurn } from "@/lib/conversation/process-turn";
import { turnResponder } from "@/lib/conversation/turn-responder";
import { db } from "@/lib/db/client";
import { loadBurstWindowMs } from "@/lib/admin/settings/load-burst-window";
import { enqueue } from "../job-runner";

export async function conversationTurn({ conversationId }: { conversationId: string }): Promise<void> {
  const result = await processConversationTurn(db(), conversationId, {
    burstWindowMs: await loadBurstWindowMs(db),
    responder: turnResponder(),
    acknowledge: (id, waMessageId, botWillAnswer) => acknowledgeInbound(db(), channelRuntime().client, id, waMessageId, { typing: botWillAnswer }),
  });
  if (result.kind === "burst_open") {
    await enqueue("conversation.turn", { conversationId }, { singletonKey: conversationId, startAfter: result.retryAt });
  }
}
