import type { Metadata } from "next";
import { Forbidden } from "@/components/shell/forbidden";
import { auth } from "@/lib/auth/auth";

export const metadata: Metadata = { title: "No access" };

// Rendered with HTTP 403 whenever a page calls forbidden() (lib/auth/require-page-user.ts).
export default async function ForbiddenPage() {
  const session = await auth();
  return (
    <main id="main" className="flex min-h-svh items-center justify-center p-6">
      <Forbidden role={session?.user?.role} />
    </main>
  );
}
