import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback Zalo OA peer that behaves as Zalo documents (field-research §3): the consultation
 * endpoint answers HTTP 200 with `error` codes, -216 for a missing, unknown or expired access token,
 * -230 for a user silent for 7 days; the OAuth endpoint wants the App Secret in `secret_key`,
 * rotates both tokens and refuses a spent refresh token with -14020. It also signs webhook events
 * for the app under test, with the documented formula written out independently.
 */
export interface ZaloPeerOptions {
  appId?: string;
  appSecret?: string;
  oaSecretKey?: string;
  accessLifetimeSeconds?: number;
}

export interface SentMessage {
  userId: string;
  text: string;
  messageId: string;
  accessToken: string;
  /** Date.now() when it arrived. */
  at: number;
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

export async function startZaloPeer(options: ZaloPeerOptions = {}) {
  const appId = options.appId ?? '4254459426318046321';
  const appSecret = options.appSecret ?? 'app-secret-' + randomBytes(6).toString('hex');
  const oaSecretKey = options.oaSecretKey ?? 'oa-secret-' + randomBytes(6).toString('hex');
  const lifetime = options.accessLifetimeSeconds ?? 90_000;
  let offsetMs = 0;
  const now = () => Date.now() + offsetMs;
  const access = new Map<string, number>();
  const refresh = new Map<string, 'valid' | 'used'>();
  const interactions = new Map<string, number>();
  const sent: SentMessage[] = [];
  const stats = { refreshes: 0, refusedRefreshes: 0, tokenErrors: 0, windowErrors: 0, requests: 0 };
  let failures: number[] = [];
  let delayMs = 0;
  let holding = false;

  function issuePair(): { access_token: string; refresh_token: string; expires_in: string } {
    const pair = { access_token: 'at-' + randomBytes(12).toString('hex'), refresh_token: 'rt-' + randomBytes(12).toString('hex') };
    access.set(pair.access_token, now() + lifetime * 1000);
    refresh.set(pair.refresh_token, 'valid');
    return { ...pair, expires_in: String(lifetime) };
  }

  async function readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  const server: Server = createServer(async (req, res) => {
    stats.requests++;
    const body = await readBody(req);
    const reply = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    };
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    if (req.method === 'POST' && req.url === '/v4/oa/access_token') {
      const form = new URLSearchParams(body);
      if (req.headers['secret_key'] !== appSecret || form.get('app_id') !== appId) return reply(200, { error: -14002, error_name: 'Invalid app' });
      if (form.get('grant_type') !== 'refresh_token') return reply(200, { error: -14003, error_name: 'Invalid grant type' });
      const token = form.get('refresh_token') ?? '';
      const state = refresh.get(token);
      if (state !== 'valid') {
        stats.refusedRefreshes++;
        return reply(200, { error: -14020, error_name: 'Invalid refresh token', error_description: 'refresh token was used or is invalid' });
      }
      refresh.set(token, 'used');
      stats.refreshes++;
      return reply(200, issuePair());
    }
    if (req.method === 'POST' && req.url === '/v3.0/oa/message/cs') {
      const failure = failures.shift();
      if (failure) return reply(failure, { error: -32, message: 'Server busy' });
      const token = String(req.headers['access_token'] ?? '');
      const expires = access.get(token);
      if (expires === undefined || expires <= now()) {
        stats.tokenErrors++;
        return reply(200, { error: -216, message: 'Access token is invalid' });
      }
      let parsed: { recipient?: { user_id?: string }; message?: { text?: string } };
      try {
        parsed = JSON.parse(body) as typeof parsed;
      } catch {
        return reply(200, { error: -201, message: 'Parameters are invalid' });
      }
      const userId = parsed.recipient?.user_id;
      const text = parsed.message?.text;
      if (!userId || typeof text !== 'string' || text.length === 0 || text.length > 2000) return reply(200, { error: -201, message: 'Parameters are invalid' });
      const last = interactions.get(userId);
      if (last === undefined || now() - last > WEEK_MS) {
        stats.windowErrors++;
        return reply(200, { error: -230, message: 'User has not interacted with the OA in the last 7 days' });
      }
      const messageId = randomBytes(10).toString('hex');
      sent.push({ userId, text, messageId, accessToken: token, at: Date.now() });
      // Delivered to the citizen, but the answer never leaves: the sender cannot know it went out.
      if (holding) return;
      return reply(200, { error: 0, message: 'Success', data: { message_id: messageId, user_id: userId } });
    }
    if (req.method === 'GET' && req.url?.startsWith('/v2.0/oa/conversation?')) {
      // The latest messages between the OA and one user, newest first (the OA's own: src 0, to_id = user).
      const token = String(req.headers['access_token'] ?? '');
      const expires = access.get(token);
      if (expires === undefined || expires <= now()) return reply(200, { error: -216, message: 'Access token is invalid' });
      let data: { user_id?: string; offset?: number; count?: number };
      try {
        data = JSON.parse(new URL(req.url, 'http://x').searchParams.get('data') ?? '') as typeof data;
      } catch {
        return reply(200, { error: -201, message: 'Parameters are invalid' });
      }
      const count = Math.min(Number(data.count ?? 5), 10);
      const offset = Number(data.offset ?? 0);
      const messages = sent
        .filter((m) => m.userId === data.user_id)
        .reverse()
        .slice(offset, offset + count)
        .map((m) => ({ src: 0, time: m.at, type: 'text', message: m.text, message_id: m.messageId, from_id: '579745863508352884', to_id: m.userId }));
      return reply(200, { error: 0, message: 'Success', data: messages });
    }
    reply(404, { error: -404, message: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    appId,
    appSecret,
    oaSecretKey,
    sent,
    stats,
    /** A fresh pair, as the OA authorisation would hand to an admin. */
    issuePair: () => {
      const p = issuePair();
      return { accessToken: p.access_token, refreshToken: p.refresh_token };
    },
    /** The app's settings for this peer (a channel's ZALO_* environment), with the given token pair. */
    appSettings: (pair: { accessToken: string; refreshToken: string }): Record<string, string> => ({
      ZALO_APP_ID: appId,
      ZALO_APP_SECRET: appSecret,
      ZALO_OA_SECRET_KEY: oaSecretKey,
      ZALO_ACCESS_TOKEN: pair.accessToken,
      ZALO_REFRESH_TOKEN: pair.refreshToken,
      ZALO_API_BASE_URL: url,
      ZALO_OAUTH_BASE_URL: url,
    }),
    expireAccessTokens: () => {
      for (const token of access.keys()) access.set(token, 0);
    },
    advance: (ms: number) => {
      offsetMs += ms;
    },
    /** The citizen wrote to the OA now (opens the 7-day window). */
    interacted: (userId: string, at = now()) => interactions.set(userId, at),
    /** The next sends answer these HTTP statuses (transient outages). */
    failNext: (...statuses: number[]) => {
      failures = statuses;
    },
    slowDown: (ms: number) => {
      delayMs = ms;
    },
    /** While on, a send reaches the citizen (it is in `sent`) but its HTTP answer is held back (a crash window). */
    holdAnswers: (on: boolean) => {
      holding = on;
    },
    /** A webhook delivery signed as Zalo signs it: mac = sha256(app_id + body + timestamp + OA secret). */
    sign(event: Record<string, unknown>): { body: string; headers: Record<string, string> } {
      const body = JSON.stringify(event);
      const mac = createHash('sha256').update(`${appId}${body}${String(event.timestamp)}${oaSecretKey}`).digest('hex');
      return { body, headers: { 'content-type': 'application/json', 'x-zevent-signature': `mac=${mac}` } };
    },
    textEvent(userId: string, text: string, msgId = randomBytes(10).toString('hex')) {
      interactions.set(userId, now());
      return {
        app_id: appId,
        event_name: 'user_send_text',
        sender: { id: userId },
        recipient: { id: '579745863508352884' },
        message: { text, msg_id: msgId },
        timestamp: String(now()),
        user_id_by_app: '2512523625412515',
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type ZaloPeer = Awaited<ReturnType<typeof startZaloPeer>>;
