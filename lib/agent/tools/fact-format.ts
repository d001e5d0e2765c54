// Facts are written in plain English for the model and for colleagues reading a handoff; the offline
// policy phrases customer replies in their own language from the data instead.

export function factMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(cents / 100);
}

// "2026-11-22" from an ISO timestamp or a calendar date.
export function factDay(isoOrDate: string): string {
  return isoOrDate.slice(0, 10);
}

export function factDateTime(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" }).format(new Date(iso));
}
