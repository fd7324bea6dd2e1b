import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { createHttpApp } from '../../platform/http/server.ts';
import { serveApp, type ServedApp } from '../../platform/testing/serve-app.ts';
import { sql } from 'drizzle-orm';
import { waitFor } from '../../platform/testing/wait-for.ts';
import { createAgentsChannel } from './index.ts';
import { startConnectorPeer, type ConnectorPeer } from './testing/connector-server.ts';

let served: ServedApp;
let connector: ConnectorPeer;

interface Activity {
  type: string;
  text?: string;
  suggestedActions?: { actions: { type: string; title: string; value: string }[] };
}

function activity(conversationId: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'emulator',
    serviceUrl: 'https://example.invalid/connector',
    deliveryMode: 'expectReplies',
    from: { id: 'user-1', name: 'Công dân' },
    recipient: { id: 'bot', name: 'Một Cửa' },
    conversation: { id: conversationId },
    text,
    locale: 'vi-VN',
    ...extra,
  };
}

async function send(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${served.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

async function replies(body: unknown): Promise<Activity[]> {
  const response = await send(body);
  expect(response.status).toBe(200);
  return ((await response.json()) as { activities: Activity[] }).activities;
}

beforeAll(async () => {
  [served, connector] = await Promise.all([serveApp({ AGENTS_ENABLED: 'true' }), startConnectorPeer()]);
}, 60_000);

afterAll(async () => {
  await served?.close();
  await connector?.close();
});

describe('M365 Agents endpoint (Activity protocol, expectReplies)', () => {
  it('answers a message in the HTTP body with the same grounded answer as web chat', async () => {
    const question = 'làm lại căn cước mất bao nhiêu tiền';
    const [reply] = await replies(activity('conv-1', question));
    const web = await served.app.services.assistant.handleTurn({ conversationId: randomUUID(), channel: 'web', text: question });
    expect(reply!.type).toBe('message');
    expect(reply!.text).toBe(web.text);
  });

  it('offers choices as suggested actions, and the digit picks one', async () => {
    const [clarify] = await replies(activity('conv-2', 'giấy phép'));
    const actions = clarify!.suggestedActions!.actions;
    expect(actions.length).toBeGreaterThan(1);
    expect(actions[0]).toMatchObject({ type: 'imBack', value: '1' });
    const [picked] = await replies(activity('conv-2', actions[0]!.value));
    expect(picked!.text).not.toBe(clarify!.text);
    expect(picked!.suggestedActions).toBeUndefined();
  });

  it('answers a redelivered activity id from storage without a second turn', async () => {
    const first = activity('conv-3', 'đăng ký khai sinh cần giấy tờ gì');
    const [a] = await replies(first);
    const [b] = await replies(first);
    expect(b!.text).toBe(a!.text);
    const rows = await served.database.rows<{ n: number }>(
      (await import('drizzle-orm')).sql`select count(*)::int as n from messages where client_message_id = ${`agents:${first.id}`}`,
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('welcomes a member who joins', async () => {
    const update = { ...activity('conv-4', ''), type: 'conversationUpdate', membersAdded: [{ id: 'user-1' }] };
    const [welcome] = await replies(update);
    expect(welcome!.text).toMatch(/Xin chào/);
  });

  it('refuses a malformed bearer token with 401', async () => {
    const response = await send(activity('conv-5', 'xin chào'), { authorization: 'Bearer abc' });
    expect(response.status).toBe(401);
  });
});

describe('M365 Agents proactive messages (continueConversation through the connector)', () => {
  async function conversationOf(conversation: string): Promise<string> {
    const rows = await served.database.rows<{ id: string }>(sql`select conversation_id as id from channel_contacts where address = ${`emulator:${conversation}`}`);
    return rows[0]!.id;
  }

  it("delivers an agent's reply from the console as a new activity in the citizen's conversation", async () => {
    connector.open('conv-pro');
    await replies({ ...activity('conv-pro', 'hộ chiếu làm ở đâu'), serviceUrl: connector.url });
    const conversationId = await conversationOf('conv-pro');
    await served.app.services.assistant.conversations.appendMessage(conversationId, 'agent', 'Chào anh, tôi là cán bộ một cửa. Anh cần hỗ trợ thêm gì?');
    await waitFor(() => connector.received.length === 1, 20_000);
    const [sent] = connector.received;
    expect(sent).toMatchObject({ conversationId: 'conv-pro', replyToId: null, authorization: null });
    expect(sent!.activity).toMatchObject({ type: 'message', text: expect.stringMatching(/cán bộ một cửa/), recipient: { id: 'user-1' }, from: { id: 'bot' } });
    await waitFor(async () => {
      const rows = await served.database.rows<{ status: string; ids: string[] }>(sql`select status, provider_message_ids as ids from channel_outbox where conversation_id = ${conversationId} and dedupe_key like 'agent.%'`);
      return rows[0]?.status === 'sent' && rows[0].ids.length === 1;
    }, 10_000);
  }, 40_000);

  it('marks the message undeliverable, and says so on the bus, when the connector no longer knows the conversation', async () => {
    await replies({ ...activity('conv-gone', 'xin chào'), serviceUrl: connector.url });
    const conversationId = await conversationOf('conv-gone');
    const undelivered: unknown[] = [];
    const stop = served.app.services.bus.on('message.undelivered', (event) => void undelivered.push(event));
    try {
      await served.app.services.assistant.conversations.appendMessage(conversationId, 'agent', 'Chị còn cần gì không?');
      await waitFor(() => undelivered.length === 1, 20_000);
      expect(undelivered[0]).toMatchObject({ conversationId, channel: 'agents', status: 'failed', reason: expect.stringMatching(/404/) });
    } finally {
      stop();
    }
  }, 40_000);
});

describe('M365 Agents endpoint with connections settings', () => {
  it('requires a valid JWT: no token or a bad one gets 401', async () => {
    const { services, channels } = served.app;
    const agents = createAgentsChannel({
      settings: { clientId: '11111111-2222-3333-4444-555555555555', clientSecret: 'secret', tenantId: '66666666-7777-8888-9999-000000000000' },
      assistant: services.assistant,
      contacts: channels.stores.contacts,
      quietMs: 60_000,
      logger: services.logger,
    });
    expect(agents.authenticated).toBe(true);
    const app = createHttpApp({ logger: services.logger, mounts: [{ path: '/', router: agents.router }] });
    const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
      const body = JSON.stringify(activity('conv-jwt', 'xin chào'));
      const anonymous = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const forged = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.' }, body });
      expect([anonymous.status, forged.status]).toEqual([401, 401]);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
