-- Chunks keep vectors of any dimension; each dimension gets a partial HNSW (cosine) index over a cast.
-- 512 is the local embedder's default; the store creates the index for another dimension when configured.
CREATE INDEX IF NOT EXISTS "procedure_chunks_embedding_hnsw_512" ON "procedure_chunks"
  USING hnsw (("embedding"::vector(512)) vector_cosine_ops) WHERE "embedding_dim" = 512;
