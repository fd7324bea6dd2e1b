import { serveApp, type ServedApp } from '../testing/serve-app.ts';
import { METRICS_TOKEN_FOR_TESTS } from './hostile-endpoints.ts';
import type { BuildOptions } from './wire.ts';

/** The app as `npm start` composes it, with the metrics token the hostile suite sends (tests, fuzzing). */
export function serveComposedApp(options: Pick<BuildOptions, 'web'> = {}): Promise<ServedApp> {
  return serveApp({ METRICS_TOKEN: METRICS_TOKEN_FOR_TESTS, APPOINTMENT_RATE_LIMIT_PER_MINUTE: '1000000', ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}) }, options);
}
