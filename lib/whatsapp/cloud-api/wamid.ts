import { randomBytes } from "node:crypto";

// WhatsApp message ids ("wamid.…") in the layout observed on real ids (shared/whatsapp/cloud-api.md
// §6.4, generator from §9.4): base64 of a compact Thrift struct holding the user's number, a direction
// byte (0x11 outgoing, 0x12 incoming) and a hex id. Clients must treat wamids as opaque; the emulator
// generates this shape so length and charset assumptions get exercised against realistic ids.

export type WamidDirection = "in" | "out";

export function makeWamid(waId: string, direction: WamidDirection, hexId: string): string {
  const bytes = Buffer.concat([
    Buffer.from([0x1c, 0x18, waId.length]),
    Buffer.from(waId, "ascii"),
    Buffer.from([0x15, 0x02, 0x00, direction === "in" ? 0x12 : 0x11, 0x18, hexId.length]),
    Buffer.from(hexId, "ascii"),
    Buffer.from([0x00]),
  ]);
  return `wamid.${bytes.toString("base64")}`;
}

// Outgoing ids carry 18 upper-case hex characters, incoming ones 20 (real ones range 20–32).
export function newWamid(waId: string, direction: WamidDirection): string {
  const hexLength = direction === "out" ? 18 : 20;
  const hexId = randomBytes(hexLength / 2).toString("hex").toUpperCase();
  return makeWamid(waId, direction, hexId);
}
