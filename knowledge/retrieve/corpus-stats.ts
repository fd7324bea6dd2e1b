import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';

/** Corpus-wide figures that weight query words: how many procedure names hold each token, popularity range. */
export interface CorpusStats {
  procedures: number;
  /** Number of procedure names containing each folded token. */
  nameDocumentFrequency: ReadonlyMap<string, number>;
  maxPopularity: number;
  loadedAt: number;
}

export async function loadCorpusStats(database: Database): Promise<CorpusStats> {
  const [totals] = await database.rows<{ n: number; max_popularity: number | null }>(
    sql`select count(*)::int as n, max(popularity) as max_popularity from procedures`,
  );
  const words = await database.rows<{ word: string; ndoc: number }>(
    sql`select word, ndoc from ts_stat('select to_tsvector(''simple'', name_folded) from procedures')`,
  );
  return {
    procedures: totals?.n ?? 0,
    nameDocumentFrequency: new Map(words.map((w) => [w.word, Number(w.ndoc)])),
    maxPopularity: Number(totals?.max_popularity ?? 0),
    loadedAt: Date.now(),
  };
}

/**
 * Keeps stats fresh without slowing queries: the first search waits for them, later ones use the
 * cached copy while a refresh runs in the background once it is older than `maxAgeMs`.
 */
export function createStatsCache(database: Database, maxAgeMs: number): { get(): Promise<CorpusStats>; invalidate(): void } {
  let current: Promise<CorpusStats> | null = null;
  let refreshing = false;
  return {
    async get() {
      if (!current) current = loadCorpusStats(database).catch((error: unknown) => {
        current = null;
        throw error;
      });
      const stats = await current;
      if (!refreshing && Date.now() - stats.loadedAt > maxAgeMs) {
        refreshing = true;
        loadCorpusStats(database)
          .then((fresh) => (current = Promise.resolve(fresh)))
          .catch(() => undefined)
          .finally(() => (refreshing = false));
      }
      return stats;
    },
    invalidate() {
      current = null;
    },
  };
}

/** BM25's inverse document frequency; a token in no name counts as rare. */
export function nameIdf(stats: CorpusStats, token: string): number {
  const df = stats.nameDocumentFrequency.get(token) ?? 0;
  return Math.log(1 + (stats.procedures - df + 0.5) / (df + 0.5));
}
