// "4 min", "2 h 5 min", "3 d": short enough for a list column.
export function formatDuration(fromDate: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - fromDate.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}
