import type { Metadata } from "next";
import { PeopleAdmin } from "@/components/admin/people/people-admin";
import { PageContainer, PageHeader } from "@/components/shell/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { db } from "@/lib/db/client";
import { listApiTokens } from "@/lib/people/list-api-tokens";
import { listPeople } from "@/lib/people/list-people";

export const metadata: Metadata = { title: "People and API" };

// Admins only: supervisors see reports but do not manage people or tokens.
export default async function PeopleAdminPage() {
  const user = await requirePageUser(["admin"], "/admin/people");
  const [directory, tokens] = await Promise.all([listPeople(db()), listApiTokens(db())]);
  return (
    <PageContainer>
      <PageHeader title="People and API" description="Who can sign in and in which role, the teams handoffs go to, and tokens for the REST API." />
      <PeopleAdmin initialDirectory={directory} initialTokens={tokens} currentUserId={user.id} />
    </PageContainer>
  );
}
