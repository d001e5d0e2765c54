import { AppError } from "@/lib/errors";
import { serviceWindowClosesAt } from "./customer-service-window";

// The simulated WhatsApp users. In memory only: a restart or reset() forgets them.

export type CustomerInput = {
  waId: string;
  profileName?: string | null;
  // Off: Meta never sends `read` for this user.
  readReceipts?: boolean;
  // Off: messages are read only when the simulator opens the chat (markChatRead).
  autoRead?: boolean;
  // Sends to this user are accepted, then fail with 131026.
  notOnWhatsApp?: boolean;
  // Marketing templates to this user fail with 131050.
  marketingOptOut?: boolean;
};

export type Customer = {
  waId: string;
  profileName: string | null;
  readReceipts: boolean;
  autoRead: boolean;
  notOnWhatsApp: boolean;
  marketingOptOut: boolean;
  // Virtual time of the customer's last message (ISO), which drives the 24-hour window.
  lastInboundAt: string | null;
  windowOpenUntil: string | null;
};

export type CustomerDirectory = {
  upsert(input: CustomerInput): Customer;
  get(waId: string): Customer | undefined;
  // Throws not_found:whatsapp for an unknown customer.
  require(waId: string): Customer;
  has(waId: string): boolean;
  list(): Customer[];
  recordInbound(waId: string, at: Date): void;
  lastInboundAt(waId: string): Date | null;
  reset(): void;
};

const WA_ID = /^\d{6,15}$/;

export function createCustomerDirectory(): CustomerDirectory {
  const customers = new Map<string, Customer>();

  function require(waId: string): Customer {
    const customer = customers.get(waId);
    if (!customer) throw new AppError("not_found:whatsapp", `No simulated customer with wa_id ${waId}; create it first.`);
    return customer;
  }

  return {
    upsert(input) {
      if (!WA_ID.test(input.waId)) throw new AppError("bad_request:whatsapp", "waId must be 6–15 digits with country code and no +.");
      const existing = customers.get(input.waId);
      const customer: Customer = {
        waId: input.waId,
        profileName: input.profileName === undefined ? (existing?.profileName ?? null) : input.profileName,
        readReceipts: input.readReceipts ?? existing?.readReceipts ?? true,
        autoRead: input.autoRead ?? existing?.autoRead ?? true,
        notOnWhatsApp: input.notOnWhatsApp ?? existing?.notOnWhatsApp ?? false,
        marketingOptOut: input.marketingOptOut ?? existing?.marketingOptOut ?? false,
        lastInboundAt: existing?.lastInboundAt ?? null,
        windowOpenUntil: existing?.windowOpenUntil ?? null,
      };
      customers.set(customer.waId, customer);
      return { ...customer };
    },
    get: (waId) => {
      const customer = customers.get(waId);
      return customer ? { ...customer } : undefined;
    },
    require: (waId) => ({ ...require(waId) }),
    has: (waId) => customers.has(waId),
    list: () => [...customers.values()].map((customer) => ({ ...customer })),
    recordInbound(waId, at) {
      const customer = require(waId);
      customer.lastInboundAt = at.toISOString();
      customer.windowOpenUntil = serviceWindowClosesAt(at)?.toISOString() ?? null;
    },
    lastInboundAt(waId) {
      const last = customers.get(waId)?.lastInboundAt;
      return last ? new Date(last) : null;
    },
    reset: () => customers.clear(),
  };
}
