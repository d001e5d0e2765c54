// Small formatting helpers for the evaluations pages.

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}

// "2026-11-22 07:26 UTC" from an ISO time.
export function formatWhen(iso: string): string {
  return `${iso.replace("T", " ").slice(0, 16)} UTC`;
}

export function formatRate(value: number | null): string {
  return value === null ? "n/a" : `${(value * 100).toFixed(value === 1 || value === 0 ? 0 : 1)}%`;
}
