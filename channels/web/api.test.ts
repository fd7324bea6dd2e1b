import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventBus } from '../../platform/events/bus.ts';
import { serveWebChannel, type ServedChannel } from './testing/serve.ts';
import { createTemporaryAssistant } from './testing/temporary-assistant.ts';
import { hashToken } from './token.ts';

let served: ServedChannel;
let findByExternalId: (channel: 'web', hash: string) => Promise<string | null>;

beforeAll(async () => {
  const bus = createEventBus(() => undefined);
  const assistant = createTemporaryAssistant(bus);
  findByExternalId = assistant.conversations.findByExternalId;
  served = await serveWebChannel(assistant, { bus, rateLimits: { messagesPerConversation: { burst: 3, perMinute: 1 } } });
});
afterAll(() => served.close());

async function start(): Promise<{ conversationId: string; token: string }> {
  const res = await fetch(`${served.url}/api/v1/conversations`, { method: 'POST' });
  expect(res.status).toBe(201);
  return (await res.json()) as { conversationId: string; token: string };
}

function send(conversationId: string, token: string | null, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${served.url}/api/v1/conversations/${conversationId}/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function expectProblem(res: Response, status: number): Promise<{ title: string; detail: string; code: string }> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = (await res.json()) as { title: string; detail: string; code: string; status: number };
  expect(problem.status).toBe(status);
  expect(problem.detail.length).toBeGreaterThan(5);
  return problem;
}

describe('conversation tokens', () => {
  it('issues a 32-byte token and keeps only its sha256 as the external id', async () => {
    const { conversationId, token } = await start();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(await findByExternalId('web', hashToken(token))).toBe(conversationId);
    expect(await findByExternalId('web', token)).toBeNull();
  });

  it("never opens another conversation: missing, unknown and other conversations' tokens are refused", async () => {
    const a = await start();
    const b = await start();
    const body = { text: 'xin chao', clientMessageId: 'client-0001' };
    await expectProblem(await send(b.conversationId, null, body), 401);
    await expectProblem(await send(b.conversationId, 'x'.repeat(43), body), 401);
    const problem = await expectProblem(await send(b.conversationId, a.token, body), 404);
    expect(problem.title).toBe('Không tìm thấy');
    const history = await fetch(`${served.url}/api/v1/conversations/${b.conversationId}/messages`, { headers: { Authorization: `Bearer ${a.token}` } });
    await expectProblem(history, 404);
    const stream = await fetch(`${served.url}/api/v1/conversations/${b.conversationId}/events?token=${a.token}`);
    await expectProblem(stream, 404);
    const own = await fetch(`${served.url}/api/v1/conversations/${b.conversationId}/messages`, { headers: { Authorization: `Bearer ${b.token}` } });
    expect(own.status).toBe(200);
  });
});

describe('send message', () => {
  it('returns the structured reply, and a repeated client message id returns the stored reply once', async () => {
    const { conversationId, token } = await start();
    const body = { text: 'le phi lam can cuoc bao nhieu', clientMessageId: 'retry-test-1' };
    const [first, second] = await Promise.all([send(conversationId, token, body), send(conversationId, token, body)]);
    const a = (await first!.json()) as { reply: { text: string }; messageId: number; citizenMessageId: number };
    const b = (await second!.json()) as typeof a;
    expect(a.reply.text.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
    expect(a.messageId).toBeGreaterThan(a.citizenMessageId);
    const third = (await (await send(conversationId, token, body)).json()) as typeof a;
    expect(third).toEqual(a);
    const history = (await (await fetch(`${served.url}/api/v1/conversations/${conversationId}/messages`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { messages: { id: number; role: string }[] };
    expect(history.messages.map((m) => m.role)).toEqual(['citizen', 'assistant']);
    expect(history.messages.map((m) => m.id)).toEqual([a.citizenMessageId, a.messageId]);
  });

  it('answers malformed, oversized, non-JSON and invalid bodies with problem+json', async () => {
    const { conversationId, token } = await start();
    await expectProblem(await send(conversationId, token, '{"text": "xin'), 400);
    await expectProblem(await send(conversationId, token, JSON.stringify({ text: 'a'.repeat(200_000), clientMessageId: 'big-body-01' })), 413);
    const tooLong = await expectProblem(await send(conversationId, token, { text: 'a'.repeat(2001), clientMessageId: 'long-text-1' }), 422);
    expect(tooLong.detail).toContain('2000');
    await expectProblem(await send(conversationId, token, { text: '   ', clientMessageId: 'empty-text1' }), 422);
    await expectProblem(await send(conversationId, token, { text: 'xin chao' }), 422);
    await expectProblem(await send(conversationId, token, { text: 'xin chao', clientMessageId: 'bad id!' }), 422);
    await expectProblem(await send(conversationId, token, { text: 'xin chao', clientMessageId: 'extra-field', admin: true }), 422);
    await expectProblem(await send(conversationId, token, 'text=xin+chao', { 'Content-Type': 'application/x-www-form-urlencoded' }), 415);
  });
});

describe('rate limits', () => {
  it('limits messages per conversation with a 429 problem and Retry-After, without touching other conversations', async () => {
    const a = await start();
    const b = await start();
    for (let i = 0; i < 3; i++) expect((await send(a.conversationId, a.token, { text: `cau hoi ${i}`, clientMessageId: `burst-msg-${i}` })).status).toBe(200);
    const limited = await send(a.conversationId, a.token, { text: 'cau hoi 4', clientMessageId: 'burst-msg-4' });
    const problem = await expectProblem(limited, 429);
    expect(problem.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await send(b.conversationId, b.token, { text: 'xin chao', clientMessageId: 'other-conv-1' })).status).toBe(200);
  });

  it('limits requests per IP address', async () => {
    const bus = createEventBus(() => undefined);
    const strict = await serveWebChannel(createTemporaryAssistant(bus), { bus, rateLimits: { requestsPerIp: { burst: 2, perMinute: 1 } } });
    try {
      expect((await fetch(`${strict.url}/api/v1/openapi.json`)).status).toBe(200);
      expect((await fetch(`${strict.url}/api/v1/conversations`, { method: 'POST' })).status).toBe(201);
      const limited = await fetch(`${strict.url}/api/v1/conversations`, { method: 'POST' });
      await expectProblem(limited, 429);
      expect(limited.headers.get('retry-after')).toBe('60');
    } finally {
      await strict.close();
    }
  });
});

describe('page, assets and OpenAPI', () => {
  it('serves the OpenAPI document for every route', async () => {
    const doc = (await (await fetch(`${served.url}/api/v1/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(['/conversations', '/conversations/{conversationId}/messages', '/conversations/{conversationId}/events']);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Reply', 'Message', 'Problem', 'SendMessageBody']));
  });

  it('serves the page without inline script under a self-only CSP, and a widget loadable cross-origin', async () => {
    const page = await fetch(`${served.url}/`);
    const html = await page.text();
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html).toContain('<html lang="vi">');
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    const widget = await fetch(`${served.url}/assets/widget.js`);
    expect(widget.status).toBe(200);
    expect(widget.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const again = await fetch(`${served.url}/assets/widget.js`, { headers: { 'If-None-Match': widget.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
    await expectProblem(await fetch(`${served.url}/assets/nope.js`), 404);
  });

  it('answers CORS preflights for embedding portals', async () => {
    const res = await fetch(`${served.url}/api/v1/conversations`, { method: 'OPTIONS', headers: { Origin: 'https://dichvucong.example.gov.vn', 'Access-Control-Request-Method': 'POST' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toContain('Authorization');
  });
});
