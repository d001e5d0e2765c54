"use client";

import * as React from "react";
import { RefreshCwIcon, SparklesIcon, UsersIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Separator } from "@/components/ui/separator";
import { Skeleton } from "@/components/ui/skeleton";
import { DEMO_CUSTOMERS } from "./demo-customers";
import type { SimulatedCustomer } from "./emulator-api";
import { formatTime, formatWaId, initials } from "./format";
import { NewCustomerForm } from "./new-customer-form";

export type CustomerPickerProps = {
  customers: SimulatedCustomer[] | undefined;
  loading: boolean;
  error: Error | null;
  onRetry: () => void;
  selected: string | null;
  onSelect: (waId: string) => void;
  businessNumber: string;
  onCreate: (input: { waId: string; profileName: string | null }) => Promise<void>;
};

// Left column: the emulator's simulated customers, a form for a new one, and demo shop customers.
export function CustomerPicker({ customers, loading, error, onRetry, selected, onSelect, businessNumber, onCreate }: CustomerPickerProps) {
  const [quickPickError, setQuickPickError] = React.useState<string | null>(null);
  const [quickPicking, setQuickPicking] = React.useState<string | null>(null);

  const quickPick = async (pick: (typeof DEMO_CUSTOMERS)[number]) => {
    setQuickPickError(null);
    setQuickPicking(pick.waId);
    try {
      await onCreate({ waId: pick.waId, profileName: pick.profileName });
    } catch (cause) {
      setQuickPickError(cause instanceof Error ? cause.message : "The customer could not be created.");
    } finally {
      setQuickPicking(null);
    }
  };

  return (
    <Card className="gap-4 py-4">
      <CardHeader className="px-4">
        <CardTitle as="h2" className="text-base">
          Customers
        </CardTitle>
        <CardDescription>Simulated WhatsApp users in the emulator. Pick one to chat as them.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4 px-4">
        {loading ? (
          <div className="flex flex-col gap-2" aria-busy="true">
            <Skeleton className="h-12" />
            <Skeleton className="h-12" />
            <span className="sr-only">Loading customers…</span>
          </div>
        ) : error ? (
          <div role="alert" className="flex flex-col items-start gap-2 rounded-md border border-destructive/40 p-3 text-sm text-destructive">
            {error.message}
            <Button size="sm" variant="outline" onClick={onRetry}>
              <RefreshCwIcon aria-hidden="true" /> Try again
            </Button>
          </div>
        ) : customers && customers.length > 0 ? (
          <ul aria-label="Simulated customers" className="-mx-1 flex max-h-80 flex-col gap-0.5 overflow-y-auto px-1">
            {customers.map((customer) => {
              const active = customer.waId === selected;
              return (
                <li key={customer.waId}>
                  <button
                    type="button"
                    onClick={() => onSelect(customer.waId)}
                    aria-current={active ? "true" : undefined}
                    data-wa-id={customer.waId}
                    className={cn(
                      "flex w-full items-center gap-3 rounded-md px-2 py-2 text-left transition-colors outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring",
                      active && "bg-accent text-accent-foreground",
                    )}
                  >
                    <span aria-hidden="true" className="flex size-9 shrink-0 items-center justify-center rounded-full bg-[#dfe5e7] text-xs font-semibold text-[#54656f] dark:bg-[#6a7175] dark:text-white">
                      {initials(customer.profileName, customer.waId)}
                    </span>
                    <span className="flex min-w-0 flex-1 flex-col">
                      <span className="truncate text-sm font-medium">{customer.profileName ?? "No profile name"}</span>
                      <span className="truncate text-xs text-muted-foreground tabular-nums">
                        {formatWaId(customer.waId)}
                        {customer.lastInboundAt ? ` · last wrote ${formatTime(customer.lastInboundAt)}` : " · has not written yet"}
                      </span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        ) : (
          <div className="flex flex-col items-center gap-2 rounded-md border border-dashed p-4 text-center">
            <UsersIcon aria-hidden="true" className="size-6 text-muted-foreground" />
            <p className="text-sm font-medium">No simulated customers yet</p>
            <p className="text-xs text-muted-foreground">Add one below, or start as a demo shop customer.</p>
          </div>
        )}

        <Separator />
        <NewCustomerForm businessNumber={businessNumber} onCreate={onCreate} />
        <Separator />

        <section aria-labelledby="simulator-demo-customers" className="flex flex-col gap-2">
          <h3 id="simulator-demo-customers" className="flex items-center gap-1.5 text-sm font-semibold">
            <SparklesIcon aria-hidden="true" className="size-4 text-primary" /> Demo shop customers
          </h3>
          <p className="text-xs text-muted-foreground">Their numbers match the demo shop, so the assistant can find their orders.</p>
          <ul className="flex flex-col gap-1.5">
            {DEMO_CUSTOMERS.map((pick) => (
              <li key={pick.waId}>
                <Button
                  variant="outline"
                  className="h-auto w-full justify-start px-3 py-2 text-left whitespace-normal"
                  disabled={quickPicking !== null}
                  onClick={() => void quickPick(pick)}
                >
                  <span className="flex min-w-0 flex-col">
                    <span className="font-medium">{pick.profileName}</span>
                    <span className="text-xs font-normal text-muted-foreground tabular-nums">
                      {formatWaId(pick.waId)} · {pick.note}
                    </span>
                  </span>
                </Button>
              </li>
            ))}
          </ul>
          {quickPickError ? (
            <p role="alert" className="text-xs text-destructive">
              {quickPickError}
            </p>
          ) : null}
        </section>
      </CardContent>
    </Card>
  );
}
