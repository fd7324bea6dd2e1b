import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../assistant/index.ts';
import { serveRealApp, serveWebChannel, type ServedChannel } from './testing/serve.ts';
import { hashToken } from './token.ts';

let served: ServedChannel;

beforeAll(async () => {
  served = await serveRealApp({ rateLimits: { messagesPerConversation: { burst: 3, perMinute: 1 } } });
});
afterAll(() => served?.close());

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
    const { conversations } = served.services.assistant;
    expect(await conversations.findByExternalId('web', hashToken(token))).toBe(conversationId);
    expect(await conversations.findByExternalId('web', token)).toBeNull();
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

type Sent = { reply: Reply; messageId: number; citizenMessageId: number; clientMessageId: string };

const listMessages = async (c: { conversationId: string; token: string }, url = served.url) =>
  ((await (await fetch(`${url}/api/v1/conversations/${c.conversationId}/messages`, { headers: { Authorization: `Bearer ${c.token}` } })).json()) as {
    messages: { id: number; role: string; text: string }[];
  }).messages;

describe('send message', () => {
  it('answers an unaccented question with the procedure, its fee and its source', async () => {
    const { conversationId, token } = await start();
    const res = await send(conversationId, token, { text: 'lam lai can cuoc mat bao nhieu tien', clientMessageId: 'fee-question' });
    expect(res.status).toBe(200);
    const { reply } = (await res.json()) as Sent;
    expect(reply).toMatchObject({ kind: 'answer', aspect: 'fee', citations: [{ code: '2.001194' }] });
    expect(reply.text).toContain('70.000 đồng');
    expect(reply.sections.fees?.flatMap((f) => f.fees.map((fee) => fee.amountVnd))).toContain(70_000);
  });

  it('offers numbered choices for an ambiguous question, and the number picks one in the next request', async () => {
    const c = await start();
    const asked = (await (await send(c.conversationId, c.token, { text: 'làm căn cước', clientMessageId: 'ambiguous-1' })).json()) as Sent;
    expect(asked.reply.kind).toBe('clarify');
    const { choices } = asked.reply;
    expect(choices.length).toBeGreaterThanOrEqual(2);
    expect(choices.map((choice) => choice.n)).toEqual(choices.map((_, i) => i + 1));
    for (const choice of choices) expect(choice.label).toMatch(/căn cước/i);
    const last = choices.at(-1)!;
    const picked = (await (await send(c.conversationId, c.token, { text: String(last.n), clientMessageId: 'ambiguous-2' })).json()) as Sent;
    expect(picked.reply).toMatchObject({ kind: 'answer', citations: [{ code: last.value }] });
  });

  it('returns the stored reply once for a repeated client message id, even across a restart of the channel', async () => {
    const c = await start();
    const body = { text: 'dang ky khai sinh can giay to gi', clientMessageId: 'retry-test-1' };
    const [first, second] = await Promise.all([send(c.conversationId, c.token, body), send(c.conversationId, c.token, body)]);
    const a = (await first!.json()) as Sent;
    const b = (await second!.json()) as Sent;
    expect(a.reply).toMatchObject({ kind: 'answer', citations: [{ code: '1.001193' }] });
    expect(b).toEqual(a);
    expect(a.messageId).toBeGreaterThan(a.citizenMessageId);
    expect((await (await send(c.conversationId, c.token, body)).json()) as Sent).toEqual(a);
    expect((await listMessages(c)).map((m) => [m.role, m.id])).toEqual([['citizen', a.citizenMessageId], ['assistant', a.messageId]]);

    // A new process has none of the channel's memory: the assistant replays the stored turn and
    // the channel finds its message ids in history.
    const restarted = await serveWebChannel(served.services);
    try {
      const replayed = await fetch(`${restarted.url}/api/v1/conversations/${c.conversationId}/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${c.token}` },
        body: JSON.stringify(body),
      });
      expect((await replayed.json()) as Sent).toEqual(a);
      expect(await listMessages(c, restarted.url)).toHaveLength(2);
    } finally {
      await restarted.close();
    }
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
    const strict = await serveWebChannel(served.services, { rateLimits: { requestsPerIp: { burst: 2, perMinute: 1 } } });
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
    expect(Object.keys(doc.paths)).toEqual(['/conversations', '/conversations/{conversationId}/messages', '/conversations/{conversationId}/typing', '/conversations/{conversationId}/events']);
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
