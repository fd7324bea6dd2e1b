import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAppServices, type AppServices } from '../../../platform/app/services.ts';
import { parseEnv } from '../../../platform/config/env.ts';
import { listenHttp } from '../../../platform/http/listen.ts';
import { createHttpApp, type Mount } from '../../../platform/http/server.ts';
import { createLogger } from '../../../platform/logging/logger.ts';
import { createTestDatabase } from '../../../platform/testing/test-db.ts';
import { createWebChannel, type WebChannel, type WebChannelDeps } from '../index.ts';

/** The real assistant over a fresh database (PGlite, or PostgreSQL when DATABASE_URL is set) with the sample corpus. */
export interface RealServices {
  services: AppServices;
  /** Closes and drops the throwaway database. */
  close(): Promise<void>;
}

export async function startRealServices(): Promise<RealServices> {
  const database = await createTestDatabase();
  const logger = createLogger('silent');
  try {
    // An explicit environment: no OpenAI key from the developer's shell, so answers are deterministic.
    const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const services = await createAppServices(env, logger, { database, seed: true });
    return { services, close: () => database.destroy() };
  } catch (error) {
    await database.destroy();
    throw error;
  }
}

export interface ServedChannel {
  url: string;
  channel: WebChannel;
  services: AppServices;
  /** Stops this server and channel (not the services it was given). */
  close(): Promise<void>;
}

export type ServeOptions = { extraMounts?: Mount[] } & Partial<Omit<WebChannelDeps, 'assistant' | 'bus' | 'logger'>>;

/** The real HTTP app (platform/http) with a web channel over the given services, on a free loopback port. */
export async function serveWebChannel(services: AppServices, options: ServeOptions = {}): Promise<ServedChannel> {
  const { extraMounts = [], ...channelOptions } = options;
  const channel = createWebChannel({ ...channelOptions, assistant: services.assistant, bus: services.bus, logger: services.logger });
  await channel.ready();
  const app = createHttpApp({ logger: services.logger, mounts: [...extraMounts, { path: '/', router: channel.router }] });
  const server: Server = await listenHttp(app, 0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    channel,
    services,
    async close() {
      channel.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** One test file's server: the real assistant and a web channel over it; close() ends both. */
export async function serveRealApp(options: ServeOptions = {}): Promise<ServedChannel> {
  const real = await startRealServices();
  try {
    const served = await serveWebChannel(real.services, options);
    return {
      ...served,
      async close() {
        await served.close();
        await real.close();
      },
    };
  } catch (error) {
    await real.close();
    throw error;
  }
}
