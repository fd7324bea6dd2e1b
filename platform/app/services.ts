import { createAssistant, createAnswerLlm, createPgConversationStore, systemClock, type Assistant } from '../../assistant/index.ts';
import { createContactCentreQueue, type ContactCentreQueue } from '../../callcenter/index.ts';
import { createEmbedder, createProcedureStore, createRetriever, seedSampleCorpus, type Embedder, type KnowledgeRetriever, type ProcedureStore } from '../../knowledge/index.ts';
import { embedderConfig } from '../config/embedder-config.ts';
import type { Env } from '../config/env.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { createEventBus, type EventBus } from '../events/bus.ts';
import { createPgEventBus } from '../events/pg-event-bus.ts';
import type { Logger } from '../logging/logger.ts';
import { seedExampleCentre, type Appointments } from '../../callcenter/appointments/index.ts';
import { buildAppointments } from './appointments.ts';
import { createCitizenModules, type CitizenModules } from './citizen-tasks.ts';

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
  /** The contact centre's queue: handoffs, conversation ownership, routing. */
  contactCentre: ContactCentreQueue;
  /** Branches, counters, services and bookings (callcenter/appointments). */
  appointments: Appointments;
  /** The callcenter domains with chat tasks (forms, dossiers): their routes and jobs. */
  citizen: CitizenModules;
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** An already open database (tests, benchmarks); otherwise opened from env. */
  database?: Database;
  /** Load the shipped sample corpus when the procedures table is empty (default: env.SEED_SAMPLE_CORPUS). */
  seed?: boolean;
  /** PostgreSQL URL for the cross-process event bus (LISTEN/NOTIFY); default env.DATABASE_URL. PGlite uses the in-process bus. */
  busUrl?: string;
}

export async function createAppServices(env: Env, logger: Logger, options: ServiceOptions = {}): Promise<AppServices> {
  const database = options.database ?? (await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR }));
  try {
    await migrate(database);
    const onListenerError = (name: string, error: unknown) => logger.error({ err: error, event: name }, 'event listener failed');
    const busUrl = database.driver === 'postgres' ? (options.busUrl ?? database.url ?? env.DATABASE_URL) : undefined;
    const bus = busUrl
      ? await createPgEventBus({ url: busUrl, onListenerError, onConnectionError: (error) => logger.warn({ err: error }, 'event bus connection') })
      : createEventBus(onListenerError);
    const contactCentre = createContactCentreQueue({ db: database.db, bus, hours: env.CONSOLE_HOURS, offerSeconds: env.CONSOLE_OFFER_SECONDS });
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
    const appointments = buildAppointments(env, database, retriever);
    if (env.APPOINTMENT_SEED_EXAMPLE) {
      const centre = await seedExampleCentre(database.db);
      if (centre.branches > 0) logger.info(centre, 'example appointment centre loaded');
    }
    const citizen = createCitizenModules({ env, database, bus, logger, procedures: retriever, appointments });
    const assistant = createAssistant({
      retriever,
      conversations: createPgConversationStore(database.db, bus),
      handoffs: contactCentre.handoffs,
      ownership: contactCentre.ownership,
      clock: systemClock,
      bus,
      llm,
      logger,
      tasks: citizen.tasks,
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
      contactCentre,
      appointments,
      citizen,
      async close() {
        contactCentre.stop();
        await contactCentre.routing.stop();
        await (bus as Partial<{ close(): Promise<void> }>).close?.();
        await database.close();
      },
    };
  } catch (error) {
    if (!options.database) await database.close();
    throw error;
  }
}
