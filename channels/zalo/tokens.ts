import type { Logger } from '../../platform/logging/logger.ts';
import type { TokenPair, TokenStore } from '../delivery/index.ts';

export const ZALO_TOKEN_NAME = 'zalo_oa';

/** The OA must be authorised again by an admin (refresh token spent or missing). */
export class ZaloAuthError extends Error {
  constructor(
    readonly code: 'no_token' | 'refresh_token_used' | 'refresh_refused',
    message: string,
  ) {
    super(message);
    this.name = 'ZaloAuthError';
  }
}

export interface ZaloOAuthConfig {
  appId: string;
  appSecret: string;
  oauthBaseUrl: string;
  /** Refresh this long before the access token expires. */
  refreshAheadMs: number;
  timeoutMs: number;
}

/**
 * Zalo OA tokens: the access token is refreshed ahead of expiry or after -216; the refresh token
 * is single-use, so every refresh runs under the store's lock and only replaces the pair it read.
 */
export function createZaloTokens(config: ZaloOAuthConfig, store: TokenStore, logger: Logger, now: () => Date = () => new Date()) {
  async function callRefresh(refreshToken: string): Promise<Omit<TokenPair, 'version'>> {
    const response = await fetch(new URL('/v4/oa/access_token', config.oauthBaseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: config.appSecret },
      body: new URLSearchParams({ refresh_token: refreshToken, app_id: config.appId, grant_type: 'refresh_token' }),
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    if (response.status >= 500) throw new Error(`Zalo OAuth http ${response.status}`);
    const body = (await response.json().catch(() => ({}))) as { access_token?: string; refresh_token?: string; expires_in?: string | number; error?: number | string; error_name?: string; error_description?: string };
    const error = Number(body.error ?? 0);
    if (error === -14020) {
      throw new ZaloAuthError('refresh_token_used', 'Zalo OA: refresh token đã được dùng (-14020). Quản trị viên cần cấp quyền lại cho OA.');
    }
    if (error !== 0 || !body.access_token || !body.refresh_token) {
      throw new ZaloAuthError('refresh_refused', `Zalo OA: làm mới token bị từ chối (${error} ${body.error_name ?? body.error_description ?? ''}). Quản trị viên cần cấp quyền lại cho OA.`);
    }
    const seconds = Number(body.expires_in ?? 3600);
    return { accessToken: body.access_token, refreshToken: body.refresh_token, accessExpiresAt: new Date(now().getTime() + seconds * 1000) };
  }

  async function refresh(staleVersion: number | null): Promise<TokenPair> {
    try {
      const pair = await store.rotate(ZALO_TOKEN_NAME, async (current) => {
        if (!current) throw new ZaloAuthError('no_token', 'Zalo OA: chưa có token. Đặt ZALO_ACCESS_TOKEN và ZALO_REFRESH_TOKEN.');
        // Another process refreshed while we waited for the lock: use its pair.
        if (staleVersion !== null && current.version !== staleVersion) return null;
        return callRefresh(current.refreshToken);
      });
      if (!pair) throw new ZaloAuthError('no_token', 'Zalo OA: chưa có token.');
      logger.info({ version: pair.version, expiresAt: pair.accessExpiresAt.toISOString() }, 'zalo token ready');
      return pair;
    } catch (error) {
      if (error instanceof ZaloAuthError) {
        logger.error({ code: error.code }, error.message);
        await store.recordError(ZALO_TOKEN_NAME, error.message).catch(() => undefined);
      }
      throw error;
    }
  }

  return {
    /** The current access token, refreshed first when it expires within the refresh margin. */
    async current(): Promise<TokenPair> {
      const pair = await store.read(ZALO_TOKEN_NAME);
      if (!pair) throw new ZaloAuthError('no_token', 'Zalo OA: chưa có token. Đặt ZALO_ACCESS_TOKEN và ZALO_REFRESH_TOKEN.');
      if (pair.accessExpiresAt.getTime() - now().getTime() > config.refreshAheadMs) return pair;
      return refresh(pair.version);
    },
    /** After -216: refreshes once unless another process already replaced this version. */
    refresh,
  };
}

export type ZaloTokens = ReturnType<typeof createZaloTokens>;
