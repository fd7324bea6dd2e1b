import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Router } from 'express';
import { connect, type AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createLogger } from '../logging/logger.ts';
import { AppError } from './errors.ts';
import { listenHttp } from './listen.ts';
import { createMetrics } from './metrics.ts';
import { createHttpApp } from './server.ts';

const metrics = createMetrics();
const METRICS_TOKEN = 'a-long-enough-metrics-token';

let server: Server;
let base: string;
let databaseUp = true;

beforeAll(async () => {
  const router = Router();
  router.post('/echo', (req, res) => void res.json({ got: req.body }));
  router.get('/echo', (_req, res) => void res.json({ got: null }));
  router.get('/boom', () => {
    throw new Error('secret internals at /work/main/file.ts:12');
  });
  router.get('/missing', () => {
    throw new AppError('not_found', 'Không tìm thấy hồ sơ.');
  });
  const app = createHttpApp({
    logger: createLogger('silent'),
    metrics,
    metricsToken: METRICS_TOKEN,
    bodyLimit: '1kb',
    readiness: [{ name: 'database', check: async () => {
          if (!databaseUp) throw new Error('down');
        } }],
    mounts: [{ path: '/t', router }],
  });
  server = await listenHttp(app, 0, '127.0.0.1');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (body: string) => fetch(`${base}/t/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('HTTP edge', () => {
  it('serves liveness and readiness', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok' } });
    databaseUp = false;
    const down = await fetch(`${base}/readyz`);
    expect(down.status).toBe(503);
    expect((await down.json()).checks.database).toBe('down');
    databaseUp = true;
  });

  it('answers an oversized body with 413 problem+json', async () => {
    const res = await post(JSON.stringify({ text: 'x'.repeat(5000) }));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = await res.json();
    expect(problem).toMatchObject({ status: 413, code: 'payload_too_large', instance: '/t/echo' });
    expect(problem.title).toBeTruthy();
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    const res = await post('{"text": "thiếu ngoặc"');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 400, code: 'bad_request' });
  });

  it('accepts a valid body', async () => {
    const res = await post(JSON.stringify({ text: 'đăng ký tạm trú' }));
    expect(await res.json()).toEqual({ got: { text: 'đăng ký tạm trú' } });
  });

  it('never leaks a stack trace', async () => {
    const res = await fetch(`${base}/t/boom`);
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).not.toContain('secret internals');
    expect(body).not.toContain('.ts:');
    expect(JSON.parse(body)).toMatchObject({ status: 500, code: 'internal' });
  });

  it('maps application errors and unknown routes to problem+json', async () => {
    const missing = await fetch(`${base}/t/missing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ detail: 'Không tìm thấy hồ sơ.' });
    const unknown = await fetch(`${base}/nowhere`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
  });

  it('propagates a safe request id and sets security headers', async () => {
    const res = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const weird = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'bad id <script>' } });
    expect(weird.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a method a path does not take with 405 and Allow, and an unknown path with 404', async () => {
    const res = await fetch(`${base}/t/echo`, { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, POST');
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await res.json()).code).toBe('method_not_allowed');
    expect((await fetch(`${base}/t/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(200);
    expect((await fetch(`${base}/t/echo`)).status).toBe(200);
    expect((await fetch(`${base}/t/nowhere`, { method: 'DELETE' })).status).toBe(404);
  });

  it("never echoes the query string in a problem's instance", async () => {
    const res = await fetch(`${base}/t/missing?token=secret-token-value`);
    const problem = await res.json();
    expect(problem.instance).toBe('/t/missing');
    expect(JSON.stringify(problem)).not.toContain('secret-token-value');
  });

  it("answers the HTTP parser's own errors with problem+json and security headers", async () => {
    const raw = async (request: string) => {
      const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
      socket.write(request);
      let text = '';
      for await (const chunk of socket) text += String(chunk);
      return text;
    };
    const malformed = await raw('GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n');
    expect(malformed).toMatch(/^HTTP\/1\.1 400 /);
    expect(malformed).toContain('application/problem+json');
    expect(malformed).toContain('X-Content-Type-Options: nosniff');
    const huge = await raw(`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 431 /);
    expect(JSON.parse(huge.split('\r\n\r\n')[1]!)).toMatchObject({ status: 431, code: 'bad_request' });
    const expectation = await raw('GET /healthz HTTP/1.1\r\nHost: x\r\nExpect: 200-maybe\r\nConnection: close\r\n\r\n');
    expect(expectation).toMatch(/^HTTP\/1\.1 417 /);
    expect(expectation).toContain('application/problem+json');
  });

  it('serves Prometheus metrics behind the bearer token', async () => {
    await fetch(`${base}/t/echo`);
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const res = await fetch(`${base}/metrics`, { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/echo",status="200"\} [1-9]/);
    expect(text).toContain('event_streams_open');
  });
});
