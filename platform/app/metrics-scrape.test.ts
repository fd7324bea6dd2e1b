import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../config/env.ts';
import { listenHttp } from '../http/listen.ts';
import { createLogger } from '../logging/logger.ts';
import { createTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { buildApp, type App } from './wire.ts';

/** The composed app, as `npm start` builds it, scraped the way Prometheus would. */
let database: TestDatabase;
let app: App;
let server: Server;
let base: string;
const TOKEN = 'scrape-token-0123456789';

beforeAll(async () => {
  database = await createTestDatabase();
  const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', METRICS_TOKEN: TOKEN, ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}) });
  app = await buildApp(env, createLogger('silent'), { database });
  server = await listenHttp(app.http, 0, '127.0.0.1');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app?.shutdown(server);
  await database?.destroy();
});

describe('GET /metrics', () => {
  it('counts turns by kind, handoffs, requests by route, rate-limit refusals and open streams', async () => {
    const { conversationId, token } = (await (await fetch(`${base}/api/v1/conversations`, { method: 'POST' })).json()) as { conversationId: string; token: string };
    const send = (text: string, id: string) =>
      fetch(`${base}/api/v1/conversations/${conversationId}/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ text, clientMessageId: id }),
      });
    expect((await send('làm căn cước mất bao lâu', 'metrics-0001')).status).toBe(200);
    expect((await send('tôi muốn gặp nhân viên', 'metrics-0002')).status).toBe(200);
    const stream = await fetch(`${base}/api/v1/conversations/${conversationId}/events?token=${token}`);
    for (let i = 3; i < 20; i++) await send('xin chào', `metrics-${String(i).padStart(4, '0')}`);

    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const res = await fetch(`${base}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/assistant_turns_total\{kind="answer"\} [1-9]/);
    expect(text).toMatch(/handoffs_total\{reason="[a-z_]+"\} 1/);
    expect(text).toMatch(/http_request_duration_seconds_count\{method="POST",route="\/conversations\/:conversationId\/messages",status="200"\} [1-9]/);
    expect(text).toMatch(/rate_limited_total\{route="\/conversations\/:conversationId\/messages"\} [1-9]/);
    expect(text).toMatch(/event_streams_open 1/);
    expect(text).toContain('# HELP job_runs_total');
    if (app.queue.kind === 'database') {
      // BullMQ on a shared Redis may have run this start-up job for another test already (same job id).
      const scrape = async () => (await fetch(`${base}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } })).text();
      await expect.poll(scrape, { timeout: 15_000 }).toMatch(/job_runs_total\{job="knowledge.reembed",outcome="done"\} 1/);
    }
    await stream.body?.cancel();
  });
});
