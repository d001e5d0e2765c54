// Fills a canned reply's variables for one conversation. Unknown variables, and known ones without
// a value, stay visible ("{{contact.first_name}}") so the person sees what to fill in before sending.

export type CannedReplyContext = {
  contact?: { name: string | null };
  agent?: { name: string | null };
  inbox?: { name: string | null };
};

const VARIABLE = /\{\{\s*([a-z_]+)\.([a-z_]+)\s*\}\}/gi;

export function renderCannedReply(body: string, context: CannedReplyContext): string {
  return body.replace(VARIABLE, (whole, scope: string, field: string) => valueOf(context, scope.toLowerCase(), field.toLowerCase()) ?? whole);
}

function valueOf(context: CannedReplyContext, scope: string, field: string): string | null {
  const name = scope === "contact" || scope === "agent" || scope === "inbox" ? context[scope]?.name?.trim() : undefined;
  if (!name) return null;
  if (field === "name") return name;
  if (field === "first_name" && scope !== "inbox") return name.split(/\s+/)[0] ?? name;
  return null;
}
