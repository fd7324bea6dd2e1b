import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { toVectorLiteral } from '../store/index.ts';
import { toChunkHit, type ChunkHit, type ChunkHitRow } from './chunk-hit.ts';
import { filterCondition, hasFilters, type RetrievalFilters } from './filters.ts';

/**
 * HNSW candidate-list size: twice the rows asked for (eight times under filters), and beyond
 * 100,000 chunks growing with the corpus up to pgvector's maximum of 1,000, because recall falls
 * as the graph grows (with 850,000 chunks of province variants: 0.56 at 120, 0.93 at 800).
 */
export function efSearchFor(limit: number, chunks: number, filtered: boolean): number {
  const base = Math.max(100, limit * (filtered ? 8 : 2));
  return Math.round(Math.min(1000, Math.max(base, (base * chunks) / 100_000)));
}

/**
 * Nearest chunks by cosine distance through the partial HNSW index of this dimension: the query
 * casts to vector(dim) and filters on embedding_dim exactly as the index is defined, or the
 * planner cannot use it. `ef_search` is raised (per transaction) so a larger candidate list
 * keeps HNSW recall high; filters shrink the list after the index scan, so they ask for more.
 */
export async function searchVectors(
  database: Database,
  vector: readonly number[],
  limit: number,
  filters?: RetrievalFilters,
  chunks = 0,
): Promise<ChunkHit[]> {
  // An empty question embeds to zeros, whose cosine distance is undefined.
  if (!vector.some((x) => x !== 0)) return [];
  const dim = vector.length;
  const filtered = hasFilters(filters);
  const efSearch = efSearchFor(limit, chunks, filtered);
  const literal = toVectorLiteral(vector);
  const distance = sql`c.embedding::vector(${sql.raw(String(dim))}) <=> ${literal}::vector(${sql.raw(String(dim))})`;
  const join = filtered ? sql`join procedures p on p.code = c.procedure_code and ${filterCondition(filters)}` : sql``;
  return database.db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local hnsw.ef_search = ${efSearch}`));
    const result = (await tx.execute(sql`select c.id, c.procedure_code as code, c.section, c.case_label, 1 - (${distance}) as score
      from procedure_chunks c ${join}
      where c.embedding_dim = ${sql.raw(String(dim))}
      order by ${distance}
      limit ${limit}`)) as unknown as { rows: ChunkHitRow[] };
    return result.rows.map(toChunkHit);
  });
}
