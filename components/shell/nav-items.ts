import { InboxIcon, LayoutDashboardIcon, SmartphoneIcon, type LucideIcon } from "lucide-react";

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

/** Cookie that remembers whether the desktop sidebar is collapsed ("1") or expanded. */
export const SIDEBAR_COOKIE = "sidebar_collapsed";
