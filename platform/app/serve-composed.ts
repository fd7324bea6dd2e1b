import { serveApp, type ServedApp } from '../testing/serve-app.ts';
import { METRICS_TOKEN_FOR_TESTS } from './hostile-endpoints.ts';
import type { BuildOptions } from './wire.ts';

/** The app as `npm start` composes it, with the metrics token the hostile suite sends (tests, fuzzing). */
export function serveComposedApp(options: Pick<BuildOptions, 'web'> = {}): Promise<ServedApp> {
  // The complaint form's bot checks are opened so that the inputs reach the handlers.
  return serveApp({ METRICS_TOKEN: METRICS_TOKEN_FOR_TESTS, COMPLAINTS_FORM_MIN_SECONDS: '0', COMPLAINTS_PER_IP_PER_HOUR: '1000000', ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}) }, options);
}
