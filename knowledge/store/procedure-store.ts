import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { chunkProcedure } from '../chunk/index.ts';
import type { Embedder } from '../embeddings/index.ts';
import { contentHash } from '../importers/index.ts';
import type { Procedure } from '../model/procedure.ts';
import { fold } from '../text/index.ts';
import { reembedChunks, type ReembedProgress } from './reembed.ts';
import { procedureChunks, procedures } from './tables.ts';
import { ensureVectorIndex } from './vector-index.ts';
import { embedChunks, insertChunkRows } from './write-chunks.ts';

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
  /** Re-embeds chunks whose stored embedder (id or dimension) differs from the configured one. */
  reembedIfNeeded(options?: { onProgress?: ReembedProgress }): Promise<{ reembedded: number }>;
  /** Creates the partial HNSW index for the configured embedder's dimension. */
  ensureVectorIndex(): Promise<void>;
  counts(): Promise<{ procedures: number; chunks: number }>;
}

export function createProcedureStore(database: Database, embedder: Embedder): ProcedureStore {
  let indexReady: Promise<void> | null = null;
  const ensureIndex = () => (indexReady ??= ensureVectorIndex(database, embedder.dimension));

  return {
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
      const existing = await database.db
        .select({ code: procedures.code, contentHash: procedures.contentHash })
        .from(procedures)
        .where(inArray(procedures.code, [...byCode.keys()]));
      const storedHash = new Map(existing.map((row) => [row.code, row.contentHash]));

      const changed: Array<{ procedure: Procedure; source: string; hash: string }> = [];
      for (const { procedure, source } of byCode.values()) {
        const hash = contentHash(procedure);
        const stored = storedHash.get(procedure.code);
        if (stored === hash) counts.unchanged++;
        else {
          if (stored === undefined) counts.imported++;
          else counts.updated++;
          changed.push({ procedure, source, hash });
        }
      }
      if (changed.length === 0) return counts;

      const chunkRows = await embedChunks(embedder, changed.flatMap(({ procedure }) => chunkProcedure(procedure)));
      await database.db.transaction(async (tx) => {
        await tx
          .insert(procedures)
          .values(
            changed.map(({ procedure, source, hash }) => ({
              code: procedure.code,
              name: procedure.name,
              nameFolded: fold(procedure.name),
              levels: procedure.levels,
              field: procedure.field,
              agency: procedure.agency,
              record: procedure,
              contentHash: hash,
              popularity: procedure.popularity,
              source,
            })),
          )
          .onConflictDoUpdate({
            target: procedures.code,
            set: {
              name: sql`excluded.name`,
              nameFolded: sql`excluded.name_folded`,
              levels: sql`excluded.levels`,
              field: sql`excluded.field`,
              agency: sql`excluded.agency`,
              record: sql`excluded.record`,
              contentHash: sql`excluded.content_hash`,
              popularity: sql`excluded.popularity`,
              source: sql`excluded.source`,
              importedAt: sql`now()`,
            },
          });
        const updatedCodes = changed.filter(({ procedure }) => storedHash.has(procedure.code)).map(({ procedure }) => procedure.code);
        if (updatedCodes.length) await tx.delete(procedureChunks).where(inArray(procedureChunks.procedureCode, updatedCodes));
        await insertChunkRows(tx, chunkRows);
      });
      return counts;
    },

    async reembedIfNeeded(options = {}) {
      await ensureIndex();
      return reembedChunks(database, embedder, options.onProgress);
    },

    ensureVectorIndex: ensureIndex,

    async counts() {
      const [row] = await database.rows<{ procedures: number; chunks: number }>(sql`select
        (select count(*)::int from procedures) as procedures, (select count(*)::int from procedure_chunks) as chunks`);
      return { procedures: row?.procedures ?? 0, chunks: row?.chunks ?? 0 };
    },
  };
}
