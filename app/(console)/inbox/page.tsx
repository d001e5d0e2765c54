import type { Metadata } from "next";
import { ConversationTable } from "@/components/inbox/conversation-table";
import { QueueTabs } from "@/components/inbox/queue-tabs";
import { PageContainer, PageHeader } from "@/components/shell/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { listConversations } from "@/lib/conversation/list-conversations";
import { db } from "@/lib/db/client";
import { conversationQueueSchema } from "@/lib/validation/conversations";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage({ searchParams }: { searchParams: Promise<{ queue?: string }> }) {
  await requirePageUser(undefined, "/inbox");
  const params = await searchParams;
  const queue = conversationQueueSchema.catch("needs_human").parse(params.queue ?? "needs_human");
  const conversations = await listConversations(db(), { queue, limit: 100 });
  return (
    <PageContainer>
      <PageHeader title="Inbox" description="Conversations from WhatsApp, with the ones waiting for a person first." />
      <QueueTabs active={queue} />
      <ConversationTable conversations={conversations} queue={queue} now={new Date()} />
    </PageContainer>
  );
}
