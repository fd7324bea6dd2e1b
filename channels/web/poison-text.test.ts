import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRealApp, type ServedChannel } from './testing/serve.ts';

/**
 * Ordinary text that once answered 500 on every driver: words that name Object.prototype members,
 * a NUL in a refused message, and lone surrogates (PostgreSQL refuses both in text and jsonb).
 */
let served: ServedChannel;

beforeAll(async () => {
  served = await serveRealApp({ rateLimits: { messagesPerConversation: { burst: 100, perMinute: 100 } } });
});
afterAll(() => served?.close());

const POISON = [
  'constructor',
  'CONSTRUCTOR',
  'Cho hỏi constructor là gì vậy',
  '__proto__',
  'toString',
  'hasOwnProperty cần giấy tờ gì',
  'valueOf',
  '\u0000',
  'a\u0000b',
  '😀\u0000',
  '<b>\u0000</b>',
  'hello world\u0000',
  'đăng ký tạm trú\u0000 cần gì',
  '\ud800',
  'làm căn cước \udfff mất bao lâu',
  '\udfff\ud800 xin chào',
];

describe('text that once crashed a turn', () => {
  it('answers every message and stores it cleaned', async () => {
    const started = await fetch(`${served.url}/api/v1/conversations`, { method: 'POST' });
    const { conversationId, token } = (await started.json()) as { conversationId: string; token: string };
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
    for (const [i, text] of POISON.entries()) {
      const res = await fetch(`${served.url}/api/v1/conversations/${conversationId}/messages`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ text, clientMessageId: `poison-${String(i).padStart(4, '0')}` }),
      });
      expect.soft(res.status, JSON.stringify(text)).toBeLessThan(500);
      if (res.status === 200) {
        const body = (await res.json()) as { reply: { text: string } };
        expect(body.reply.text.length).toBeGreaterThan(0);
      }
    }
    const history = await served.services.assistant.conversations.history(conversationId);
    const citizen = history.filter((m) => m.role === 'citizen').map((m) => m.text);
    expect(citizen.length).toBeGreaterThanOrEqual(POISON.length - 2);
    for (const text of citizen) {
      expect(text.includes(String.fromCharCode(0))).toBe(false);
      expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });
});
