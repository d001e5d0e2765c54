// The 24-hour customer-service window (shared/whatsapp/cloud-api.md §6.1): opened and extended only
// by the customer's own messages; free-form sends need it open, templates do not.
export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

export function serviceWindowClosesAt(lastInboundAt: Date | null): Date | null {
  return lastInboundAt === null ? null : new Date(lastInboundAt.getTime() + CUSTOMER_SERVICE_WINDOW_MS);
}

export function isServiceWindowOpen(lastInboundAt: Date | null, now: Date): boolean {
  const closesAt = serviceWindowClosesAt(lastInboundAt);
  return closesAt !== null && now.getTime() < closesAt.getTime();
}
