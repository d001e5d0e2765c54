"use client";

import * as React from "react";
import Link from "next/link";
import { useTheme } from "next-themes";
import { ChevronsUpDownIcon, KeyRoundIcon, LogOutIcon, MonitorIcon, MoonIcon, SunIcon } from "lucide-react";

import { Avatar, AvatarFallback } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { RoleBadge, roleLabel } from "@/components/shell/role-badge";
import type { ShellRole } from "@/components/shell/nav-items";

export type ShellUser = { name: string; email: string; role: ShellRole };

const THEMES = [
  { value: "light", label: "Light", icon: SunIcon },
  { value: "dark", label: "Dark", icon: MoonIcon },
  { value: "system", label: "System", icon: MonitorIcon },
] as const;

/** Account menu: who is signed in, their role, the theme switcher, "Change password" and "Sign out". */
export function UserMenu({
  user,
  signOutAction,
}: {
  user: ShellUser;
  signOutAction: () => Promise<void>;
}) {
  const { theme, setTheme } = useTheme();
  const signOutForm = React.useRef<HTMLFormElement>(null);
  const initials = initialsOf(user.name || user.email);

  return (
    <>
      {/* Kept outside the menu so it stays mounted while the menu closes. */}
      <form ref={signOutForm} action={signOutAction} hidden />
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button
            variant="ghost"
            className="h-10 gap-2 px-1.5 data-[state=open]:bg-accent sm:pr-2"
            aria-label={`Account menu for ${user.name}`}
          >
            <Avatar className="size-8">
              <AvatarFallback aria-hidden="true">{initials}</AvatarFallback>
            </Avatar>
            <span
              aria-hidden="true"
              className="hidden min-w-0 flex-col items-start text-left leading-tight sm:flex"
            >
              <span className="max-w-40 truncate text-sm font-medium">{user.name}</span>
              <span className="text-xs font-normal text-muted-foreground">{roleLabel(user.role)}</span>
            </span>
            <ChevronsUpDownIcon aria-hidden="true" className="hidden text-muted-foreground sm:block" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-64">
          <DropdownMenuLabel className="flex items-start gap-3 py-2 font-normal">
            <Avatar className="size-9">
              <AvatarFallback aria-hidden="true">{initials}</AvatarFallback>
            </Avatar>
            <span className="flex min-w-0 flex-1 flex-col gap-1">
              <span className="truncate text-sm font-medium">{user.name}</span>
              <span className="truncate text-xs text-muted-foreground">{user.email}</span>
              <RoleBadge role={user.role} className="mt-0.5" />
            </span>
          </DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuGroup>
            <DropdownMenuLabel
              aria-hidden="true"
              className="pb-1 text-xs font-medium text-muted-foreground"
            >
              Theme
            </DropdownMenuLabel>
            <DropdownMenuRadioGroup
              aria-label="Theme"
              value={theme ?? "system"}
              onValueChange={setTheme}
            >
              {THEMES.map(({ value, label, icon: Icon }) => (
                <DropdownMenuRadioItem key={value} value={value}>
                  <Icon aria-hidden="true" className="text-muted-foreground" />
                  {label}
                </DropdownMenuRadioItem>
              ))}
            </DropdownMenuRadioGroup>
          </DropdownMenuGroup>
          <DropdownMenuSeparator />
          <DropdownMenuItem asChild>
            <Link href="/account">
              <KeyRoundIcon aria-hidden="true" />
              Change password
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => signOutForm.current?.requestSubmit()}>
            <LogOutIcon aria-hidden="true" />
            Sign out
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
    </>
  );
}

/** Up to two initials from a display name ("Ana María López" → "AL"). */
function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? "";
  const last = parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "";
  return (first + last).toUpperCase() || "?";
}
