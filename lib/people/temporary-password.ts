import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: the password is read off a screen and typed or dictated.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const GROUPS = 4;
const GROUP_LENGTH = 4;

// A one-time password an admin hands over (16 characters from 31 ≈ 79 bits): people sign in with
// it and should change it; nothing is sent by e-mail, so the platform works offline.
export function generateTemporaryPassword(): string {
  const groups: string[] = [];
  for (let group = 0; group < GROUPS; group++) {
    let chars = "";
    for (let index = 0; index < GROUP_LENGTH; index++) chars += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(chars);
  }
  return groups.join("-");
}
