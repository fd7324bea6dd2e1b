import type { Server } from 'node:http';
import { createWebChannel, type WebChannel } from '../../channels/web/index.ts';
import type { Env } from '../config/env.ts';
import type { ReadinessCheck } from '../http/health.ts';
import { createMetrics } from '../http/metrics.ts';
import { createHttpApp } from '../http/server.ts';
import { createJobQueue, type JobQueue } from '../jobs/index.ts';
import type { Logger } from '../logging/logger.ts';
import { enqueueStartupJobs, registerJobs } from './jobs.ts';
import { observeApp, observeJobs } from './observe.ts';
import { createAppServices, type AppServices } from './services.ts';

/** The composition root: the only place that builds concrete adapters, routers, jobs and listeners. */
export interface App {
  services: AppServices;
  queue: JobQueue;
  web: WebChannel;
  http: ReturnType<typeof createHttpApp>;
  /** Stops taking work, drains requests and jobs, closes the database and Redis. */
  shutdown(server?: Server): Promise<void>;
}

export async function buildApp(env: Env, logger: Logger, options: { database?: AppServices['database'] } = {}): Promise<App> {
  const services = await createAppServices(env, logger, options);
  const metrics = createMetrics();
  const queue = observeJobs(await createJobQueue({ database: services.database, logger, redisUrl: env.REDIS_URL, pollMs: env.JOBS_POLL_MS }), metrics);
  registerJobs(queue, services);
  const unobserve = observeApp(metrics, services.bus);

  const redis = env.REDIS_URL
    ? new (await import('ioredis')).Redis(env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false })
    : null;
  redis?.on('error', () => undefined); // reported by /readyz, not as crashes
  const readiness: ReadinessCheck[] = [{ name: 'database', check: () => services.database.ping() }];
  if (redis) {
    readiness.push({
      name: 'redis',
      check: async () => {
        if (redis.status === 'wait') await redis.connect();
        await redis.ping();
      },
    });
  }

  const web = createWebChannel({ assistant: services.assistant, bus: services.bus, logger });
  metrics.trackOpenStreams(() => web.openStreams());
  const http = createHttpApp({
    logger,
    bodyLimit: env.BODY_LIMIT,
    readiness,
    trustProxy: env.TRUST_PROXY,
    metrics,
    metricsToken: env.METRICS_TOKEN,
    mounts: [{ path: '/', router: web.router }],
  });

  await queue.start();
  await enqueueStartupJobs(queue, services);

  return {
    services,
    queue,
    web,
    http,
    async shutdown(server) {
      const closing = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
      web.close(); // event streams would otherwise hold the server open
      unobserve();
      server?.closeIdleConnections();
      const timer = setTimeout(() => server?.closeAllConnections(), env.SHUTDOWN_TIMEOUT_MS);
      await closing;
      clearTimeout(timer);
      await queue.stop();
      redis?.disconnect();
      await services.close();
    },
  };
}
