import { cookies } from "next/headers";

import { BrandMark, PRODUCT_NAME } from "@/components/shell/brand";
import { DesktopSidebar } from "@/components/shell/desktop-sidebar";
import { MobileNav } from "@/components/shell/mobile-nav";
import { SIDEBAR_COOKIE } from "@/components/shell/nav-items";
import { UserMenu, type ShellUser } from "@/components/shell/user-menu";

export type AppShellProps = {
  user: ShellUser;
  /** A server action that signs the user out (called from a <form>). */
  signOutAction: () => Promise<void>;
  children: React.ReactNode;
};

/**
 * The signed-in console frame: skip link, a role-filtered sidebar on md+ (collapsible, remembered in a
 * cookie), a top bar with the mobile navigation drawer and the account menu, and `<main id="main">`.
 *
 * A Server Component (it reads the sidebar cookie). `main` is full-bleed with no padding so pages like
 * the inbox can lay out their own panes; use `PageContainer` from `page-header.tsx` for padded pages.
 */
export async function AppShell({ user, signOutAction, children }: AppShellProps) {
  const sidebarCollapsed = (await cookies()).get(SIDEBAR_COOKIE)?.value === "1";

  return (
    <div className="flex min-h-svh w-full">
      <a
        href="#main"
        className="fixed top-2 left-2 z-[60] -translate-y-16 rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground shadow-md transition-transform focus:translate-y-0"
      >
        Skip to content
      </a>

      <DesktopSidebar role={user.role} defaultCollapsed={sidebarCollapsed} />

      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-40 flex h-14 shrink-0 items-center gap-2 border-b bg-background/95 px-3 backdrop-blur supports-[backdrop-filter]:bg-background/80 sm:px-4">
          <MobileNav role={user.role} />
          <div className="flex min-w-0 items-center gap-2 md:hidden">
            <BrandMark className="size-7" />
            <span className="truncate text-sm font-semibold tracking-tight">{PRODUCT_NAME}</span>
          </div>
          <div className="ml-auto flex items-center gap-1">
            <UserMenu user={user} signOutAction={signOutAction} />
          </div>
        </header>

        <main id="main" tabIndex={-1} className="flex min-w-0 flex-1 scroll-mt-14 flex-col outline-none">
          {children}
        </main>
      </div>
    </div>
  );
}
