import type { Metadata } from "next";
import { RulesEditor } from "@/components/admin/rules/rules-editor";
import { PageContainer, PageHeader } from "@/components/shell/page-header";
import { HIGH_RISK_TOPICS } from "@/lib/agent/escalation/high-risk-topic-lexicon";
import { listRules } from "@/lib/admin/rules/list-rules";
import { INTENT_IDS } from "@/lib/ai/offline/nlu/intents";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { db } from "@/lib/db/client";
import { CONTACT_TIERS, LANGUAGES, PRIORITIES } from "@/lib/db/enums";

export const metadata: Metadata = { title: "Escalation rules" };
export const dynamic = "force-dynamic";

export default async function RulesPage() {
  await requirePageUser(["admin"], "/admin/rules");
  const initial = await listRules(db());
  return (
    <PageContainer>
      <PageHeader title="Escalation rules" description="When the assistant hands a conversation to people, to which team, and with what priority, labels and message. Changes apply from the next customer message." />
      <RulesEditor
        initial={initial}
        options={{ intents: [...INTENT_IDS, "out_of_scope"], topics: [...HIGH_RISK_TOPICS], tiers: [...CONTACT_TIERS], priorities: [...PRIORITIES], languages: [...LANGUAGES] }}
      />
    </PageContainer>
  );
}
