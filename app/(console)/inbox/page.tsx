import type { Metadata } from "next";
import { InboxWorkspace } from "@/components/inbox/inbox-workspace";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { conversationIdSchema } from "@/lib/validation/messages";
import { conversationQueueSchema, listConversationsQuerySchema } from "@/lib/validation/conversations";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser(undefined, "/inbox");
  const params = await searchParams;
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  // A bad or stale link falls back to the defaults instead of an error page.
  const parsed = listConversationsQuerySchema.safeParse(Object.fromEntries(Object.entries(params).map(([key, value]) => [key, single(value)])));
  const { queue, limit: _limit, ...filters } = parsed.success ? parsed.data : { queue: conversationQueueSchema.parse("needs_human"), limit: 100 };
  const conversationId = conversationIdSchema.safeParse(single(params.c));
  return (
    <InboxWorkspace
      user={{ id: user.id, name: user.name, role: user.role }}
      initialQueue={single(params.queue) ? queue : "needs_human"}
      initialFilters={filters}
      initialConversationId={conversationId.success ? conversationId.data : null}
    />
  );
}
