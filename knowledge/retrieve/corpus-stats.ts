import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import type { Level } from '../model/procedure.ts';
import type { ProcedureFacts } from './filters.ts';
import { buildNameIndex, type NameIndex } from './name-index.ts';

/**
 * Corpus-wide figures that weight query words (how many names and chunks hold each token), the
 * popularity range, and every procedure name indexed in memory (a few MB even at 100,000 procedures).
 */
export interface CorpusStats {
  /** What fusion and filters need of every procedure, so candidates cost no query. */
  procedures: ReadonlyMap<string, ProcedureFacts>;
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
  const [totals] = await database.rows<{ chunks: number }>(sql`select count(*)::int as chunks from procedure_chunks`);
  const chunks = totals?.chunks ?? 0;
  const percent = chunks > CHUNK_SAMPLE ? Math.max(0.01, (100 * CHUNK_SAMPLE) / chunks) : 100;
  // A fixed seed: a random sample per process made word weights, and so some rankings, differ between runs.
  const sample = percent >= 100 ? 'select tsv from procedure_chunks' : `select tsv from procedure_chunks tablesample bernoulli (${percent.toFixed(3)}) repeatable (20261202)`;
  const [names, chunkWords, sampled] = await Promise.all([
    database.rows<FactsRow>(sql`select code, name_folded, content_hash, popularity, levels, agency, field from procedures order by code`),
    database.rows<{ word: string; ndoc: number }>(sql`select word, ndoc from ts_stat(${sample})`),
    Promise.resolve(percent >= 100 ? chunks : Math.round((chunks * percent) / 100)),
  ]);
  const sampledChunks = Math.max(1, sampled);
  const facts = names.map(toFacts);
  return {
    procedures: new Map(facts.map((f) => [f.code, f])),
    chunks,
    names: buildNameIndex(facts),
    chunkShare: new Map(chunkWords.map((w) => [w.word, Math.min(1, Number(w.ndoc) / sampledChunks)])),
    maxPopularity: facts.reduce((max, f) => Math.max(max, f.popularity), 0),
    loadedAt: Date.now(),
  };
}

export interface FactsRow extends Record<string, unknown> {
  code: string;
  name_folded: string;
  content_hash: string;
  popularity: number | string;
  levels: Level[] | string;
  agency: string | null;
  field: string | null;
}

export function toFacts(row: FactsRow): ProcedureFacts {
  return {
    code: row.code,
    nameFolded: row.name_folded,
    contentHash: row.content_hash,
    popularity: Number(row.popularity),
    levels: parseLevels(row.levels),
    agency: row.agency,
    field: row.field,
  };
}

/** text[] arrives as an array from node-postgres and PGlite alike; a literal such as {xã,tỉnh} is parsed just in case. */
function parseLevels(value: Level[] | string): Level[] {
  if (Array.isArray(value)) return value;
  return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean).map((v) => v.replace(/^"|"$/g, '') as Level);
}

/**
 * Keeps stats fresh without slowing queries: the first search waits for them, later ones use the
 * cached copy while a refresh runs in the background once it is older than `maxAgeMs`.
 * An empty store is read again on the next search.
 */
export function createStatsCache(database: Database, maxAgeMs: number): { get(): Promise<CorpusStats>; invalidate(): void } {
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
    invalidate() {
      current = null;
    },
  };
}
