import { Router, type Response } from 'express';
import type { EventBus } from '../../platform/events/bus.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { ChannelAssistant } from '../types.ts';
import type { Asset, AssetName } from './assets.ts';
import { createConversationAccess } from './conversation-access.ts';
import { cors } from './cors.ts';
import { createConversationFeed } from './feed.ts';
import { createLimits, type WebRateLimits } from './limits.ts';
import { buildOpenApiDocument, type OpenApiExtras } from './openapi.ts';
import { mountListMessages } from './routes/list-messages.ts';
import { mountReportTyping } from './routes/report-typing.ts';
import { mountSendMessage } from './routes/send-message.ts';
import { mountStartConversation } from './routes/start-conversation.ts';
import { mountStreamEvents } from './routes/stream-events.ts';
import { mountStaticRoutes } from './static-routes.ts';
import { DEFAULT_STREAM_CAPS, type StreamCaps } from './stream-slots.ts';
import { createTurnRunner } from './turn-runner.ts';

export { bundleSize } from './assets.ts';
export { DEFAULT_RATE_LIMITS, type WebRateLimits } from './limits.ts';
export type { BucketRule } from './rate-limit.ts';

/** What the web channel needs from the assistant (its public API, injected). */
export type WebAssistant = ChannelAssistant;

export interface WebChannelDeps {
  assistant: WebAssistant;
  bus: EventBus;
  logger: Logger;
  rateLimits?: Partial<WebRateLimits>;
  /** Origins whose pages may embed the widget; default any (auth is a bearer token, not a cookie). */
  allowedOrigins?: readonly string[] | '*';
  /** SSE keep-alive comment interval. */
  heartbeatMs?: number;
  /** Concurrent event streams allowed per IP address and per conversation. */
  streamCaps?: Partial<StreamCaps>;
  /** Endpoints the process serves outside /api/v1 (health, metrics), documented in the same OpenAPI document. */
  openApiExtras?: OpenApiExtras;
}

export interface WebChannel {
  /** Mount at `/`: serves `/`, `/assets/*` and `/api/v1/*`. */
  router: Router;
  /** Builds the browser bundles now instead of on the first request. */
  ready(): Promise<void>;
  assets(): Promise<Map<AssetName, Asset>>;
  /** Ends open event streams and detaches from the bus (graceful shutdown). */
  close(): void;
  /** Event streams open now. */
  openStreams(): number;
}

export function createWebChannel(deps: WebChannelDeps): WebChannel {
  const feed = createConversationFeed(deps.bus);
  const access = createConversationAccess(deps.assistant);
  const limits = createLimits(deps.rateLimits);
  const turns = createTurnRunner(deps.assistant, feed);
  const open = new Set<Response>();
  const openApi = buildOpenApiDocument(deps.openApiExtras);

  const api = Router();
  api.use(cors(deps.allowedOrigins ?? '*'));
  api.use((req, _res, next) => {
    limits.request(req);
    next();
  });
  api.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  mountStartConversation(api, { assistant: deps.assistant, access, limits });
  mountSendMessage(api, { access, limits, turns });
  mountListMessages(api, { assistant: deps.assistant, access });
  mountReportTyping(api, { access, limits, bus: deps.bus });
  mountStreamEvents(api, { assistant: deps.assistant, access, feed, heartbeatMs: deps.heartbeatMs ?? 20_000, open, caps: { ...DEFAULT_STREAM_CAPS, ...deps.streamCaps } });

  const router = Router();
  const { assets } = mountStaticRoutes(router);
  router.use('/api/v1', api);

  return {
    router,
    assets,
    async ready() {
      const built = await assets();
      deps.logger.debug({ assets: [...built.keys()] }, 'web channel assets built');
    },
    close() {
      for (const res of open) res.end();
      open.clear();
      feed.close();
    },
    openStreams: () => open.size,
  };
}
