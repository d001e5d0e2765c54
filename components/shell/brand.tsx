import { MessageCircleIcon } from "lucide-react";

import { cn } from "@/components/ui/cn";

/** The product mark: a chat bubble on the primary colour. Decorative; pair it with the product name. */
export function BrandMark({ className }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "flex size-8 shrink-0 items-center justify-center rounded-lg bg-primary text-primary-foreground shadow-xs",
        className,
      )}
    >
      <MessageCircleIcon className="size-[1.125rem]" strokeWidth={2.25} />
    </span>
  );
}

export const PRODUCT_NAME = "Support Console";
