import { randomInt } from "node:crypto";

// Media ids look like Meta's: 15–17 digit numeric strings (shared/whatsapp/cloud-api.md §6.4).
export function newMediaId(): string {
  let digits = String(randomInt(1, 10));
  for (let index = 1; index < 16; index++) digits += String(randomInt(0, 10));
  return digits;
}
