import type { Rng } from "./random";

// Deterministic WhatsApp message ids in the layout of real ones (the same layout as the emulator's
// generator in lib/whatsapp/cloud-api/wamid.ts): base64 of a small Thrift struct holding the
// customer's number, a direction byte and an upper-case hex id. Kept here so the seed depends on
// nothing but the schema.

const HEX = "0123456789ABCDEF";

export function demoWamid(rng: Rng, waId: string, direction: "in" | "out"): string {
  const hexId = rng.fromAlphabet(HEX, direction === "out" ? 18 : 20);
  const bytes = Buffer.concat([
    Buffer.from([0x1c, 0x18, waId.length]),
    Buffer.from(waId, "ascii"),
    Buffer.from([0x15, 0x02, 0x00, direction === "in" ? 0x12 : 0x11, 0x18, hexId.length]),
    Buffer.from(hexId, "ascii"),
    Buffer.from([0x00]),
  ]);
  return `wamid.${bytes.toString("base64")}`;
}
