// Meta's webhooks carry unix seconds as strings ("1795312000"); we work with Dates.
export function fromUnixSeconds(seconds: string): Date {
  return new Date(Number(seconds) * 1000);
}

// Sub-second precision is dropped, as it is in Meta's own payloads.
export function toUnixSeconds(date: Date): string {
  return String(Math.floor(date.getTime() / 1000));
}
