import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Router } from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createLogger } from '../logging/logger.ts';
import { AppError } from './errors.ts';
import { createHttpApp } from './server.ts';

let server: Server;
let base: string;
let databaseUp = true;

beforeAll(async () => {
  const router = Router();
  router.post('/echo', (req, res) => void res.json({ got: req.body }));
  router.get('/boom', () => {
    throw new Error('secret internals at /work/main/file.ts:12');
  });
  router.get('/missing', () => {
    throw new AppError('not_found', 'Không tìm thấy hồ sơ.');
  });
  const app = createHttpApp({
    logger: createLogger('silent'),
    bodyLimit: '1kb',
    readiness: [{ name: 'database', check: async () => {
          if (!databaseUp) throw new Error('down');
        } }],
    mounts: [{ path: '/t', router }],
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
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
});
