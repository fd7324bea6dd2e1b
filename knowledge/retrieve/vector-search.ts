import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { toVectorLiteral } from '../store/index.ts';
import { toChunkHit, type ChunkHit, type ChunkHitRow } from './chunk-hit.ts';
import { filterCondition, hasFilters, type RetrievalFilters } from './filters.ts';

/**
 * HNSW candidate-list size: at least 200, or twice the rows asked for (eight times under filters),
 * and beyond 100,000 chunks growing with the corpus up to pgvector's maximum of 1,000, because
 * recall falls as the graph grows. Recall@10 against exact search on the dev questions (full
 * corpus, 22,550 chunks): 0.978 at 120, 0.993 at 200, 0.998 at 400, for about a millisecond more
 * per step; on 100,000 province variants, near-duplicates of each other, it stays lower even at
 * 1,000 (`npm run bench:scale`).
 */
export function efSearchFor(limit: number, chunks: number, filtered: boolean): number {
  const base = Math.max(200, limit * (filtered ? 8 : 2));
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
  if (database.driver === 'postgres' && !filtered) return searchInOneRoundTrip(database, literal, dim, limit, efSearch);
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

/**
 * The same search on node-postgres as one simple-protocol message: a query without parameters
 * may hold several statements, which the server runs as one implicit transaction, so `set local`
 * lasts exactly for the select, and an error rolls it all back. It saves the pool checkout and
 * three of the four round trips of a transaction (begin, set, commit). Only
 * numbers are inlined: the vector literal is built from floats, the rest are integers.
 */
async function searchInOneRoundTrip(database: Database, literal: string, dim: number, limit: number, efSearch: number): Promise<ChunkHit[]> {
  const vector = `'${literal}'::vector(${dim})`;
  const text = `set local hnsw.ef_search = ${efSearch};
    select c.id, c.procedure_code as code, c.section, c.case_label, 1 - (c.embedding::vector(${dim}) <=> ${vector}) as score
    from procedure_chunks c
    where c.embedding_dim = ${dim}
    order by c.embedding::vector(${dim}) <=> ${vector}
    limit ${limit}`;
  const results = (await database.db.execute(sql.raw(text))) as unknown as Array<{ rows: ChunkHitRow[] }>;
  return (results.at(-1)?.rows ?? []).map(toChunkHit);
}
