import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { parseEnv } from '../config/env.ts';
import { createLogger, type Logger } from '../logging/logger.ts';
import { buildApp, type App, type BuildOptions } from '../app/wire.ts';
import { listenHttp } from '../http/listen.ts';
import { createTestDatabase, type TestDatabase } from './test-db.ts';

export interface ServedApp {
  url: string;
  app: App;
  database: TestDatabase;
  close(): Promise<void>;
}

/** A random key for encrypting tokens at rest in a test. */
export const testTokenKey = (): string => randomBytes(32).toString('hex');

/**
 * The whole app (wire.ts) with the given settings on a fresh database (PGlite, or PostgreSQL when
 * DATABASE_URL is set) and the sample corpus, listening on a free loopback port.
 */
export async function serveApp(settings: Record<string, string>, options: { database?: TestDatabase; logger?: Logger } & Pick<BuildOptions, 'web'> = {}): Promise<ServedApp> {
  const database = options.database ?? (await createTestDatabase());
  const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', JOBS_POLL_MS: '20', ...settings });
  const app = await buildApp(env, options.logger ?? createLogger(env.LOG_LEVEL), { database, web: options.web });
  const server: Server = await listenHttp(app.http, 0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    database,
    async close() {
      await app.shutdown(server);
      if (!options.database) await database.destroy();
    },
  };
}
