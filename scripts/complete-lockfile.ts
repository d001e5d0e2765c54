// `npm run lockfile:complete`: some npm registry mirrors serve only the current platform's native
// binaries, so `npm install` writes a lockfile without other platforms' optional packages
// (@next/swc-darwin-arm64, …) and `npm ci` then refuses it as out of sync. This adds the missing
// optional entries, tagged with their os/cpu, which npm ci skips on every other platform.
import { readFileSync, writeFileSync } from "node:fs";

type LockEntry = { version?: string; optional?: boolean; dev?: boolean; os?: string[]; cpu?: string[]; libc?: string[]; optionalDependencies?: Record<string, string> };
type Lockfile = { packages: Record<string, LockEntry> };

const OSES = ["darwin", "win32", "android", "freebsd", "openharmony", "linux"];
const CPUS = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x"];

const path = "package-lock.json";
const lock = JSON.parse(readFileSync(path, "utf8")) as Lockfile;
const added: string[] = [];
for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    lock.packages[key] = platformEntry(name, version, entry.dev === true);
    added.push(`${name}@${version}`);
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : 1)));
writeFileSync(path, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
process.stdout.write(added.length ? `Added ${added.length} platform entries:\n  ${added.join("\n  ")}\n` : "Lockfile already complete.\n");

function platformEntry(name: string, version: string, dev: boolean): LockEntry {
  const base = name.split("/").pop() ?? name;
  const os = OSES.find((candidate) => base.includes(candidate));
  const cpu = base.includes("wasm32") ? "wasm32" : CPUS.find((candidate) => new RegExp(`-${candidate}(-|$)`).test(base));
  const entry: LockEntry = { version, optional: true };
  if (dev) entry.dev = true;
  if (os) entry.os = [os];
  if (cpu) entry.cpu = [cpu];
  if (os === "linux" && base.includes("musl")) entry.libc = ["musl"];
  else if (os === "linux" && base.includes("gnu")) entry.libc = ["glibc"];
  return entry;
}
