import { writeFile } from 'node:fs/promises';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJobQueue } from '../jobs/index.ts';
import { createLogger } from '../logging/logger.ts';
import { loadEnvOrExit } from './load-env.ts';
import { createChannelRuntime, registerChannelJobs } from './channels.ts';
import { registerComplaintJobs, registerCsatJobs, registerJobs } from './jobs.ts';
import { buildComplaints, conversationMessenger, startCsat } from './complaints.ts';
import { createAppServices } from './services.ts';

/** A process that only runs background jobs (docker compose `worker`); the web process enqueues. */
const env = loadEnvOrExit();
const logger = createLogger(env.LOG_LEVEL);
if (!env.DATABASE_URL) {
  // PGlite allows one process per data folder: the web process runs the jobs itself.
  console.error('Worker cần DATABASE_URL (PostgreSQL). With the embedded database, `npm start` runs jobs in-process.');
  process.exit(1);
}
// Measured with bench:channels at 50 events/s on 2 cores: acknowledgement p95 1.5 s → 63 ms.
try {
  setPriority(env.WORKER_NICE);
} catch (error) {
  logger.warn({ err: error }, 'worker: could not lower its CPU priority');
}
const services = await createAppServices(env, logger, { seed: false });
const queue = await createJobQueue({ database: services.database, logger, redisUrl: env.REDIS_URL, redisPrefix: env.JOBS_REDIS_PREFIX, pollMs: env.JOBS_POLL_MS });
registerJobs(queue, services);
const complaints = await buildComplaints(services, conversationMessenger(services));
registerComplaintJobs(queue, env.COMPLAINTS_CHECK_INTERVAL_MS, complaints, logger);
// The worker only runs the quiet-period surveys; the web process sends the ones on an agent's close.
const csat = startCsat(services, conversationMessenger(services), complaints);
csat.stop();
registerCsatJobs(queue, csat.deps, env.CSAT_QUIET_MINUTES, env.COMPLAINTS_CHECK_INTERVAL_MS);
// The worker sends too: it builds the same channels (without serving their webhooks).
const channels = createChannelRuntime(env, services, (name, payload, options) => queue.enqueue(name, payload, options));
registerChannelJobs(queue, env, services, channels);
await queue.start();
logger.info({ jobs: queue.kind }, 'worker ready');
// Channel jobs answer citizens with the assistant: its corpus figures and classifier are prepared now,
// as in the web process, so the first message from Zalo or SMS does not wait seconds for them.
services.retriever.warm().catch((error: unknown) => logger.error({ err: error }, 'retriever warm-up failed'));

// The container healthcheck reads this file's age: fresh means the worker still reaches its database.
const heartbeatFile = join(tmpdir(), 'mot-cua-worker.heartbeat');
const beat = () =>
  services.database.ping().then(
    () => writeFile(heartbeatFile, new Date().toISOString()),
    (error: unknown) => logger.warn({ err: error }, 'worker heartbeat: database unreachable'),
  );
await beat();
const heartbeat = setInterval(() => void beat(), 15_000);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  clearInterval(heartbeat);
  await queue.stop();
  await services.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
