-- Chunks near-identical across a national procedure's province variants share a group key
-- (knowledge/store/chunk-groups.ts builds the same key); the HNSW index holds one representative per group.
ALTER TABLE "procedure_chunks" ADD COLUMN "group_key" text;--> statement-breakpoint
ALTER TABLE "procedure_chunks" ADD COLUMN "representative" boolean DEFAULT false NOT NULL;--> statement-breakpoint
UPDATE "procedure_chunks" c SET "group_key" = coalesce(p."record"->>'nationalCode', c."procedure_code") || '|' || c."section" || '|'
  || coalesce(c."case_label", '') || '|' || c."ordinal"::text
  FROM "procedures" p WHERE p."code" = c."procedure_code";--> statement-breakpoint
ALTER TABLE "procedure_chunks" ALTER COLUMN "group_key" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "procedure_chunks_group_idx" ON "procedure_chunks" USING btree ("group_key");--> statement-breakpoint
UPDATE "procedure_chunks" SET "representative" = true
  WHERE "id" IN (SELECT min("id") FROM "procedure_chunks" GROUP BY "group_key");--> statement-breakpoint
-- The vector index covers representatives only (the store recreates it for other dimensions the same way).
DROP INDEX IF EXISTS "procedure_chunks_embedding_hnsw_512";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "procedure_chunks_embedding_hnsw_512" ON "procedure_chunks"
  USING hnsw (("embedding"::vector(512)) vector_cosine_ops) WITH (m = 16, ef_construction = 128)
  WHERE "embedding_dim" = 512 AND "representative";
