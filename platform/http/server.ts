import express, { type Router } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logging/logger.ts';
import { notFoundHandler, problemHandler } from './errors.ts';
import { healthRouter, type ReadinessCheck } from './health.ts';
import { refuseOtherMethods } from './method-not-allowed.ts';
import type { Metrics } from './metrics.ts';

export interface Mount {
  path: string;
  router: Router;
}

export interface HttpAppOptions {
  logger: Logger;
  bodyLimit?: string;
  readiness?: ReadinessCheck[];
  mounts?: Mount[];
  /** Express's `trust proxy`: which hops may set X-Forwarded-For (default loopback; see TRUST_PROXY). */
  trustProxy?: boolean | number | string;
  /** When given, requests are timed and GET /metrics serves them (behind `metricsToken` if set). */
  metrics?: Metrics;
  metricsToken?: string;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the Express app: security headers, request ids and logs, JSON limits, modules, problem+json. */
export function createHttpApp(options: HttpAppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? 'loopback');
  if (options.metrics) app.use(options.metrics.httpMiddleware);
  app.use(
    pinoHttp({
      logger: options.logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // Query strings may carry tokens; log the path only.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    }),
  );
  app.use(helmet());
  app.use(express.json({ limit: options.bodyLimit ?? '100kb', strict: true }));
  const routers = [healthRouter(options.readiness ?? []), ...(options.metrics ? [options.metrics.router(options.metricsToken)] : [])];
  for (const router of routers) app.use(router);
  for (const mount of options.mounts ?? []) app.use(mount.path, mount.router);
  for (const router of [...routers, ...(options.mounts ?? []).map((m) => m.router)]) refuseOtherMethods(router);
  app.use(notFoundHandler);
  app.use(problemHandler(options.logger));
  return app;
}
