import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { ShellRole } from "@/components/shell/nav-items";

const ROLE_LABEL: Record<ShellRole, string> = {
  admin: "Admin",
  supervisor: "Supervisor",
  agent: "Agent",
};

const ROLE_VARIANT = {
  admin: "default",
  supervisor: "secondary",
  agent: "outline",
} as const satisfies Record<ShellRole, "default" | "secondary" | "outline">;

/** Human label for a role ("supervisor" → "Supervisor"). */
export function roleLabel(role: ShellRole): string {
  return ROLE_LABEL[role];
}

/** A small badge naming the user's role. */
export function RoleBadge({ role, className }: { role: ShellRole; className?: string }) {
  return (
    <Badge variant={ROLE_VARIANT[role]} className={cn("capitalize", className)} data-role={role}>
      {ROLE_LABEL[role]}
    </Badge>
  );
}
