import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseEnv } from '../config/env.ts';
import { listenHttp } from '../http/listen.ts';
import { createLogger } from '../logging/logger.ts';
import { createTestDatabase } from '../testing/test-db.ts';
import { METRICS_TOKEN_FOR_TESTS } from './hostile-endpoints.ts';
import { buildApp, type App, type BuildOptions } from './wire.ts';

/** The app as `npm start` composes it, on a throwaway database and a free loopback port (tests, fuzzing). */
export interface ComposedApp {
  url: string;
  app: App;
  close(): Promise<void>;
}

export async function serveComposedApp(options: Pick<BuildOptions, 'web'> = {}): Promise<ComposedApp> {
  const database = await createTestDatabase();
  const env = parseEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    METRICS_TOKEN: METRICS_TOKEN_FOR_TESTS,
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
  });
  let app: App | undefined;
  let server: Server | undefined;
  try {
    app = await buildApp(env, createLogger('silent'), { ...options, database });
    server = await listenHttp(app.http, 0, '127.0.0.1');
  } catch (error) {
    await app?.shutdown();
    await database.destroy();
    throw error;
  }
  const running = app;
  const listening = server;
  return {
    url: `http://127.0.0.1:${(listening.address() as AddressInfo).port}`,
    app: running,
    async close() {
      await running.shutdown(listening);
      await database.destroy();
    },
  };
}
