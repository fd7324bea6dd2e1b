import { timingSafeEqual } from 'node:crypto';
import { Router, type RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { AppError } from './errors.ts';

/**
 * Prometheus metrics of one process, on a registry of its own (tests build several apps):
 * HTTP latency by route, assistant turns by kind, handoffs, job runs and failures, rate-limit
 * refusals and open event streams.
 */
export interface Metrics {
  registry: Registry;
  turns: Counter<'kind'>;
  handoffs: Counter<'reason'>;
  jobRuns: Counter<'job' | 'outcome'>;
  rateLimited: Counter<'route'>;
  /** Counts the open event streams when scraped. */
  trackOpenStreams(count: () => number): void;
  /** Times every request; the label is the route's pattern, never the raw path (ids would explode the series). */
  httpMiddleware: RequestHandler;
  /** GET /metrics, behind a bearer token when one is configured. */
  router(token?: string): Router;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const http = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route pattern, method and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const counters = {
    turns: new Counter({ name: 'assistant_turns_total', help: 'Assistant replies by kind', labelNames: ['kind'] as const, registers: [registry] }),
    handoffs: new Counter({ name: 'handoffs_total', help: 'Conversations handed to a person, by reason', labelNames: ['reason'] as const, registers: [registry] }),
    jobRuns: new Counter({ name: 'job_runs_total', help: 'Background job runs by job and outcome', labelNames: ['job', 'outcome'] as const, registers: [registry] }),
    rateLimited: new Counter({ name: 'rate_limited_total', help: 'Requests refused by a rate limit, by route', labelNames: ['route'] as const, registers: [registry] }),
  };
  const streamCounters: (() => number)[] = [];
  new Gauge({
    name: 'event_streams_open',
    help: 'Server-sent event streams open now',
    registers: [registry],
    collect() {
      this.set(streamCounters.reduce((sum, count) => sum + count(), 0));
    },
  });

  // The route's own pattern: Express has already left nested routers (and reset baseUrl) when the response finishes.
  const routeOf = (req: Parameters<RequestHandler>[0]): string => {
    const pattern = (req.route as { path?: unknown } | undefined)?.path;
    return typeof pattern === 'string' ? pattern : 'unmatched';
  };

  return {
    registry,
    ...counters,
    trackOpenStreams: (count) => void streamCounters.push(count),
    httpMiddleware(req, res, next) {
      const end = http.startTimer();
      res.on('finish', () => {
        const route = routeOf(req);
        end({ method: req.method, route, status: String(res.statusCode) });
        if (res.statusCode === 429) counters.rateLimited.inc({ route });
      });
      next();
    },
    router(token) {
      const router = Router();
      router.get('/metrics', async (req, res) => {
        if (token) {
          const given = Buffer.from(req.get('authorization') ?? '');
          const wanted = Buffer.from(`Bearer ${token}`);
          if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) throw new AppError('unauthorized', 'Cần mã truy cập để đọc số liệu vận hành.');
        }
        res.setHeader('Content-Type', registry.contentType);
        res.setHeader('Cache-Control', 'no-store');
        res.send(await registry.metrics());
      });
      return router;
    },
  };
}
