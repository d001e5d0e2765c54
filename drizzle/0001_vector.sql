-- pgvector is optional: stock PostgreSQL 15 (Debian 12) has no package for it. This block creates the
-- extension and the embeddings table only where the extension is available, and is a no-op elsewhere.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') THEN
    CREATE EXTENSION IF NOT EXISTS vector;
    EXECUTE 'CREATE TABLE IF NOT EXISTS knowledge_embeddings (
      article_id uuid NOT NULL REFERENCES knowledge_articles(id) ON DELETE CASCADE,
      chunk_index integer NOT NULL,
      model text NOT NULL,
      content text NOT NULL,
      embedding vector NOT NULL,
      PRIMARY KEY (article_id, chunk_index, model)
    )';
  ELSE
    RAISE NOTICE 'pgvector not available: semantic search disabled';
  END IF;
END $$;
