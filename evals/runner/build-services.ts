import { pino } from 'pino';
import { createMiniSearchPeer, createOramaPeer, readProcedures, type Procedure } from '../../knowledge/index.ts';
import { procedures } from '../../knowledge/store/tables.ts';
import { createAppServices, type AppServices } from '../../platform/app/services.ts';
import type { Env } from '../../platform/config/env.ts';
import type { Database } from '../../platform/db/client.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import type { EvalTarget } from './eval-target.ts';
import type { PeerSearch } from './run-peers.ts';

/** Everything a run needs from the project: the assistant's entry point, the corpus and the peers. */
export interface EvalServices {
  target: EvalTarget;
  /** Imports a corpus file or folder into the database (idempotent: unchanged records are skipped). */
  importCorpus(path: string): Promise<{ imported: number; rejected: number }>;
  corpusSize(): Promise<number>;
  /** MiniSearch and Orama built over the procedures now in the database. */
  peers(): Promise<Record<string, PeerSearch>>;
  close(): Promise<void>;
}

/** Records per upsert call: one transaction each, small enough to keep memory flat. */
const IMPORT_BATCH = 200;

/**
 * The assistant exactly as the channels get it (platform/app/services.ts), on the configured
 * database or on one handed in (tests). Logs go to stderr, at "warn" unless LOG_LEVEL is set, so
 * that a run's stdout stays the report and one log line per turn does not drown it.
 */
export async function openEvalServices(env: Env, options: { database?: Database } = {}): Promise<EvalServices> {
  const level = process.env.LOG_LEVEL ? env.LOG_LEVEL : 'warn';
  const services: AppServices = await createAppServices(env, createLogger(level, pino.destination(2)), options.database ? { database: options.database } : {});
  const { assistant, retriever, store, database } = services;

  const allProcedures = async (): Promise<Procedure[]> =>
    (await database.db.select({ record: procedures.record }).from(procedures)).map((row) => row.record as Procedure);

  return {
    target: {
      startConversation: () => assistant.conversations.start('eval'),
      handleTurn: (turn) => assistant.handleTurn(turn),
      getProcedure: (code) => retriever.getByCode(code),
    },
    async importCorpus(path) {
      let imported = 0;
      let rejected = 0;
      let batch: Procedure[] = [];
      const flush = async () => {
        const counts = await store.upsert(batch, { source: path });
        imported += counts.imported + counts.updated + counts.unchanged;
        batch = [];
      };
      for await (const item of readProcedures(path)) {
        if (!item.ok) rejected++;
        else if (batch.push(item.procedure) >= IMPORT_BATCH) await flush();
      }
      if (batch.length > 0) await flush();
      return { imported, rejected };
    },
    async corpusSize() {
      return (await store.counts()).procedures;
    },
    async peers() {
      const corpus = await allProcedures();
      return { minisearch: createMiniSearchPeer(corpus), orama: await createOramaPeer(corpus) };
    },
    async close() {
      // A database handed in belongs to the caller (a test closes and drops it).
      if (!options.database) await services.close();
    },
  };
}
