"use client";

import * as React from "react";
import Link from "next/link";
import { PanelLeftCloseIcon, PanelLeftOpenIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { BrandMark, PRODUCT_NAME } from "@/components/shell/brand";
import { SIDEBAR_COOKIE, type ShellRole } from "@/components/shell/nav-items";
import { SidebarNav } from "@/components/shell/sidebar-nav";

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * The left sidebar on md+ screens. Collapses to an icon rail; the choice is kept in a cookie so the
 * server renders the same width on the next visit (no layout shift).
 */
export function DesktopSidebar({
  role,
  defaultCollapsed = false,
}: {
  role: ShellRole;
  defaultCollapsed?: boolean;
}) {
  const [collapsed, setCollapsed] = React.useState(defaultCollapsed);

  const toggle = React.useCallback(() => {
    setCollapsed((previous) => {
      const next = !previous;
      document.cookie = `${SIDEBAR_COOKIE}=${next ? "1" : "0"}; path=/; max-age=${ONE_YEAR}; samesite=lax`;
      return next;
    });
  }, []);

  const toggleLabel = collapsed ? "Expand sidebar" : "Collapse sidebar";

  return (
    <aside
      data-slot="sidebar"
      data-collapsed={collapsed || undefined}
      aria-label="Sidebar"
      className={cn(
        "sticky top-0 hidden h-svh shrink-0 flex-col border-r border-sidebar-border bg-sidebar text-sidebar-foreground transition-[width] duration-200 ease-out md:flex",
        collapsed ? "w-16" : "w-60",
      )}
    >
      <div
        className={cn(
          "flex h-14 shrink-0 items-center border-b border-sidebar-border",
          collapsed ? "justify-center px-2" : "px-4",
        )}
      >
        <Link
          href="/inbox"
          className="flex min-w-0 items-center gap-2.5 rounded-md font-semibold tracking-tight focus-visible:outline-offset-4"
        >
          <BrandMark />
          <span className={cn("truncate", collapsed && "sr-only")}>{PRODUCT_NAME}</span>
        </Link>
      </div>

      <div className="min-h-0 flex-1 overflow-y-auto px-3 py-4">
        <SidebarNav role={role} collapsed={collapsed} />
      </div>

      <div
        className={cn(
          "flex shrink-0 border-t border-sidebar-border p-3",
          collapsed ? "justify-center" : "justify-end",
        )}
      >
        <Tooltip>
          <TooltipTrigger asChild>
            <Button
              variant="ghost"
              size="icon"
              onClick={toggle}
              aria-label={toggleLabel}
              aria-expanded={!collapsed}
              className="text-sidebar-foreground/80 hover:bg-sidebar-accent hover:text-sidebar-accent-foreground"
            >
              {collapsed ? (
                <PanelLeftOpenIcon aria-hidden="true" />
              ) : (
                <PanelLeftCloseIcon aria-hidden="true" />
              )}
            </Button>
          </TooltipTrigger>
          <TooltipContent side="right">{toggleLabel}</TooltipContent>
        </Tooltip>
      </div>
    </aside>
  );
}
