import * as React from "react";

import { cn } from "@/components/ui/cn";

type PageHeaderProps = Omit<React.ComponentProps<"div">, "title"> & {
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Buttons or links shown at the end of the header (wrap below the title on phones). */
  actions?: React.ReactNode;
  /** Heading element for the title. Default `h1` (one per page). */
  titleAs?: "h1" | "h2";
};

/** A page's title row: heading, optional description, optional actions. */
export function PageHeader({
  title,
  description,
  actions,
  titleAs: Title = "h1",
  className,
  ...props
}: PageHeaderProps) {
  return (
    <div
      data-slot="page-header"
      className={cn("flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between", className)}
      {...props}
    >
      <div className="flex min-w-0 flex-col gap-1">
        <Title className="text-xl font-semibold tracking-tight text-balance md:text-2xl">{title}</Title>
        {description ? (
          <p className="max-w-prose text-sm text-pretty text-muted-foreground">{description}</p>
        ) : null}
      </div>
      {actions ? (
        <div data-slot="page-header-actions" className="flex shrink-0 flex-wrap items-center gap-2">
          {actions}
        </div>
      ) : null}
    </div>
  );
}

/** Standard padded, width-limited column for pages inside the shell's full-bleed `<main>`. */
export function PageContainer({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="page-container"
      className={cn("mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-6 md:px-6 md:py-8", className)}
      {...props}
    />
  );
}
