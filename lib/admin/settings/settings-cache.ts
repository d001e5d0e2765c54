// A short-lived in-process cache for settings read on hot paths (every webhook reads the burst
// window). A save in this process clears it at once; other instances see the change within the TTL.

type Entry = { value: unknown; at: number };

const holder = globalThis as typeof globalThis & { __settingsCache?: Map<string, Entry> };

function entries(): Map<string, Entry> {
  holder.__settingsCache ??= new Map();
  return holder.__settingsCache;
}

export async function cachedSetting<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const hit = entries().get(key);
  if (hit && Date.now() - hit.at < ttlMs) return hit.value as T;
  const value = await load();
  entries().set(key, { value, at: Date.now() });
  return value;
}

export function invalidateSettingsCache(): void {
  entries().clear();
}
