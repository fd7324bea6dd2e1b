import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { toChunkHit, type ChunkHit, type ChunkHitRow } from './chunk-hit.ts';
import { filterCondition, hasFilters, type RetrievalFilters } from './filters.ts';

/**
 * `a | b | (a <-> b)`: any content token matches, adjacent pairs (Vietnamese words are often two
 * syllables: "khai sinh", "can cuoc") rank higher. Tokens are already restricted to [a-z0-9].
 */
export function buildTsQuery(tokens: readonly string[], phrases: readonly string[]): string | null {
  const safe = (t: string) => /^[a-z0-9]+$/.test(t);
  const terms = tokens.filter(safe);
  const pairs = phrases.map((p) => p.split('_')).filter((pair) => pair.length === 2 && pair.every(safe));
  if (terms.length === 0) return null;
  return [...terms, ...pairs.map(([a, b]) => `(${a} <-> ${b})`)].join(' | ');
}

/**
 * Full-text search over folded chunk text (GIN on `tsv`), ranked by cover density so chunks where
 * the words sit close together come first; normalisation 1 damps long chunks.
 */
export async function searchText(
  database: Database,
  tsQuery: string,
  limit: number,
  filters?: RetrievalFilters,
): Promise<ChunkHit[]> {
  const join = hasFilters(filters) ? sql`join procedures p on p.code = c.procedure_code and ${filterCondition(filters)}` : sql``;
  const rows = await database.rows<ChunkHitRow>(sql`select c.id, c.procedure_code as code, c.section, c.case_label,
      ts_rank_cd(c.tsv, q, 1) as score
    from procedure_chunks c ${join}, to_tsquery('simple', ${tsQuery}) q
    where c.tsv @@ q
    order by score desc, c.id
    limit ${limit}`);
  return rows.map(toChunkHit);
}
