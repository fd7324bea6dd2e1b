import { pino } from 'pino';
import { ingestProcedures, loadPopularity, popularityBeside, type Procedure } from '../../knowledge/index.ts';
import { procedures } from '../../knowledge/store/tables.ts';
import { createAppServices, type AppServices } from '../../platform/app/services.ts';
import type { Env } from '../../platform/config/env.ts';
import type { Database } from '../../platform/db/client.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import type { EvalTarget } from './eval-target.ts';
import type { PeerSummary } from '../metrics/aggregate.ts';
import type { DatasetCase } from './load-dataset.ts';
import type { PeerWorkerInput } from './peer-worker.ts';
import { PEERS } from './run-peers.ts';
import { runInWorker } from '../../platform/workers/run-in-worker.ts';

/** Everything a run needs from the project: the assistant's entry point, the corpus and the peers. */
export interface EvalServices {
  target: EvalTarget;
  /** Imports a corpus file or folder into the database (idempotent: unchanged records are skipped). */
  importCorpus(path: string): Promise<{ imported: number; rejected: number }>;
  corpusSize(): Promise<number>;
  /** MiniSearch and Orama over the procedures now in the database, scored on the cases in a worker thread. */
  scorePeers(cases: readonly DatasetCase[]): Promise<Record<string, PeerSummary>>;
  close(): Promise<void>;
}

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
      // The ingest path of `npm run ingest`: bulk load, and the usage weights beside the export.
      const weights = popularityBeside(path);
      const summary = await ingestProcedures(store, path, weights ? { popularity: await loadPopularity(weights) } : {});
      retriever.refresh();
      return { imported: summary.imported + summary.updated + summary.unchanged, rejected: summary.skipped };
    },
    async corpusSize() {
      return (await store.counts()).procedures;
    },
    async scorePeers(cases) {
      const procedures = await allProcedures();
      const worker = new URL('./peer-worker.ts', import.meta.url);
      const scored = await Promise.all(
        PEERS.map(async (peer) => [peer, await runInWorker<PeerSummary>(worker, { peer, procedures, cases: [...cases] } satisfies PeerWorkerInput)] as const),
      );
      return Object.fromEntries(scored);
    },
    async close() {
      // A database handed in belongs to the caller (a test closes and drops it).
      if (!options.database) await services.close();
    },
  };
}
