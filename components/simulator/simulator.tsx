"use client";

import * as React from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { SettingsIcon, SmartphoneIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { CustomerPicker } from "./customer-picker";
import { type SimulatedCustomer, createEmulatorApi } from "./emulator-api";
import { formatTime, formatWaId } from "./format";
import { PhoneChat } from "./phone-chat";
import { simulatorKeys } from "./query-keys";
import type { StreamState } from "./use-emulator-events";

const CUSTOMER_LIST_REFRESH_MS = 15_000;

export type SimulatorProps = {
  // `${EMULATOR_BASE_PATH}/control`, same origin as the page.
  controlBase: string;
  // The business's WhatsApp number (digits), which a customer cannot be.
  businessNumber: string;
  initialWaId: string | null;
};

const BUSINESS_NAME = "Business";

// The customer simulator: pick or create a simulated WhatsApp user on the left, chat as them on the
// right. It only talks to the emulator's control API; the emulator calls our webhook like Meta.
export function Simulator({ controlBase, businessNumber, initialWaId }: SimulatorProps) {
  const api = React.useMemo(() => createEmulatorApi(controlBase), [controlBase]);
  const queryClient = useQueryClient();
  const [selected, setSelected] = React.useState<string | null>(initialWaId);
  const [streamState, setStreamState] = React.useState<StreamState>("connecting");
  // Bumped when a customer is (re)created, so an open chat reconnects at once instead of on backoff.
  const [generation, setGeneration] = React.useState(0);

  const customers = useQuery({ queryKey: simulatorKeys.customers, queryFn: api.listCustomers, refetchInterval: CUSTOMER_LIST_REFRESH_MS, staleTime: 0 });
  const customer = customers.data?.find((candidate) => candidate.waId === selected) ?? null;

  const select = React.useCallback((waId: string) => {
    setSelected(waId);
    // Keeps the open chat across reloads and makes it shareable; no navigation.
    const url = new URL(window.location.href);
    url.searchParams.set("customer", waId);
    window.history.replaceState(window.history.state, "", url);
  }, []);

  const create = async (input: { waId: string; profileName: string | null }) => {
    // Without a name, an existing customer keeps theirs.
    const saved = await api.upsertCustomer(input.profileName === null ? { waId: input.waId } : input);
    queryClient.setQueryData<SimulatedCustomer[]>(simulatorKeys.customers, (current) => upsertInList(current, saved));
    void queryClient.invalidateQueries({ queryKey: simulatorKeys.customers });
    setGeneration((current) => current + 1);
    select(saved.waId);
  };

  const updateSettings = async (change: { readReceipts?: boolean; autoRead?: boolean }) => {
    if (!selected) return;
    const saved = await api.upsertCustomer({ waId: selected, ...change });
    queryClient.setQueryData<SimulatedCustomer[]>(simulatorKeys.customers, (current) => upsertInList(current, saved));
  };

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
      <CustomerPicker
        customers={customers.data}
        loading={customers.isPending}
        error={customers.error}
        onRetry={() => void customers.refetch()}
        selected={selected}
        onSelect={select}
        businessNumber={businessNumber}
        onCreate={create}
      />

      <section aria-label="Customer's phone" className="flex min-w-0 flex-col items-center gap-3">
        {selected ? (
          <>
            <div className="flex w-full max-w-[420px] flex-wrap items-center justify-between gap-2 text-sm">
              <div className="min-w-0">
                <p className="truncate font-medium" data-testid="simulator-chatting-as">
                  Chatting as {customer?.profileName ?? "a customer"} <span className="text-muted-foreground tabular-nums">{formatWaId(selected)}</span>
                </p>
                <p className="text-xs text-muted-foreground">
                  {customer?.windowOpenUntil ? `Service window open until ${formatTime(customer.windowOpenUntil)} (emulator time)` : "No customer-service window open yet"}
                </p>
              </div>
              <div className="flex items-center gap-2">
                <StreamBadge state={streamState} />
                {customer ? <PhoneSettings customer={customer} onChange={updateSettings} /> : null}
              </div>
            </div>
            <PhoneChat
              key={`${selected}:${generation}`}
              api={api}
              waId={selected}
              customer={customer}
              businessName={BUSINESS_NAME}
              businessNumber={businessNumber}
              onStreamState={setStreamState}
              onRecreate={() => void create({ waId: selected, profileName: null })}
            />
          </>
        ) : (
          <div className="flex h-[min(52rem,calc(100dvh-9rem))] min-h-[34rem] w-full max-w-[420px] flex-col items-center justify-center gap-3 rounded-[2rem] border-[6px] border-neutral-800 bg-[#f0f2f5] p-8 text-center dark:border-neutral-700 dark:bg-[#222e35]">
            <SmartphoneIcon aria-hidden="true" className="size-10 text-[#8696a0]" />
            <p className="text-base font-medium text-[#41525d] dark:text-[#e9edef]">No chat open</p>
            <p className="text-sm text-[#667781] dark:text-[#8696a0]">Pick a customer, add a new one, or start as a demo shop customer to chat with the business.</p>
          </div>
        )}
      </section>
    </div>
  );
}

function StreamBadge({ state }: { state: StreamState }) {
  const label = state === "live" ? "Live" : state === "reconnecting" ? "Reconnecting…" : "Connecting…";
  return (
    <span role="status" className="inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs text-muted-foreground">
      <span
        aria-hidden="true"
        className={cn("size-2 rounded-full", state === "live" ? "bg-success" : state === "reconnecting" ? "animate-pulse bg-warning" : "bg-muted-foreground")}
      />
      <span className="sr-only">Live updates: </span>
      {label}
    </span>
  );
}

function PhoneSettings({ customer, onChange }: { customer: SimulatedCustomer; onChange: (change: { readReceipts?: boolean; autoRead?: boolean }) => Promise<void> }) {
  const [error, setError] = React.useState<string | null>(null);
  const apply = (change: { readReceipts?: boolean; autoRead?: boolean }) => {
    setError(null);
    onChange(change).catch((cause: unknown) => setError(cause instanceof Error ? cause.message : "The setting could not be saved."));
  };
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline" size="icon-sm" aria-label="Phone settings">
            <SettingsIcon aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-64">
          <DropdownMenuLabel>This customer&apos;s WhatsApp</DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuCheckboxItem checked={customer.readReceipts} onCheckedChange={(checked) => apply({ readReceipts: checked })}>
            Read receipts (blue ticks for the business)
          </DropdownMenuCheckboxItem>
          <DropdownMenuCheckboxItem checked={customer.autoRead} onCheckedChange={(checked) => apply({ autoRead: checked })}>
            Read new messages automatically
          </DropdownMenuCheckboxItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {error ? (
        <p role="alert" className="w-full text-xs text-destructive">
          {error}
        </p>
      ) : null}
    </>
  );
}

function upsertInList(current: SimulatedCustomer[] | undefined, saved: SimulatedCustomer): SimulatedCustomer[] | undefined {
  if (!current) return current;
  return current.some((candidate) => candidate.waId === saved.waId)
    ? current.map((candidate) => (candidate.waId === saved.waId ? saved : candidate))
    : [...current, saved];
}
