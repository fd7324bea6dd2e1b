import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';

/** pgvector's HNSW index accepts at most 2,000 dimensions for the `vector` type. */
const MAX_HNSW_DIMENSIONS = 2000;

export function assertDimension(dim: number): void {
  if (!Number.isInteger(dim) || dim < 1 || dim > MAX_HNSW_DIMENSIONS) {
    throw new RangeError(`embedding dimension must be an integer from 1 to ${MAX_HNSW_DIMENSIONS}, got ${dim}`);
  }
}

/**
 * Memory for an in-memory HNSW build. When the graph outgrows maintenance_work_mem, pgvector goes
 * on inserting element by element on disk, several times slower (on PGlite, minutes instead of
 * seconds). Each element holds its vector, 2m neighbour candidates (m = 16) and bookkeeping; twice
 * the vector plus 2 KB leaves room, between 128 MB and 4 GB. It is a limit, not an allocation.
 */
function buildMemoryMb(vectors: number, dim: number): number {
  const bytes = vectors * (dim * 8 + 2048);
  return Math.round(Math.min(4096, Math.max(128, bytes / 1024 / 1024)));
}

export const vectorIndexName = (dim: number): string => `procedure_chunks_embedding_hnsw_${dim}`;

/**
 * HNSW build parameters: pgvector's m = 16 with twice its ef_construction (64). Short questions lie
 * far from every chunk vector, so a greedy search can stop in the wrong neighbourhood; a graph built
 * with a longer candidate list finds the exact top 10 more often (dev questions on the full corpus
 * at ef_search 120: recall 0.961–0.970 → 0.978; at 200: 0.987 → 0.993) for a build about 1.5 times
 * as long (22,550 chunks: 10 s → 15 s). m = 32 reaches 0.995 at 120 but builds 2.5 times as long,
 * and on a corpus of near-duplicate province variants gains no more than ef_construction 200.
 */
const HNSW_PARAMETERS = 'm = 16, ef_construction = 128';

/**
 * Creates the partial HNSW (cosine) index for one embedding dimension, over group representatives
 * only (chunk-groups.ts). Chunks keep vectors of any dimension, so each dimension gets its own index
 * over a cast; the migrations create the 512 one. An index from before chunk groups (over every
 * chunk) is replaced.
 */
export async function ensureVectorIndex(database: Database, dim: number): Promise<void> {
  assertDimension(dim);
  const [existing] = await database.rows<{ def: string }>(sql`select indexdef as def from pg_indexes where indexname = ${vectorIndexName(dim)}`);
  if (existing && !existing.def.includes('representative')) await dropVectorIndex(database, dim);
  const [row] = await database.rows<{ n: number }>(sql`select count(*)::int as n from procedure_chunks where embedding_dim = ${dim} and representative`);
  const memory = buildMemoryMb(row?.n ?? 0, dim);
  await database.db.transaction(async (tx) => {
    // Building the graph in memory is much faster than spilling; the default 64 MB is too small for ~20k chunks.
    await tx.execute(sql.raw(`SET LOCAL maintenance_work_mem = '${memory}MB'`));
    await tx.execute(
      sql.raw(
        `CREATE INDEX IF NOT EXISTS ${vectorIndexName(dim)} ON procedure_chunks ` +
          `USING hnsw ((embedding::vector(${dim})) vector_cosine_ops) WITH (${HNSW_PARAMETERS}) WHERE embedding_dim = ${dim} AND representative`,
      ),
    );
  });
}

/** Drops the index of one dimension before a bulk load into an (almost) empty store. */
export async function dropVectorIndex(database: Database, dim: number): Promise<void> {
  assertDimension(dim);
  await database.db.execute(sql.raw(`DROP INDEX IF EXISTS ${vectorIndexName(dim)}`));
}

/** The vector literal pgvector reads, e.g. `[0.1,0.2]`. */
export const toVectorLiteral = (vector: readonly number[]): string => `[${vector.join(',')}]`;
