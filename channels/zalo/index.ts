import type { Logger } from '../../platform/logging/logger.ts';
import type { Enqueue, InboundEventStore, ProviderSender, TokenStore } from '../delivery/index.ts';
import { createZaloClient } from './client.ts';
import { createZaloSender } from './sender.ts';
import { createZaloTokens, ZALO_TOKEN_NAME, type ZaloTokens } from './tokens.ts';
import { zaloWebhookRouter } from './webhook.ts';

export { zaloSignature, verifyZaloSignature } from './signature.ts';
export { parseZaloEvent } from './parse.ts';
export { renderZalo } from './render.ts';
export { zaloOpenApi } from './openapi.ts';
export { ZALO_WINDOW_MS } from './sender.ts';

export interface ZaloSettings {
  appId: string;
  appSecret: string;
  oaSecretKey: string;
  apiBaseUrl: string;
  oauthBaseUrl: string;
  /** The first token pair (from the OA authorisation); stored encrypted, then rotated. */
  initialTokens?: { accessToken: string; refreshToken: string } | undefined;
  refreshAheadMs?: number;
  timeoutMs?: number;
}

export interface ZaloChannelDeps {
  settings: ZaloSettings;
  events: InboundEventStore;
  tokens: TokenStore;
  enqueue: Enqueue;
  logger: Logger;
  bodyLimit?: string;
}

export interface ZaloChannel {
  router: ReturnType<typeof zaloWebhookRouter>;
  sender: ProviderSender;
  tokens: ZaloTokens;
  /** Stores the configured first token pair unless a pair is stored already. */
  seedTokens(): Promise<void>;
}

/** Zalo Official Account: the webhook, and the sender the outbox job uses. */
export function createZaloChannel(deps: ZaloChannelDeps): ZaloChannel {
  const { settings } = deps;
  const timeoutMs = settings.timeoutMs ?? 10_000;
  const tokens = createZaloTokens(
    { appId: settings.appId, appSecret: settings.appSecret, oauthBaseUrl: settings.oauthBaseUrl, refreshAheadMs: settings.refreshAheadMs ?? 3_600_000, timeoutMs },
    deps.tokens,
    deps.logger,
  );
  const client = createZaloClient({ apiBaseUrl: settings.apiBaseUrl, timeoutMs }, tokens);
  return {
    router: zaloWebhookRouter({ appId: settings.appId, oaSecretKey: settings.oaSecretKey, events: deps.events, enqueue: deps.enqueue, logger: deps.logger, bodyLimit: deps.bodyLimit ?? '100kb' }),
    sender: createZaloSender(client),
    tokens,
    async seedTokens() {
      const initial = settings.initialTokens;
      // The configured pair's expiry is unknown: it counts as due, so the first send refreshes it.
      if (initial) await deps.tokens.seed(ZALO_TOKEN_NAME, { ...initial, accessExpiresAt: new Date(0) });
    },
  };
}
