import Link from "next/link";
import { ArrowLeftIcon, ShieldXIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ShellRole } from "@/components/shell/nav-items";
import { RoleBadge } from "@/components/shell/role-badge";

type ForbiddenProps = {
  /** The signed-in user's role, shown so they know why; omit when unknown. */
  role?: ShellRole;
  className?: string;
};

/** The 403 panel for pages the user's role may not open. Server-compatible. */
export function Forbidden({ role, className }: ForbiddenProps) {
  return (
    <section
      aria-labelledby="forbidden-title"
      className={cn(
        "mx-auto flex w-full max-w-lg flex-1 flex-col items-center justify-center gap-5 px-4 py-16 text-center",
        className,
      )}
    >
      <span
        aria-hidden="true"
        className="flex size-14 items-center justify-center rounded-full bg-destructive/10 text-destructive"
      >
        <ShieldXIcon className="size-7" />
      </span>
      <p className="font-mono text-5xl font-bold tracking-tight text-muted-foreground tabular-nums">
        403
      </p>
      <div className="flex flex-col gap-2">
        <h1 id="forbidden-title" className="text-2xl font-semibold tracking-tight text-balance">
          You don&apos;t have access to this page
        </h1>
        <p className="text-sm text-pretty text-muted-foreground">
          Admin pages need the admin role. If you need access, ask an admin to change your role.
        </p>
        {role ? (
          <p className="flex flex-wrap items-center justify-center gap-1.5 text-sm text-muted-foreground">
            You&apos;re signed in with the role <RoleBadge role={role} />
          </p>
        ) : null}
      </div>
      <Button asChild>
        <Link href="/inbox">
          <ArrowLeftIcon aria-hidden="true" />
          Back to the inbox
        </Link>
      </Button>
    </section>
  );
}
