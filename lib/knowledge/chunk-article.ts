// Splits an article into passages of about `size` characters on paragraph boundaries, each prefixed
// with the title, so an embedding carries the article's subject as well as the passage.
export function chunkArticle(title: string, body: string, size = 800): string[] {
  const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const chunks: string[] = [];
  let current = "";
  for (const paragraph of paragraphs) {
    if (current && current.length + paragraph.length > size) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current}\n\n${paragraph}` : paragraph;
  }
  if (current) chunks.push(current);
  return (chunks.length ? chunks : [""]).map((chunk) => `${title}\n\n${chunk}`.trim());
}
