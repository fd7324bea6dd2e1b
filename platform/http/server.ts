import express, { type Router } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logging/logger.ts';
import { notFoundHandler, problemHandler } from './errors.ts';
import { healthRouter, type ReadinessCheck } from './health.ts';

export interface Mount {
  path: string;
  router: Router;
}

export interface HttpAppOptions {
  logger: Logger;
  bodyLimit?: string;
  readiness?: ReadinessCheck[];
  mounts?: Mount[];
  /** Mounted before the JSON parser: webhooks verify signatures over the raw body and parse it themselves. */
  rawMounts?: Mount[];
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the Express app: security headers, request ids and logs, JSON limits, modules, problem+json. */
export function createHttpApp(options: HttpAppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
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
  for (const mount of options.rawMounts ?? []) app.use(mount.path, mount.router);
  app.use(express.json({ limit: options.bodyLimit ?? '100kb', strict: true }));
  app.use(healthRouter(options.readiness ?? []));
  for (const mount of options.mounts ?? []) app.use(mount.path, mount.router);
  app.use(notFoundHandler);
  app.use(problemHandler(options.logger));
  return app;
}
