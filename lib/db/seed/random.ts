// The only source of randomness in the demo data. Every choice and every id comes from a seeded
// mulberry32 stream, so the same seed always produces the same rows, byte for byte.

export type Rng = {
  // Uniform float in [0, 1).
  next: () => number;
  // Uniform unsigned 32-bit integer.
  uint32: () => number;
  // Uniform integer in [min, max], both ends included.
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T;
  shuffle: <T>(items: readonly T[]) => T[];
  digits: (count: number) => string;
  fromAlphabet: (alphabet: string, count: number) => string;
};

// One independent stream per entity group: adding rows to one group never shifts the ids of
// another, which keeps demo ids stable while the generator grows.
export function createRng(seed: number, stream: string): Rng {
  const nextUint32 = mulberry32((seed ^ fnv1a(stream)) >>> 0);
  const next = () => nextUint32() / 4294967296;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  return {
    next,
    uint32: nextUint32,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted: <T>(entries: readonly (readonly [T, number])[]): T => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      const last = entries[entries.length - 1];
      if (!last) throw new Error("weighted pick from an empty list");
      return last[0];
    },
    shuffle: <T>(items: readonly T[]): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        const a = copy[i] as T;
        copy[i] = copy[j] as T;
        copy[j] = a;
      }
      return copy;
    },
    digits: (count) => Array.from({ length: count }, () => String(int(0, 9))).join(""),
    fromAlphabet: (alphabet, count) => Array.from({ length: count }, () => alphabet.charAt(int(0, alphabet.length - 1))).join(""),
  };
}

// A version-4-format UUID whose 122 free bits come from the stream instead of the OS.
export function deterministicUuid(rng: Rng): string {
  const bytes: number[] = [];
  for (let i = 0; i < 4; i++) {
    const word = rng.uint32();
    bytes.push((word >>> 24) & 0xff, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff);
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
