// Last line of defence for anything the offline model says: 13 to 19 digits in a row (written
// together or in groups, "4111 1111 1111 1111") look like a payment card number and are never written
// out, whatever a tool result or a message contained. Tracking numbers with such a run are shortened
// to their end instead of being masked mid-text.

const CARD_LIKE = /(?<!\d)\d{13,19}(?!\d)/g;
const GROUPED_CARD_LIKE = /(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d])/g;

export function withoutCardNumbers(text: string): string {
  return text.replace(GROUPED_CARD_LIKE, (run) => {
    const digits = run.replace(/\D/g, "");
    return digits.length >= 13 ? `•••• ${digits.slice(-4)}` : run;
  });
}

export function containsCardLikeNumber(text: string): boolean {
  return new RegExp(CARD_LIKE.source).test(text);
}

// "…4821GB" for a tracking number the card guard would otherwise mangle; whole otherwise.
export function displayTrackingNumber(trackingNumber: string): string {
  if (!containsCardLikeNumber(trackingNumber)) return trackingNumber;
  return `…${trackingNumber.slice(-6)}`;
}

// WhatsApp limits: button titles 20 characters, list row titles 24, row descriptions 72.
export function fitTo(text: string, max: number): string {
  const clean = text.trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}
