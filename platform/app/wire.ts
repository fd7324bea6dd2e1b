import type { Server } from 'node:http';
import { createConsole, createStaffGuard, userOf, type Complaints, type Console } from '../../callcenter/index.ts';
import { buildComplaints, conversationMessenger, startCsat } from './complaints.ts';
import { NO_PUBLIC_BASE_URL_WARNING } from '../../assistant/index.ts';
import { createWebChannel, type WebChannel, type WebChannelDeps } from '../../channels/web/index.ts';
import { createAuditLog } from '../audit/index.ts';
import type { Env } from '../config/env.ts';
import type { ReadinessCheck } from '../http/health.ts';
import { createMetrics } from '../http/metrics.ts';
import { METRICS_SECURITY_SCHEME, operationalOpenApiPaths } from '../http/openapi-paths.ts';
import { createHttpApp } from '../http/server.ts';
import { createJobQueue, type JobQueue } from '../jobs/index.ts';
import type { Logger } from '../logging/logger.ts';
import { assistKnowledge } from './assist-knowledge.ts';
import { createChannelRuntime, listenForAgentReplies, registerChannelJobs, type ChannelRuntime } from './channels.ts';
import { wireAppointments } from './appointments.ts';
import { enqueueComplaintJobs, enqueueCsatJobs, enqueueStartupJobs, registerComplaintJobs, registerCsatJobs, registerJobs } from './jobs.ts';
import { observeApp, observeJobs } from './observe.ts';
import { createVoiceRuntime } from './voice.ts';
import { createAppServices, type AppServices } from './services.ts';

/** The composition root: the only place that builds concrete adapters, routers, jobs and listeners. */
export interface App {
  services: AppServices;
  queue: JobQueue;
  web: WebChannel;
  console: Console;
  complaints: Complaints;
  channels: ChannelRuntime;
  http: ReturnType<typeof createHttpApp>;
  /** Stops taking work, drains requests and jobs, closes the database and Redis. */
  shutdown(server?: Server): Promise<void>;
}

export interface BuildOptions {
  database?: AppServices['database'];
  /** The web channel's limits (the fuzz suite raises them so that inputs reach the handlers). */
  web?: Pick<WebChannelDeps, 'rateLimits' | 'streamCaps'>;
}

export async function buildApp(env: Env, logger: Logger, options: BuildOptions = {}): Promise<App> {
  const services = await createAppServices(env, logger, options);
  const metrics = createMetrics();
  const queue = observeJobs(await createJobQueue({ database: services.database, logger, redisUrl: env.REDIS_URL, redisPrefix: env.JOBS_REDIS_PREFIX, pollMs: env.JOBS_POLL_MS }), metrics);
  registerJobs(queue, services);
  const unobserve = observeApp(metrics, services.bus);
  const channels = createChannelRuntime(env, services, (name, payload, options) => queue.enqueue(name, payload, options));
  registerChannelJobs(queue, env, services, channels);
  const stopRelay = listenForAgentReplies(services, channels, queue);
  await channels.start();
  const voice = createVoiceRuntime(env, services, channels, (name, payload, options) => queue.enqueue(name, payload, options));
  logger.info({ on: ['web', ...channels.status.on, ...voice.status.on], off: { ...channels.status.off, ...voice.status.off } }, 'channels');
  if (!env.PUBLIC_BASE_URL) logger.warn(NO_PUBLIC_BASE_URL_WARNING);

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

  const web = createWebChannel({
    ...options.web,
    assistant: services.assistant,
    bus: services.bus,
    logger,
    openApiExtras: { paths: operationalOpenApiPaths(), securitySchemes: METRICS_SECURITY_SCHEME },
  });
  const { assistant, contactCentre, database, bus } = services;
  const messenger = conversationMessenger(services);
  const audit = createAuditLog(database.db);
  const complaints = await buildComplaints(services, messenger);
  registerComplaintJobs(queue, env.COMPLAINTS_CHECK_INTERVAL_MS, complaints, logger);
  const csat = startCsat(services, messenger, complaints);
  registerCsatJobs(queue, csat.deps, env.CSAT_QUIET_MINUTES, env.COMPLAINTS_CHECK_INTERVAL_MS);
  const { forms, dossiers } = services.citizen;
  const staffConsole = createConsole({
    db: database.db,
    bus,
    queue: contactCentre,
    messenger,
    history: (conversationId) => assistant.conversations.history(conversationId),
    audit,
    logger,
    knowledge: assistKnowledge(services.retriever),
    defaultHours: env.CONSOLE_HOURS,
    extensions: [(api) => complaints.mountStaffApi(api, userOf, audit)],
    staffRoutes: [forms.mountStaffRoutes, dossiers.mountStaffRoutes],
  });
  const appointmentMounts = wireAppointments(env, services, channels, queue, { guard: createStaffGuard(database.db), audit: createAuditLog(database.db) });
  metrics.trackOpenStreams(() => web.openStreams());
  const http = createHttpApp({
    logger,
    bodyLimit: env.BODY_LIMIT,
    readiness,
    trustProxy: env.TRUST_PROXY,
    metrics,
    metricsToken: env.METRICS_TOKEN,
    rawMounts: [...channels.rawMounts, ...voice.rawMounts],
    mounts: [...channels.mounts, ...voice.mounts, ...appointmentMounts, { path: '/console', router: staffConsole.router }, { path: '/', router: complaints.publicRouter }, { path: '/', router: csat.router }, { path: '/forms', router: forms.router }, { path: '/dossiers', router: dossiers.router }, { path: '/', router: web.router }],
  });

  if (env.RUN_JOBS) await queue.start();
  await enqueueStartupJobs(queue, services);
  await enqueueComplaintJobs(queue, env.COMPLAINTS_CHECK_INTERVAL_MS);
  await enqueueCsatJobs(queue, env.COMPLAINTS_CHECK_INTERVAL_MS);
  await contactCentre.start(env.CONSOLE_ROUTING_INTERVAL_MS);

  return {
    services,
    queue,
    web,
    console: staffConsole,
    complaints,
    channels,
    http,
    async shutdown(server) {
      const closing = server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
      web.close(); // event streams would otherwise hold the server open
      unobserve();
      staffConsole.close();
      server?.closeIdleConnections();
      const timer = setTimeout(() => server?.closeAllConnections(), env.SHUTDOWN_TIMEOUT_MS);
      await closing;
      clearTimeout(timer);
      await queue.stop();
      stopRelay();
      csat.stop();
      redis?.disconnect();
      await services.close();
    },
  };
}
