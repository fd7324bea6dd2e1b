import { sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import type { Embedder } from '../embeddings/index.ts';
import { contentHash } from '../importers/index.ts';
import type { Procedure } from '../model/procedure.ts';
import { groupedChunks, lockGroupsSql, promoteRepresentativesSql } from './chunk-groups.ts';
import { reembedChunks, type ReembedProgress } from './reembed.ts';
import { dropVectorIndex, ensureVectorIndex } from './vector-index.ts';
import { embedChunks } from './write-chunks.ts';
import { deleteChunksSql, updatePopularitySql, upsertProceduresSql, type ProcedureRow } from './write-procedures.ts';
import { runWrite } from './write-transaction.ts';

export interface UpsertCounts {
  imported: number;
  updated: number;
  unchanged: number;
}

/** A procedure, optionally with where it came from (file and line) for the `source` column. */
export type StoreInput = Procedure | { procedure: Procedure; source: string };

export interface ProcedureStore {
  /**
   * Idempotent upsert keyed on code and content hash: unchanged procedures write nothing; changed
   * ones are rewritten and their chunks replaced. One transaction per call, so pass batches.
   */
  upsert(batch: readonly StoreInput[], options?: { source?: string }): Promise<UpsertCounts>;
  /**
   * Runs a large import. Into a (nearly) empty store, the HNSW index is dropped and built once at
   * the end: building is several times faster than inserting into the graph row by row.
   */
  bulkLoad<T>(work: () => Promise<T>): Promise<T>;
  /** Re-embeds chunks whose stored embedder (id or dimension) differs from the configured one. */
  reembedIfNeeded(options?: { onProgress?: ReembedProgress }): Promise<{ reembedded: number }>;
  /** Creates the partial HNSW index for the configured embedder's dimension. */
  ensureVectorIndex(): Promise<void>;
  counts(): Promise<{ procedures: number; chunks: number }>;
}

/** Below this many stored chunks a bulk load rebuilds the vector index instead of updating it. */
const REBUILD_BELOW_CHUNKS = 5000;

export function createProcedureStore(database: Database, embedder: Embedder): ProcedureStore {
  let indexReady: Promise<void> | null = null;
  let deferIndex = false;
  const ensureIndex = () => {
    if (deferIndex) return Promise.resolve();
    return (indexReady ??= ensureVectorIndex(database, embedder.dimension).catch((error: unknown) => {
      indexReady = null;
      throw error;
    }));
  };

  const store: ProcedureStore = {
    async upsert(batch, options = {}) {
      const counts: UpsertCounts = { imported: 0, updated: 0, unchanged: 0 };
      if (batch.length === 0) return counts;
      await ensureIndex();
      const fallbackSource = options.source ?? 'import';
      // The last record wins when a batch holds the same code twice.
      const byCode = new Map<string, { procedure: Procedure; source: string }>();
      for (const input of batch) {
        const item = 'procedure' in input ? input : { procedure: input, source: fallbackSource };
        byCode.set(item.procedure.code, item);
      }
      const storedHash = await loadStored(database, [...byCode.keys()]);
      const changed: ProcedureRow[] = [];
      const reweighted: Array<{ code: string; popularity: number }> = [];
      for (const { procedure, source } of byCode.values()) {
        const hash = contentHash(procedure);
        const stored = storedHash.get(procedure.code);
        if (stored?.hash === hash) {
          counts.unchanged++;
          if (stored.popularity !== procedure.popularity) reweighted.push({ code: procedure.code, popularity: procedure.popularity });
          continue;
        }
        if (stored === undefined) counts.imported++;
        else counts.updated++;
        changed.push({ procedure, source, hash });
      }
      if (reweighted.length) await database.db.execute(updatePopularitySql(reweighted));
      if (changed.length === 0) return counts;

      const chunkRows = await embedChunks(embedder, changed.flatMap(({ procedure }) => groupedChunks(procedure)));
      const updatedCodes = changed.map((row) => row.procedure.code).filter((code) => storedHash.has(code));
      await runWrite(database, async (tx) => {
        await tx.execute(upsertProceduresSql(changed));
        const deleted = updatedCodes.length ? await tx.rows<{ group_key: string }>(deleteChunksSql(updatedCodes)) : [];
        await tx.insertChunks(chunkRows);
        // Groups that got members or lost some (perhaps their representative) get one if they have none.
        const touched = new Set([...deleted.map((row) => row.group_key), ...chunkRows.map((row) => row.groupKey)]);
        await tx.execute(lockGroupsSql());
        await tx.execute(promoteRepresentativesSql([...touched]));
      });
      return counts;
    },

    async bulkLoad(work) {
      const { chunks } = await store.counts();
      if (chunks >= REBUILD_BELOW_CHUNKS || deferIndex) return work();
      await dropVectorIndex(database, embedder.dimension);
      indexReady = null;
      deferIndex = true;
      try {
        return await work();
      } finally {
        deferIndex = false;
        await ensureIndex();
      }
    },

    async reembedIfNeeded(options = {}) {
      const result = await reembedChunks(database, embedder, options.onProgress);
      await ensureIndex();
      return result;
    },

    ensureVectorIndex: ensureIndex,

    async counts() {
      const [row] = await database.rows<{ procedures: number; chunks: number }>(sql`select
        (select count(*)::int from procedures) as procedures, (select count(*)::int from procedure_chunks) as chunks`);
      return { procedures: row?.procedures ?? 0, chunks: row?.chunks ?? 0 };
    },
  };
  return store;
}

/** Content hash and usage weight of the procedures already stored. */
async function loadStored(database: Database, codes: readonly string[]): Promise<Map<string, { hash: string; popularity: number }>> {
  const rows = await database.rows<{ code: string; content_hash: string; popularity: number | string }>(sql`select code, content_hash, popularity
    from procedures where code in (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})`);
  return new Map(rows.map((row) => [row.code, { hash: row.content_hash, popularity: Number(row.popularity) }]));
}
