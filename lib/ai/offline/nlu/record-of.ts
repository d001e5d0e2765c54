// Builds a record with one entry per key. TypeScript cannot see that Object.fromEntries over a full
// key list yields every key, so the one cast this needs lives here.
export function recordOf<K extends string, V>(keys: readonly K[], valueOf: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, valueOf(key)])) as Record<K, V>;
}
