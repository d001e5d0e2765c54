import * as React from "react";

import { cn } from "@/components/ui/cn";

type EmptyStateProps = Omit<React.ComponentProps<"div">, "title"> & {
  /** A decorative icon element, e.g. `<InboxIcon />` (rendered `aria-hidden`). */
  icon?: React.ReactNode;
  title: React.ReactNode;
  description?: React.ReactNode;
  /** A call to action, e.g. a `<Button>` or `<Button asChild><Link …/></Button>`. */
  action?: React.ReactNode;
  /** Heading level of the title; pick the one that fits the page outline. Default `h2`. */
  titleAs?: "h2" | "h3" | "h4" | "p";
};

/** A friendly "nothing here yet" panel: icon, title, description and an optional action. */
function EmptyState({
  icon,
  title,
  description,
  action,
  titleAs: Title = "h2",
  className,
  children,
  ...props
}: EmptyStateProps) {
  return (
    <div
      data-slot="empty-state"
      className={cn(
        "flex min-w-0 flex-1 flex-col items-center justify-center gap-4 rounded-xl border border-dashed p-6 text-center text-balance md:p-12",
        className,
      )}
      {...props}
    >
      {icon ? (
        <div
          data-slot="empty-state-icon"
          aria-hidden="true"
          className="flex size-12 shrink-0 items-center justify-center rounded-full bg-accent text-accent-foreground [&_svg:not([class*='size-'])]:size-6"
        >
          {icon}
        </div>
      ) : null}
      <div className="flex max-w-sm flex-col items-center gap-1.5">
        <Title data-slot="empty-state-title" className="text-base font-semibold tracking-tight">
          {title}
        </Title>
        {description ? (
          <p data-slot="empty-state-description" className="text-sm text-muted-foreground">
            {description}
          </p>
        ) : null}
      </div>
      {action ? (
        <div data-slot="empty-state-action" className="flex flex-wrap items-center justify-center gap-2">
          {action}
        </div>
      ) : null}
      {children}
    </div>
  );
}

export { EmptyState, type EmptyStateProps };
