import { BookOpenIcon, BotIcon, ChartColumnIcon, FlaskConicalIcon, InboxIcon, LayoutDashboardIcon, ScrollTextIcon, ShieldCheckIcon, SmartphoneIcon, UsersIcon, type LucideIcon } from "lucide-react";

export type ShellRole = "admin" | "supervisor" | "agent";

export type NavItem = {
  href: string;
  label: string;
  icon: LucideIcon;
  /** Roles that see this item. */
  roles: readonly ShellRole[];
};

/** The console's primary navigation, in display order. */
export const navItems: readonly NavItem[] = [
  { href: "/inbox", label: "Inbox", icon: InboxIcon, roles: ["admin", "supervisor", "agent"] },
  { href: "/simulator", label: "Customer simulator", icon: SmartphoneIcon, roles: ["admin", "supervisor", "agent"] },
  { href: "/admin", label: "Admin overview", icon: LayoutDashboardIcon, roles: ["admin", "supervisor"] },
  { href: "/admin/metrics", label: "Metrics", icon: ChartColumnIcon, roles: ["admin", "supervisor"] },
  { href: "/admin/knowledge", label: "Knowledge base", icon: BookOpenIcon, roles: ["admin"] },
  { href: "/admin/rules", label: "Escalation rules", icon: ShieldCheckIcon, roles: ["admin"] },
  { href: "/admin/assistant", label: "Assistant settings", icon: BotIcon, roles: ["admin"] },
  { href: "/admin/people", label: "People and API", icon: UsersIcon, roles: ["admin"] },
  { href: "/admin/evals", label: "Evaluations", icon: FlaskConicalIcon, roles: ["admin"] },
  { href: "/admin/audit", label: "Audit log", icon: ScrollTextIcon, roles: ["admin", "supervisor"] },
];

/** The navigation items a user with `role` may see. */
export function navItemsForRole(role: ShellRole): NavItem[] {
  return navItems.filter((item) => item.roles.includes(role));
}

/** True when `pathname` is `href` or a page below it (`/inbox/123` is inside `/inbox`). */
export function isActivePath(pathname: string | null, href: string): boolean {
  if (!pathname) return false;
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The one item to highlight: the most specific href containing `pathname` (`/admin/metrics`, not `/admin`). */
export function activeHref(pathname: string | null, items: readonly NavItem[]): string | null {
  const matches = items.filter((item) => isActivePath(pathname, item.href));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null;
}

/** Cookie that remembers whether the desktop sidebar is collapsed ("1") or expanded. */
export const SIDEBAR_COOKIE = "sidebar_collapsed";
