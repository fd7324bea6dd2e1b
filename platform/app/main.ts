import { listenHttp } from '../http/listen.ts';
import { createLogger } from '../logging/logger.ts';
import { loadEnvOrExit } from './load-env.ts';

const started = performance.now();
const env = loadEnvOrExit();
const logger = createLogger(env.LOG_LEVEL);

try {
  // Loaded after the config check, so a bad environment fails fast with one message. The database
  // opens (WebAssembly compile, data load) while the rest of the app's modules load.
  const { openDatabase } = await import('../db/client.ts');
  const database = openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  const { buildApp } = await import('./wire.ts');
  const app = await buildApp(env, logger, { database: await database });
  // Bundle the browser code in the background; a request that comes first waits for the same build.
  app.web.ready().catch((error: unknown) => logger.error({ err: error }, 'web bundle failed'));
  const server = await listenHttp(app.http, env.PORT, env.HOST);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const readyMs = Math.round(performance.now() - started);
  logger.info({ port, driver: app.services.database.driver, jobs: app.queue.kind, readyMs }, 'ready');
  console.log(`Một Cửa đang chạy: http://localhost:${port}/  (ready in ${readyMs} ms)`);
  // Corpus figures and the procedure classifier (seconds on a full corpus, in a worker thread) are
  // prepared now, not awaited: the first question then usually finds them ready.
  app.services.retriever.warm().catch((error: unknown) => logger.error({ err: error }, 'retriever warm-up failed'));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    app.shutdown(server).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (error) {
  logger.fatal({ err: error }, 'start-up failed');
  process.exit(1);
}
