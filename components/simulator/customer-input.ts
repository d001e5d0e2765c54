// Checks the "new customer" form before it reaches the emulator, with messages a person can act on.
// WhatsApp ids are 6–15 digits with the country code and no "+" (the emulator enforces the same).

export type CustomerFormValues = { number: string; profileName: string };
export type CustomerFormErrors = Partial<Record<keyof CustomerFormValues, string>>;
export type CustomerFormResult =
  | { ok: true; value: { waId: string; profileName: string | null } }
  | { ok: false; errors: CustomerFormErrors };

export const PROFILE_NAME_MAX = 200;

export function parseCustomerForm(values: CustomerFormValues, businessNumber: string): CustomerFormResult {
  const errors: CustomerFormErrors = {};
  const waId = normalizeWaId(values.number);
  const profileName = values.profileName.trim();

  if (values.number.trim() === "") {
    errors.number = "Enter the customer's WhatsApp number, starting with the country code.";
  } else if (/[^\d\s+().-]/.test(values.number)) {
    errors.number = "Use digits only (spaces, dashes and a leading + are fine).";
  } else if (waId.startsWith("0")) {
    errors.number = "Start with the country code instead of a leading 0, e.g. 31 6… for a Dutch mobile.";
  } else if (waId.length < 6 || waId.length > 15) {
    errors.number = `A WhatsApp number has 6 to 15 digits including the country code; this one has ${waId.length}.`;
  } else if (waId === businessNumber) {
    errors.number = "That is the business's own number. Pick a customer number.";
  }

  if (profileName.length > PROFILE_NAME_MAX) errors.profileName = `Keep the profile name to ${PROFILE_NAME_MAX} characters.`;

  if (errors.number || errors.profileName) return { ok: false, errors };
  return { ok: true, value: { waId, profileName: profileName === "" ? null : profileName } };
}

// "+31 6-1234 5678" → "31612345678"
export function normalizeWaId(input: string): string {
  return input.replace(/\D/g, "");
}
