import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { PageContainer, PageHeader } from "@/components/shell/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/account";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

// Every signed-in person, whatever their role: their own password.
export default async function AccountPage() {
  const user = await requirePageUser(undefined, "/account");
  return (
    <PageContainer className="max-w-2xl">
      <PageHeader title="Your account" description={`Signed in as ${user.name} (${user.email}).`} />
      <ChangePasswordForm minLength={PASSWORD_MIN_LENGTH} />
    </PageContainer>
  );
}
