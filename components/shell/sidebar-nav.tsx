"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

import { cn } from "@/components/ui/cn";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { activeHref, navItemsForRole, type ShellRole } from "@/components/shell/nav-items";

type SidebarNavProps = {
  role: ShellRole;
  /** Icon-only rail: labels become tooltips (and stay available to screen readers). */
  collapsed?: boolean;
  /** Wraps each link, e.g. in `<SheetClose asChild>` so the mobile drawer closes on navigation. */
  renderLink?: (link: React.ReactElement, href: string) => React.ReactNode;
  className?: string;
};

/** The console's main navigation, filtered to the user's role, with the current page marked. */
export function SidebarNav({ role, collapsed = false, renderLink, className }: SidebarNavProps) {
  const pathname = usePathname();
  const items = navItemsForRole(role);
  const current = activeHref(pathname, items);

  return (
    <nav aria-label="Main" className={cn("flex flex-col", className)}>
      <ul className="flex flex-col gap-1">
        {items.map((item) => {
          const active = item.href === current;
          const Icon = item.icon;
          const link = (
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              data-active={active || undefined}
              className={cn(
                "flex h-9 items-center gap-3 rounded-md px-2.5 text-sm font-medium text-sidebar-foreground/85 transition-colors",
                "hover:bg-sidebar-accent hover:text-sidebar-accent-foreground",
                "focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-sidebar-ring",
                "data-[active]:bg-sidebar-accent data-[active]:text-sidebar-accent-foreground data-[active]:font-semibold",
                collapsed && "size-10 justify-center px-0",
              )}
            >
              <Icon
                aria-hidden="true"
                className={cn("size-4 shrink-0", active ? "text-sidebar-primary" : "opacity-80")}
              />
              <span className={cn("truncate", collapsed && "sr-only")}>{item.label}</span>
            </Link>
          );

          const wrapped = renderLink ? renderLink(link, item.href) : link;

          return (
            <li key={item.href}>
              {collapsed ? (
                <Tooltip>
                  <TooltipTrigger asChild>{wrapped}</TooltipTrigger>
                  <TooltipContent side="right">{item.label}</TooltipContent>
                </Tooltip>
              ) : (
                wrapped
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
