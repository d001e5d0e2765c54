// Produces the exact byte form Meta signs and sends: compact JSON, every non-ASCII UTF-16 code unit
// escaped as lowercase \uXXXX (emoji become surrogate pairs), and "/" escaped as "\/".
// The emulator must send these bytes, or signature checks that work in tests break against Meta.
export function serializeLikeMeta(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError("serializeLikeMeta: value is not JSON-serialisable.");
  // "/" never occurs outside strings in JSON, and the unicode escapes add none, so a global replace is safe.
  return json.replace(NON_ASCII, escapeCodeUnit).replace(/\//g, "\\/");
}

const NON_ASCII = /[\u0080-\uffff]/g;

function escapeCodeUnit(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
