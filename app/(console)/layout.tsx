import { AppShell } from "@/components/shell/app-shell";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { signOutAction } from "./actions";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  return (
    <AppShell user={user} signOutAction={signOutAction}>
      {children}
    </AppShell>
  );
}
