import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { toChunkHit, type ChunkHit, type ChunkHitRow } from './chunk-hit.ts';
import type { CorpusStats } from './corpus-stats.ts';
import { filterCondition, hasFilters, type RetrievalFilters } from './filters.ts';
import type { QueryTerms } from './query-terms.ts';

export interface TextQueryLimits {
  /** A single word in more than this share of chunks ("đăng", "ký", "giấy") is left to phrases. */
  maxWordShare: number;
  /** A pair is used when its rarer word is in at most this share of chunks. */
  maxPhraseShare: number;
  /** Estimated chunks the query may match (or recheck, for pairs): ranking cost grows with it, on any corpus size. */
  maxRows: number;
  maxTerms: number;
}

export const DEFAULT_TEXT_LIMITS: TextQueryLimits = { maxWordShare: 0.05, maxPhraseShare: 0.25, maxRows: 1000, maxTerms: 8 };

const SAFE = /^[a-z0-9]+$/;

/**
 * `a | (b <-> c) | …` from the question's selective words and adjacent pairs (Vietnamese words are
 * often two syllables: "khai sinh", "căn cước"). Common words alone would match nearly every chunk
 * and make ranking slow without telling chunks apart, so each term's share of chunks is estimated
 * and the rarest terms are taken until the budget is spent. Null when nothing selective remains.
 */
export function buildTsQuery(terms: QueryTerms, stats: CorpusStats, limits: TextQueryLimits = DEFAULT_TEXT_LIMITS): string | null {
  const share = (token: string) => stats.chunkShare.get(token) ?? 0;
  const candidates: Array<{ text: string; share: number }> = [];
  for (const token of terms.tokens) {
    if (SAFE.test(token) && share(token) <= limits.maxWordShare) candidates.push({ text: token, share: share(token) });
  }
  for (const phrase of terms.phrases) {
    const [a, b] = phrase.split('_');
    if (!a || !b || !SAFE.test(a) || !SAFE.test(b)) continue;
    const rarer = Math.min(share(a), share(b));
    if (rarer <= limits.maxPhraseShare) candidates.push({ text: `(${a} <-> ${b})`, share: rarer });
  }
  candidates.sort((x, y) => x.share - y.share);
  const chosen: string[] = [];
  let rows = 0;
  for (const candidate of candidates) {
    const estimate = candidate.share * stats.chunks;
    if (rows + estimate > limits.maxRows || chosen.length === limits.maxTerms) break;
    chosen.push(candidate.text);
    rows += estimate;
  }
  return chosen.length ? chosen.join(' | ') : null;
}

/**
 * Full-text search over folded chunk text (GIN on `tsv`), ranked by term frequency with
 * normalisation 1 (damps long chunks). ts_rank beat ts_rank_cd on the dev set (top-1 0.86 vs 0.85)
 * at a third of the cost.
 */
export async function searchText(database: Database, tsQuery: string, limit: number, filters?: RetrievalFilters): Promise<ChunkHit[]> {
  const join = hasFilters(filters) ? sql`join procedures p on p.code = c.procedure_code and ${filterCondition(filters)}` : sql``;
  const rows = await database.rows<ChunkHitRow>(sql`select c.id, c.procedure_code as code, c.section, c.case_label,
      ts_rank(c.tsv, q, 1) as score
    from procedure_chunks c ${join}, to_tsquery('simple', ${tsQuery}) q
    where c.tsv @@ q
    order by score desc, c.id
    limit ${limit}`);
  return rows.map(toChunkHit);
}
