import type { Metadata } from "next";
import { AssistantSettings } from "@/components/admin/assistant/assistant-settings";
import { PageContainer, PageHeader } from "@/components/shell/page-header";
import { getAssistantSettings } from "@/lib/admin/settings/get-assistant-settings";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Assistant settings" };
export const dynamic = "force-dynamic";

export default async function AssistantSettingsPage() {
  await requirePageUser(["admin"], "/admin/assistant");
  const initial = await getAssistantSettings(db());
  return (
    <PageContainer>
      <PageHeader title="Assistant settings" description="What the assistant may do on its own, when the team is there, how it speaks, which model writes its replies, how handoffs are assigned, the satisfaction survey and the metrics' correctness window. Every change is recorded and can be reverted; it applies from the next customer message, handoff or resolution." />
      <AssistantSettings initial={initial} />
    </PageContainer>
  );
}
