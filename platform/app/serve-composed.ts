import { openConsoleFuzzSession } from '../../callcenter/console/testing/hostile-endpoints.ts';
import { channelHostileSettings } from '../../channels/delivery/testing/hostile-endpoints.ts';
import { serveApp, type ServedApp } from '../testing/serve-app.ts';
import { METRICS_TOKEN_FOR_TESTS } from './hostile-endpoints.ts';
import { VOICE_HOSTILE_SETTINGS } from '../../channels/voice/testing/hostile-endpoints.ts';
import type { BuildOptions } from './wire.ts';

/**
 * The app as `npm start` composes it, every channel on, with the metrics token the hostile suite sends (tests,
 * fuzzing), and a signed-in console session for the console's endpoints.
 */
export async function serveComposedApp(options: Pick<BuildOptions, 'web'> = {}): Promise<ServedApp> {
  const served = await serveApp({ ...channelHostileSettings, METRICS_TOKEN: METRICS_TOKEN_FOR_TESTS, ...VOICE_HOSTILE_SETTINGS, CONSOLE_ROUTING_INTERVAL_MS: '300',
    // The complaint form's bot checks are opened so that the inputs reach the handlers.
    COMPLAINTS_FORM_MIN_SECONDS: '0',
    COMPLAINTS_PER_IP_PER_HOUR: '1000000',
    APPOINTMENT_RATE_LIMIT_PER_MINUTE: '1000000',
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}) }, options);
  try {
    await openConsoleFuzzSession(served.url, served.database.db);
  } catch (error) {
    await served.close();
    throw error;
  }
  return served;
}
