import * as React from "react";

import { cn } from "@/components/ui/cn";

/** A loading placeholder. Decorative: announce loading state elsewhere (e.g. `aria-busy` on the region). */
function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden="true"
      className={cn("animate-pulse rounded-md bg-muted motion-reduce:animate-none", className)}
      {...props}
    />
  );
}

export { Skeleton };
