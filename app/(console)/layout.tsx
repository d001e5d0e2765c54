import { AppShell } from "@/components/shell/app-shell";
import { TemporaryPasswordNotice } from "@/components/shell/temporary-password-notice";
import { isPasswordTemporary } from "@/lib/account/is-password-temporary";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { db } from "@/lib/db/client";
import { signOutAction } from "./actions";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  const temporaryPassword = await isPasswordTemporary(db(), user.id);
  return (
    <AppShell user={user} signOutAction={signOutAction}>
      {temporaryPassword ? <TemporaryPasswordNotice /> : null}
      {children}
    </AppShell>
  );
}
