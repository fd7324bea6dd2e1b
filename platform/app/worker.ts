import { ConfigError, parseEnv } from '../config/env.ts';
import { createJobQueue } from '../jobs/index.ts';
import { createLogger } from '../logging/logger.ts';
import { registerJobs } from './jobs.ts';
import { createAppServices } from './services.ts';

/** A process that only runs background jobs (docker compose `worker`); the web process enqueues. */
let env;
try {
  env = parseEnv();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const logger = createLogger(env.LOG_LEVEL);
if (!env.DATABASE_URL) {
  // PGlite allows one process per data folder: the web process runs the jobs itself.
  console.error('Worker cần DATABASE_URL (PostgreSQL). With the embedded database, `npm start` runs jobs in-process.');
  process.exit(1);
}
const services = await createAppServices(env, logger, { seed: false });
const queue = createJobQueue({ database: services.database, logger, redisUrl: env.REDIS_URL, pollMs: env.JOBS_POLL_MS });
registerJobs(queue, services);
await queue.start();
logger.info({ jobs: queue.kind }, 'worker ready');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await queue.stop();
  await services.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
