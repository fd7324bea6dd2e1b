import fc from 'fast-check';
import type { HostileEndpoint, ValidRequest } from '../../../platform/testing/hostile-input/types.ts';

/** The web channel's public endpoints, for the hostile-input suite (platform/testing/hostile-input). */
async function conversation(base: string): Promise<{ conversationId: string; token: string }> {
  const res = await fetch(`${base}/api/v1/conversations`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  if (res.status !== 201) throw new Error(`could not start a conversation: ${res.status}`);
  return (await res.json()) as { conversationId: string; token: string };
}

const withConversation = (suffix: string, tokenIn: 'header' | 'query') => async (base: string): Promise<ValidRequest> => {
  const { conversationId, token } = await conversation(base);
  const path = `/api/v1/conversations/${conversationId}${suffix}`;
  return tokenIn === 'header'
    ? { path, headers: { Authorization: `Bearer ${token}` }, params: { conversationId } }
    : { path: `${path}?token=${token}`, headers: {}, params: { conversationId, token } };
};

const message = fc.record(
  {
    text: fc.oneof(fc.constantFrom('làm căn cước mất bao lâu', 'dk tam tru can gi', 'lệ phí khai sinh', '2', 'tôi muốn gặp nhân viên'), fc.string({ minLength: 1, maxLength: 200 })),
    clientMessageId: fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
    elderly: fc.boolean(),
  },
  { requiredKeys: ['text', 'clientMessageId'] },
);

export const webHostileEndpoints: readonly HostileEndpoint[] = [
  { name: 'GET /', method: 'GET', prepare: async () => ({ path: '/', headers: {} }) },
  { name: 'GET /assets/:name', method: 'GET', prepare: async () => ({ path: '/assets/widget.js', headers: {}, params: { name: 'widget.js' } }) },
  { name: 'GET /api/v1/openapi.json', method: 'GET', prepare: async () => ({ path: '/api/v1/openapi.json', headers: {} }) },
  { name: 'POST /api/v1/conversations', method: 'POST', body: fc.constant({}), prepare: async () => ({ path: '/api/v1/conversations', headers: {} }) },
  { name: 'POST /api/v1/conversations/:id/messages', method: 'POST', body: message, prepare: withConversation('/messages', 'header') },
  { name: 'POST /api/v1/conversations/:id/typing', method: 'POST', body: fc.constant({}), prepare: withConversation('/typing', 'header') },
  {
    name: 'GET /api/v1/conversations/:id/messages',
    method: 'GET',
    query: fc.record({ after: fc.nat().map(String), limit: fc.integer({ min: 1, max: 200 }).map(String) }, { requiredKeys: [] }),
    prepare: withConversation('/messages', 'header'),
  },
  {
    name: 'GET /api/v1/conversations/:id/events',
    method: 'GET',
    stream: true,
    query: fc.record({ lastEventId: fc.nat().map(String) }, { requiredKeys: [] }),
    prepare: withConversation('/events', 'query'),
  },
  { name: 'HEAD /api/v1/conversations/:id/events', method: 'HEAD', prepare: withConversation('/events', 'query') },
];
