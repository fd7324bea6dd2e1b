import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { buildNameIndex, nameFrequency, type NameIndex } from './name-index.ts';

/**
 * Corpus-wide figures that weight query words (how many names and chunks hold each token), the
 * popularity range, and every procedure name indexed in memory (a few MB even at 100,000 procedures).
 */
export interface CorpusStats {
  procedures: number;
  chunks: number;
  names: NameIndex;
  /** Share (0..1) of chunks containing each folded token, estimated from a sample. */
  chunkShare: ReadonlyMap<string, number>;
  maxPopularity: number;
  loadedAt: number;
}

/** Chunks read to estimate word shares: enough for stable figures, bounded on large corpora. */
const CHUNK_SAMPLE = 20_000;

export async function loadCorpusStats(database: Database): Promise<CorpusStats> {
  const [totals] = await database.rows<{ procedures: number; chunks: number; max_popularity: number | null }>(sql`select
    (select count(*)::int from procedures) as procedures, (select max(popularity) from procedures) as max_popularity,
    (select count(*)::int from procedure_chunks) as chunks`);
  const chunks = totals?.chunks ?? 0;
  const percent = chunks > CHUNK_SAMPLE ? Math.max(0.01, (100 * CHUNK_SAMPLE) / chunks) : 100;
  const sample = percent >= 100 ? 'select tsv from procedure_chunks' : `select tsv from procedure_chunks tablesample bernoulli (${percent.toFixed(3)})`;
  const [names, chunkWords, sampled] = await Promise.all([
    database.rows<{ code: string; name_folded: string }>(sql`select code, name_folded from procedures order by code`),
    database.rows<{ word: string; ndoc: number }>(sql`select word, ndoc from ts_stat(${sample})`),
    Promise.resolve(percent >= 100 ? chunks : Math.round((chunks * percent) / 100)),
  ]);
  const sampledChunks = Math.max(1, sampled);
  return {
    procedures: totals?.procedures ?? 0,
    chunks,
    names: buildNameIndex(names.map((n) => ({ code: n.code, nameFolded: n.name_folded }))),
    chunkShare: new Map(chunkWords.map((w) => [w.word, Math.min(1, Number(w.ndoc) / sampledChunks)])),
    maxPopularity: Number(totals?.max_popularity ?? 0),
    loadedAt: Date.now(),
  };
}

/**
 * Keeps stats fresh without slowing queries: the first search waits for them, later ones use the
 * cached copy while a refresh runs in the background once it is older than `maxAgeMs`.
 * An empty store is read again on the next search.
 */
export function createStatsCache(database: Database, maxAgeMs: number): { get(): Promise<CorpusStats> } {
  let current: Promise<CorpusStats> | null = null;
  let refreshing = false;
  const load = () =>
    loadCorpusStats(database).catch((error: unknown) => {
      current = null;
      throw error;
    });
  return {
    async get() {
      current ??= load();
      const stats = await current;
      // An empty store (before the first import or seed) is not worth caching.
      if (stats.chunks === 0) current = null;
      else if (!refreshing && Date.now() - stats.loadedAt > maxAgeMs) {
        refreshing = true;
        loadCorpusStats(database)
          .then((fresh) => (current = Promise.resolve(fresh)))
          .catch(() => undefined)
          .finally(() => (refreshing = false));
      }
      return stats;
    },
  };
}

/** BM25's inverse document frequency over names; a token in no name counts as rare. */
export function nameIdf(stats: CorpusStats, token: string): number {
  const df = nameFrequency(stats.names, token);
  const total = stats.names.entries.length;
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}
