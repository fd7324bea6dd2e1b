import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createEventBus, type EventBus } from '../../../platform/events/bus.ts';
import { createHttpApp, type Mount } from '../../../platform/http/server.ts';
import { createLogger } from '../../../platform/logging/logger.ts';
import { createWebChannel, type WebAssistant, type WebChannel, type WebChannelDeps } from '../index.ts';

export interface ServedChannel {
  url: string;
  channel: WebChannel;
  bus: EventBus;
  close(): Promise<void>;
}

/** Test and benchmark helper: the real HTTP app (platform/http) with the web channel mounted, on a free loopback port. */
export async function serveWebChannel(
  assistant: WebAssistant,
  options: { bus?: EventBus; extraMounts?: Mount[] } & Partial<Omit<WebChannelDeps, 'assistant' | 'bus'>> = {},
): Promise<ServedChannel> {
  const logger = options.logger ?? createLogger('silent');
  const bus = options.bus ?? createEventBus(() => undefined);
  const channel = createWebChannel({ ...options, assistant, bus, logger });
  await channel.ready();
  const app = createHttpApp({ logger, mounts: [...(options.extraMounts ?? []), { path: '/', router: channel.router }] });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    channel,
    bus,
    async close() {
      channel.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
