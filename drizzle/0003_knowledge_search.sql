-- Full-text search over published knowledge in each article's own language. The configuration is
-- picked from the locale with constant regconfigs, so the generated column stays immutable.
ALTER TABLE "knowledge_articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(CASE "locale"
      WHEN 'fr' THEN 'french'::regconfig WHEN 'de' THEN 'german'::regconfig WHEN 'nl' THEN 'dutch'::regconfig
      WHEN 'es' THEN 'spanish'::regconfig WHEN 'pt' THEN 'portuguese'::regconfig ELSE 'english'::regconfig END,
    coalesce("title", '')), 'A') ||
  setweight(to_tsvector(CASE "locale"
      WHEN 'fr' THEN 'french'::regconfig WHEN 'de' THEN 'german'::regconfig WHEN 'nl' THEN 'dutch'::regconfig
      WHEN 'es' THEN 'spanish'::regconfig WHEN 'pt' THEN 'portuguese'::regconfig ELSE 'english'::regconfig END,
    coalesce("body", '')), 'B')
) STORED;
--> statement-breakpoint
CREATE INDEX "knowledge_articles_search_idx" ON "knowledge_articles" USING gin ("search_vector");
