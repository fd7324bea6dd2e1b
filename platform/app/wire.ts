import type { Server } from 'node:http';
import { createWebChannel, type WebChannel } from '../../channels/web/index.ts';
import type { Env } from '../config/env.ts';
import type { ReadinessCheck } from '../http/health.ts';
import { createHttpApp } from '../http/server.ts';
import { createJobQueue, type JobQueue } from '../jobs/index.ts';
import type { Logger } from '../logging/logger.ts';
import { createChannelRuntime, listenForAgentReplies, registerChannelJobs, type ChannelRuntime } from './channels.ts';
import { enqueueStartupJobs, registerJobs } from './jobs.ts';
import { createAppServices, type AppServices } from './services.ts';

/** The composition root: the only place that builds concrete adapters, routers, jobs and listeners. */
export interface App {
  services: AppServices;
  queue: JobQueue;
  web: WebChannel;
  channels: ChannelRuntime;
  http: ReturnType<typeof createHttpApp>;
  /** Stops taking work, drains requests and jobs, closes the database and Redis. */
  shutdown(server?: Server): Promise<void>;
}

export async function buildApp(env: Env, logger: Logger, options: { database?: AppServices['database'] } = {}): Promise<App> {
  const services = await createAppServices(env, logger, options);
  const queue = await createJobQueue({ database: services.database, logger, redisUrl: env.REDIS_URL, pollMs: env.JOBS_POLL_MS });
  registerJobs(queue, services);
  const channels = createChannelRuntime(env, services, (name, payload, options) => queue.enqueue(name, payload, options));
  registerChannelJobs(queue, env, services, channels);
  const stopRelay = listenForAgentReplies(services, channels, queue);
  await channels.start();
  logger.info({ on: ['web', ...channels.status.on], off: channels.status.off }, 'channels');

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
  const http = createHttpApp({
    logger,
    bodyLimit: env.BODY_LIMIT,
    readiness,
    rawMounts: channels.rawMounts,
    mounts: [...channels.mounts, { path: '/', router: web.router }],
  });

  if (env.RUN_JOBS) await queue.start();
  await enqueueStartupJobs(queue, services);

  return {
    services,
    queue,
    web,
    channels,
    http,
    async shutdown(server) {
      const closing = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
      web.close(); // event streams would otherwise hold the server open
      server?.closeIdleConnections();
      const timer = setTimeout(() => server?.closeAllConnections(), env.SHUTDOWN_TIMEOUT_MS);
      await closing;
      clearTimeout(timer);
      await queue.stop();
      stopRelay();
      redis?.disconnect();
      await services.close();
    },
  };
}
