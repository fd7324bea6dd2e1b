import { serveApp, type ServedApp } from '../testing/serve-app.ts';
import { METRICS_TOKEN_FOR_TESTS } from './hostile-endpoints.ts';
import { VOICE_HOSTILE_SETTINGS } from '../../channels/voice/testing/hostile-endpoints.ts';
import type { BuildOptions } from './wire.ts';

/** The app as `npm start` composes it, with the metrics token the hostile suite sends (tests, fuzzing). */
export function serveComposedApp(options: Pick<BuildOptions, 'web'> = {}): Promise<ServedApp> {
  return serveApp({ METRICS_TOKEN: METRICS_TOKEN_FOR_TESTS, ...VOICE_HOSTILE_SETTINGS, ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}) }, options);
}
