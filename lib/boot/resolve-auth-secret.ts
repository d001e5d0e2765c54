import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// Sessions need a signing secret. Operators set AUTH_SECRET (and must, with several instances);
// a single instance without one gets a random secret kept in DATA_DIR so sessions survive restarts.
export function resolveAuthSecret(configured: string | undefined, dataDir: string): { secret: string; generated: boolean } {
  if (configured) return { secret: configured, generated: false };
  const file = path.resolve(dataDir, "auth-secret");
  if (existsSync(file)) return { secret: readFileSync(file, "utf8").trim(), generated: true };
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { secret, generated: true };
}
