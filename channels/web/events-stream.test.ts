import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_PAGE } from './api-schemas.ts';
import { REPLAY_CAP } from './routes/stream-events.ts';
import { DEFAULT_STREAM_CAPS } from './stream-slots.ts';
import { openSse } from './testing/sse-reader.ts';
import { serveRealApp, serveWebChannel, type ServedChannel } from './testing/serve.ts';

let served: ServedChannel;

beforeAll(async () => {
  served = await serveRealApp();
});
afterAll(() => served?.close());

async function start() {
  const res = await fetch(`${served.url}/api/v1/conversations`, { method: 'POST' });
  return (await res.json()) as { conversationId: string; token: string };
}

async function send(c: { conversationId: string; token: string }, text: string, clientMessageId: string) {
  const res = await fetch(`${served.url}/api/v1/conversations/${c.conversationId}/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${c.token}` },
    body: JSON.stringify({ text, clientMessageId }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { messageId: number; citizenMessageId: number };
}

const eventsUrl = (c: { conversationId: string }) => `${served.url}/api/v1/conversations/${c.conversationId}/events`;
const ids = (events: { id: string | null }[]) => events.map((e) => Number(e.id));

describe('server-sent events', () => {
  it('delivers every stored message of the conversation, only to that conversation, with message ids as event ids', async () => {
    const mine = await start();
    const other = await start();
    const stream = await openSse(eventsUrl(mine), { Authorization: `Bearer ${mine.token}` });
    const otherStream = await openSse(`${eventsUrl(other)}?token=${other.token}`);
    expect(stream.status).toBe(200);
    await stream.waitFor(1, 'ready');

    const sent = await send(mine, 'dang ky khai sinh', 'sse-turn-01');
    const events = await stream.waitFor(2);
    expect(ids(events)).toEqual([sent.citizenMessageId, sent.messageId]);
    expect(JSON.parse(events[0]!.data)).toMatchObject({ id: sent.citizenMessageId, role: 'citizen', text: 'dang ky khai sinh' });
    expect(JSON.parse(events[1]!.data)).toMatchObject({ id: sent.messageId, role: 'assistant', reply: { kind: 'answer', citations: [{ code: '1.001193' }] } });
    // A message that answers no turn of the citizen, e.g. a human agent's, arrives the same way.
    const agent = await served.services.assistant.conversations.appendMessage(mine.conversationId, 'agent', 'Chào anh, tôi là nhân viên hỗ trợ.');
    const withAgent = await stream.waitFor(3);
    expect(JSON.parse(withAgent[2]!.data)).toMatchObject({ id: agent.id, role: 'agent', text: agent.text, reply: null });
    expect(otherStream.events.filter((e) => e.event === 'message')).toEqual([]);
    stream.close();
    otherStream.close();
  });

  it('resumes after a dropped connection from Last-Event-ID without losing or repeating messages', async () => {
    const c = await start();
    const first = await openSse(eventsUrl(c), { Authorization: `Bearer ${c.token}` });
    await first.waitFor(1, 'ready');
    const one = await send(c, 'lam can cuoc', 'resume-turn-1');
    const seen = await first.waitFor(2);
    first.close();

    // While disconnected, two more turns are stored.
    const two = await send(c, 'le phi bao nhieu', 'resume-turn-2');
    const three = await send(c, 'nop o dau', 'resume-turn-3');

    const resumed = await openSse(eventsUrl(c), { Authorization: `Bearer ${c.token}`, 'Last-Event-ID': seen[1]!.id! });
    const replayed = await resumed.waitFor(4);
    expect(ids(replayed)).toEqual([two.citizenMessageId, two.messageId, three.citizenMessageId, three.messageId]);
    expect(ids(replayed)).not.toContain(one.messageId);
    // Then live again, no gap.
    const four = await send(c, 'bao lau co ket qua', 'resume-turn-4');
    expect(ids(await resumed.waitFor(6)).slice(4)).toEqual([four.citizenMessageId, four.messageId]);
    resumed.close();

    // A reloaded page has no Last-Event-ID; it passes the last id it rendered from history instead.
    const reloaded = await openSse(`${eventsUrl(c)}?token=${c.token}&lastEventId=${four.citizenMessageId}`);
    expect(ids(await reloaded.waitFor(1))).toEqual([four.messageId]);
    reloaded.close();
  });

  it("gives a first connection what was stored before it opened (an agent's message), after what the page rendered", async () => {
    const c = await start();
    const { conversations } = served.services.assistant;
    const early = await conversations.appendMessage(c.conversationId, 'agent', 'Chào bạn, tôi là cán bộ Lan.');
    const stream = await openSse(`${eventsUrl(c)}?token=${c.token}&lastEventId=0`);
    expect(ids(await stream.waitFor(1))).toEqual([early.id]);
    stream.close();
    // Without any id the stream is live only, as before.
    const live = await openSse(`${eventsUrl(c)}?token=${c.token}`);
    await live.waitFor(1, 'ready');
    expect(live.events.filter((e) => e.event === 'message')).toEqual([]);
    live.close();
  });

  it('pages a long history: hasMore on the history API, and a replay past its cap says where it stopped', async () => {
    const c = await start();
    const { conversations } = served.services.assistant;
    const stored: number[] = [];
    for (let i = 0; i < REPLAY_CAP + 20; i++) stored.push((await conversations.appendMessage(c.conversationId, 'system', `thông báo ${i}`)).id);
    const auth = { Authorization: `Bearer ${c.token}` };
    const first = (await (await fetch(`${served.url}/api/v1/conversations/${c.conversationId}/messages`, { headers: auth })).json()) as { messages: { id: number }[]; hasMore: boolean };
    expect(first.messages.map((m) => m.id)).toEqual(stored.slice(0, HISTORY_PAGE));
    expect(first.hasMore).toBe(true);
    const tail = (await (await fetch(`${served.url}/api/v1/conversations/${c.conversationId}/messages?after=${stored.at(-3)}`, { headers: auth })).json()) as { messages: { id: number }[]; hasMore: boolean };
    expect(tail).toEqual({ messages: expect.any(Array), hasMore: false });
    expect(tail.messages.map((m) => m.id)).toEqual(stored.slice(-2));

    const stream = await openSse(`${eventsUrl(c)}?token=${c.token}&lastEventId=0`);
    const truncated = (await stream.waitFor(1, 'truncated'))[0]!;
    expect(ids(stream.events.filter((e) => e.event === 'message'))).toEqual(stored.slice(0, REPLAY_CAP));
    expect(JSON.parse(truncated.data)).toEqual({ after: stored[REPLAY_CAP - 1] });
    stream.close();
  });

  it('answers HEAD at once instead of holding it open', async () => {
    const c = await start();
    const res = await fetch(`${eventsUrl(c)}?token=${c.token}`, { method: 'HEAD', signal: AbortSignal.timeout(5_000) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const refused = await fetch(`${eventsUrl(c)}?token=${'x'.repeat(43)}`, { method: 'HEAD', signal: AbortSignal.timeout(5_000) });
    expect(refused.status).toBe(401);
  });

  it('caps concurrent streams per conversation with a 429 problem', async () => {
    const c = await start();
    const open = [];
    for (let i = 0; i < DEFAULT_STREAM_CAPS.perConversation; i++) {
      const s = await openSse(`${eventsUrl(c)}?token=${c.token}`);
      expect(s.status).toBe(200);
      open.push(s);
    }
    const refused = await fetch(`${eventsUrl(c)}?token=${c.token}`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    open.pop()!.close();
    await expect.poll(async () => {
      const again = await fetch(`${eventsUrl(c)}?token=${c.token}`, { signal: AbortSignal.timeout(2_000) }).catch(() => null);
      const status = again?.status ?? 0;
      await again?.body?.cancel().catch(() => undefined);
      return status;
    }).toBe(200);
    for (const s of open) s.close();
  });

  it('ends open streams when the channel closes', async () => {
    const other = await serveWebChannel(served.services, { heartbeatMs: 50 });
    const res = await fetch(`${other.url}/api/v1/conversations`, { method: 'POST' });
    const c = (await res.json()) as { conversationId: string; token: string };
    const stream = await fetch(`${other.url}/api/v1/conversations/${c.conversationId}/events?token=${c.token}`);
    const reader = stream.body!.getReader();
    let text = '';
    while (!text.includes(': ping')) text += new TextDecoder().decode((await reader.read()).value);
    other.channel.close();
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(done).toBe(true);
    await other.close();
  });
});
