// "4 min", "2 h 5 min", "3 d": short enough for a list column.
export function formatDuration(fromDate: Date, now: Date): string {
  return formatSpan(now.getTime() - fromDate.getTime());
}

// The same for a span in milliseconds ("23 h 10 min left").
export function formatSpan(milliseconds: number): string {
  const minutes = Math.max(0, Math.floor(milliseconds / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}

// "14:05" today, "Mon" this week, else "12 Mar".
export function formatListTime(date: Date, now: Date): string {
  const sameDay = date.toDateString() === now.toDateString();
  if (sameDay) return date.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
  if (now.getTime() - date.getTime() < 6 * 24 * 3600_000) return date.toLocaleDateString(undefined, { weekday: "short" });
  return date.toLocaleDateString(undefined, { day: "numeric", month: "short" });
}
