import { createAssistant, createPgConversationStore, systemClock } from '../../assistant/index.ts';
import { createHandoffSink } from '../../callcenter/index.ts';
import {
  createMiniSearchPeer,
  createOramaPeer,
  createProcedureStore,
  createRetriever,
  LocalHashEmbedder,
  readProcedures,
  seedSampleCorpus,
  type Procedure,
} from '../../knowledge/index.ts';
import { procedures } from '../../knowledge/store/tables.ts';
import type { Env } from '../../platform/config/env.ts';
import { openDatabase, type Database } from '../../platform/db/client.ts';
import { migrate } from '../../platform/db/migrate.ts';
import { createEventBus } from '../../platform/events/bus.ts';
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
 * Builds the assistant exactly as the channels get it (retriever, PostgreSQL conversation store,
 * handoff sink), on the configured database or on one handed in (tests). Without an LLM and with
 * the local embedder, a run is deterministic.
 */
export async function openEvalServices(env: Env, options: { database?: Database; log?: (line: string) => void } = {}): Promise<EvalServices> {
  const database = options.database ?? (await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR }));
  if (!options.database) await migrate(database);
  const embedder = new LocalHashEmbedder({ dimension: env.EMBEDDING_DIM });
  const store = createProcedureStore(database, embedder);
  if (env.SEED_SAMPLE_CORPUS) {
    const seeded = await seedSampleCorpus(database, store);
    if (seeded.seeded) options.log?.(`seeded the sample corpus: ${seeded.imported} procedures`);
  }
  const retriever = createRetriever(database, embedder);
  const bus = createEventBus((name, error) => options.log?.(`listener of ${name} failed: ${String(error)}`));
  const assistant = createAssistant({
    retriever,
    conversations: createPgConversationStore(database.db, bus),
    handoffs: createHandoffSink(database.db, bus),
    clock: systemClock,
    bus,
  });

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
      if (!options.database) await database.close();
    },
  };
}
