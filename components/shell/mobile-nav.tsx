"use client";

import * as React from "react";
import { MenuIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import {
  Sheet,
  SheetClose,
  SheetContent,
  SheetDescription,
  SheetHeader,
  SheetTitle,
  SheetTrigger,
} from "@/components/ui/sheet";
import { BrandMark, PRODUCT_NAME } from "@/components/shell/brand";
import type { ShellRole } from "@/components/shell/nav-items";
import { SidebarNav } from "@/components/shell/sidebar-nav";

/** Hamburger button (below md) that opens the main navigation in a left-hand drawer. */
export function MobileNav({ role }: { role: ShellRole }) {
  const [open, setOpen] = React.useState(false);

  // The drawer is a phone affordance: close it if the window grows to the desktop layout.
  React.useEffect(() => {
    const desktop = window.matchMedia("(min-width: 48rem)");
    const onChange = (event: MediaQueryListEvent) => {
      if (event.matches) setOpen(false);
    };
    desktop.addEventListener("change", onChange);
    return () => desktop.removeEventListener("change", onChange);
  }, []);

  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="-ml-1 md:hidden" aria-label="Open navigation">
          <MenuIcon aria-hidden="true" className="size-5" />
        </Button>
      </SheetTrigger>
      <SheetContent side="left" className="w-72 gap-0 bg-sidebar p-0 text-sidebar-foreground">
        <SheetHeader className="h-14 flex-row items-center border-b border-sidebar-border px-4 py-0">
          <SheetTitle className="flex items-center gap-2.5 tracking-tight">
            <BrandMark />
            {PRODUCT_NAME}
          </SheetTitle>
          <SheetDescription className="sr-only">Main navigation</SheetDescription>
        </SheetHeader>
        <div className="flex-1 overflow-y-auto px-3 py-4">
          <SidebarNav
            role={role}
            renderLink={(link) => <SheetClose asChild>{link}</SheetClose>}
          />
        </div>
      </SheetContent>
    </Sheet>
  );
}
