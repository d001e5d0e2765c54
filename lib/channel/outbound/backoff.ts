// Exponential backoff with full jitter (AWS's recommendation): spreads retries of many senders
// instead of having them hit a throttled API in lockstep. Retry-After wins when the API gives one.
export function retryDelayMs(attempt: number, options: { baseMs?: number; maxMs?: number; retryAfterMs?: number; random?: () => number } = {}): number {
  const base = options.baseMs ?? 1000;
  const max = options.maxMs ?? 5 * 60_000;
  if (options.retryAfterMs !== undefined) return Math.min(max, Math.max(0, options.retryAfterMs));
  const ceiling = Math.min(max, base * 2 ** Math.max(0, attempt - 1));
  const random = options.random ?? Math.random;
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
