import { createAssistant, createAnswerLlm, createPgConversationStore, systemClock, type Assistant } from '../../assistant/index.ts';
import { createHandoffSink } from '../../callcenter/index.ts';
import { createEmbedder, createProcedureStore, createRetriever, seedSampleCorpus, type Embedder, type KnowledgeRetriever, type ProcedureStore } from '../../knowledge/index.ts';
import { embedderConfig } from '../config/embedder-config.ts';
import type { Env } from '../config/env.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { createEventBus, type EventBus } from '../events/bus.ts';
import type { Logger } from '../logging/logger.ts';

/** The domain services every process (web, worker, CLIs, evals, benchmarks) is built from. */
export interface AppServices {
  env: Env;
  logger: Logger;
  database: Database;
  bus: EventBus;
  embedder: Embedder;
  store: ProcedureStore;
  retriever: KnowledgeRetriever;
  assistant: Assistant;
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** An already open database (tests, benchmarks); otherwise opened from env. */
  database?: Database;
  /** Load the shipped sample corpus when the procedures table is empty (default: env.SEED_SAMPLE_CORPUS). */
  seed?: boolean;
}

export async function createAppServices(env: Env, logger: Logger, options: ServiceOptions = {}): Promise<AppServices> {
  const database = options.database ?? (await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR }));
  try {
    await migrate(database);
    const bus = createEventBus((name, error) => logger.error({ err: error, event: name }, 'event listener failed'));
    const embedder = createEmbedder(embedderConfig(env));
    const store = createProcedureStore(database, embedder);
    if (options.seed ?? env.SEED_SAMPLE_CORPUS) {
      const seeded = await seedSampleCorpus(database, store);
      if (seeded.imported > 0) logger.info({ procedures: seeded.imported }, 'sample corpus loaded');
    }
    const retriever = createRetriever(database, embedder);
    const llm = env.OPENAI_API_KEY
      ? createAnswerLlm({ apiKey: env.OPENAI_API_KEY, baseUrl: env.OPENAI_BASE_URL, model: env.OPENAI_CHAT_MODEL, logger })
      : undefined;
    const assistant = createAssistant({
      retriever,
      conversations: createPgConversationStore(database.db, bus),
      handoffs: createHandoffSink(database.db, bus),
      clock: systemClock,
      bus,
      llm,
      logger,
    });
    return {
      env,
      logger,
      database,
      bus,
      embedder,
      store,
      retriever,
      assistant,
      close: () => database.close(),
    };
  } catch (error) {
    if (!options.database) await database.close();
    throw error;
  }
}
