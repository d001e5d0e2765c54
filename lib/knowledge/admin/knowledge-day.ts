// The calendar day the agent's knowledge search uses for effective dates (UTC, like the agent turn).
export function knowledgeDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
