import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeftIcon, CompassIcon } from "lucide-react";

import { Button } from "@/components/ui/button";

export const metadata: Metadata = {
  title: "Page not found",
};

export default function NotFound() {
  return (
    <main
      id="main"
      className="flex min-h-svh flex-col items-center justify-center px-4 py-16 text-center"
    >
      <div className="flex max-w-md flex-col items-center gap-5">
        <span
          aria-hidden="true"
          className="flex size-14 items-center justify-center rounded-full bg-accent text-accent-foreground"
        >
          <CompassIcon className="size-7" />
        </span>
        <p className="font-mono text-5xl font-bold tracking-tight text-muted-foreground tabular-nums">
          404
        </p>
        <div className="flex flex-col gap-2">
          <h1 className="text-2xl font-semibold tracking-tight text-balance">
            We couldn&apos;t find that page
          </h1>
          <p className="text-sm text-pretty text-muted-foreground">
            The link may be out of date, or the conversation or page may have been removed. Check the
            address, or head back to the inbox.
          </p>
        </div>
        <Button asChild>
          <Link href="/inbox">
            <ArrowLeftIcon aria-hidden="true" />
            Back to the inbox
          </Link>
        </Button>
      </div>
    </main>
  );
}
