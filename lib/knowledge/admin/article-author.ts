// Who writes an article version: a person in the editor, or an integration through an API token.
// A token's versions are attributed to the person who created the token (null once that person is
// deleted) and its audit entries to the token itself, so the log tells the two apart.
export type ArticleAuthor = { authorId: string; apiToken?: undefined } | { authorId: string | null; apiToken: { id: string; name: string } };

export function auditActorOf(author: ArticleAuthor): { actorType: "user" | "api"; actorId: string | null; data: Record<string, string> } {
  if (author.apiToken) return { actorType: "api", actorId: author.apiToken.id, data: { apiToken: author.apiToken.name } };
  return { actorType: "user", actorId: author.authorId, data: {} };
}
