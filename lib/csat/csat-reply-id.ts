// The id of a survey button (reply button id or template quick-reply payload): `csat:<score>:<survey id>`.
// It names the survey, so an answer finds its conversation even after the customer wrote again.

const PATTERN = /^csat:([1-5]):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export function csatReplyId(surveyId: string, score: number): string {
  return `csat:${score}:${surveyId}`;
}

export function parseCsatReplyId(id: string): { score: number; surveyId: string } | null {
  const match = PATTERN.exec(id.trim());
  if (!match) return null;
  return { score: Number(match[1]), surveyId: match[2]!.toLowerCase() };
}
