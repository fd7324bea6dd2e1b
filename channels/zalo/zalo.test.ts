import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp, testTokenKey, type ServedApp } from '../../platform/testing/serve-app.ts';
import { waitFor } from '../../platform/testing/wait-for.ts';
import { startZaloPeer, type ZaloPeer } from './testing/zalo-server.ts';

let peer: ZaloPeer;
let served: ServedApp;

async function post(event: Record<string, unknown>, tamper?: (signed: { body: string; headers: Record<string, string> }) => void) {
  const signed = peer.sign(event);
  tamper?.(signed);
  return fetch(`${served.url}/webhooks/zalo`, { method: 'POST', headers: signed.headers, body: signed.body });
}

const count = async (query: ReturnType<typeof sql>) => (await served.database.rows<{ n: number }>(query))[0]!.n;
const sentTo = (userId: string) => peer.sent.filter((m) => m.userId === userId);
const waitSent = async (userId: string, n = 1) => {
  await waitFor(() => sentTo(userId).length >= n);
  return sentTo(userId);
};

beforeAll(async () => {
  peer = await startZaloPeer();
  const pair = peer.issuePair();
  served = await serveApp({
    ...peer.appSettings(pair),
    CHANNEL_TOKEN_KEY: testTokenKey(),
  });
}, 60_000);

afterAll(async () => {
  await served?.close();
  await peer?.close();
});

describe('Zalo OA channel against a loopback Zalo', () => {
  it('answers a text message with the same grounded answer as web chat, after refreshing the configured token', async () => {
    const question = 'làm lại căn cước mất bao nhiêu tiền';
    const response = await post(peer.textEvent('u-first', question));
    expect(response.status).toBe(200);
    const [message] = await waitSent('u-first');
    const web = await served.app.services.assistant.handleTurn({ conversationId: crypto.randomUUID(), channel: 'web', text: question });
    expect(message!.text).toContain(web.text.trim().slice(0, 200));
    // The configured pair's expiry is unknown, so the first send refreshed it once.
    expect(peer.stats.refreshes).toBe(1);
    // Nothing readable is stored: tokens are encrypted at rest.
    const [stored] = await served.database.rows<{ access_token: string }>(sql`select access_token from channel_tokens`);
    expect(stored!.access_token.startsWith('v1.')).toBe(true);
    expect(stored!.access_token).not.toContain(message!.accessToken);
  });

  it('numbers the choices, and a reply with a digit picks one', async () => {
    await post(peer.textEvent('u-choice', 'giấy phép'));
    const [first] = await waitSent('u-choice');
    expect(first!.text).toMatch(/\n1\. .+\n2\. /);
    expect(first!.text).toMatch(/Bạn trả lời bằng số 1(, \d)* hoặc \d nhé/);
    expect(first!.text.match(/\n1\. /g)).toHaveLength(1);
    await post(peer.textEvent('u-choice', '1'));
    const replies = await waitSent('u-choice', 2);
    expect(replies[1]!.text).not.toBe(first!.text);
  });

  it('refuses a wrong signature with 401 and stores nothing', async () => {
    const before = await count(sql`select count(*)::int as n from channel_inbound_events`);
    const wrongKey = await post(peer.textEvent('u-bad', 'xin chào'), (s) => (s.headers['x-zevent-signature'] = 'mac=' + 'ab'.repeat(32)));
    const noHeader = await post(peer.textEvent('u-bad', 'xin chào'), (s) => delete s.headers['x-zevent-signature']);
    const changedBody = await post(peer.textEvent('u-bad', 'xin chào'), (s) => (s.body = s.body.replace('xin', 'xín')));
    expect([wrongKey.status, noHeader.status, changedBody.status]).toEqual([401, 401, 401]);
    expect((await wrongKey.json()) as object).toMatchObject({ code: 'unauthorized' });
    expect(await count(sql`select count(*)::int as n from channel_inbound_events`)).toBe(before);
  });

  it('refreshes once after -216 and retries once; concurrent sends spend the refresh token once', async () => {
    const refreshes = peer.stats.refreshes;
    peer.expireAccessTokens();
    await Promise.all(['u-216a', 'u-216b', 'u-216c'].map((u) => post(peer.textEvent(u, 'đăng ký khai sinh cần giấy tờ gì'))));
    await waitFor(() => ['u-216a', 'u-216b', 'u-216c'].every((u) => sentTo(u).length === 1));
    expect(peer.stats.refreshes).toBe(refreshes + 1);
    expect(peer.stats.refusedRefreshes).toBe(0);
  });

  it('welcomes a follower, asks for text on an image, records an unfollow', async () => {
    const ts = String(Date.now());
    peer.interacted('u-follow');
    await post({ app_id: peer.appId, event_name: 'follow', oa_id: '1', follower: { id: 'u-follow' }, source: 'oa_profile', timestamp: ts });
    const [welcome] = await waitSent('u-follow');
    expect(welcome!.text).toMatch(/Xin chào/);
    await post({ ...peer.textEvent('u-follow', ''), event_name: 'user_send_image', message: { msg_id: 'img-1', attachments: [{ type: 'image' }] } });
    const replies = await waitSent('u-follow', 2);
    expect(replies[1]!.text).toMatch(/chỉ đọc được tin nhắn chữ/);
    await post({ app_id: peer.appId, event_name: 'unfollow', oa_id: '1', follower: { id: 'u-follow' }, timestamp: String(Date.now() + 1) });
    await waitFor(async () => (await count(sql`select count(*)::int as n from channel_contacts where address = 'u-follow' and not followed`)) === 1);
    expect(sentTo('u-follow')).toHaveLength(2);
  });

  it('marks a -230 refusal undeliverable and shows it on the conversation', async () => {
    const undelivered: string[] = [];
    const off = served.app.services.bus.on('message.undelivered', (e) => void undelivered.push(e.reason));
    // The peer has never seen this user write, so it answers -230.
    const event = { ...peer.textEvent('u-230', 'xin chào'), sender: { id: 'u-230-silent' } };
    await post(event);
    await waitFor(() => undelivered.length === 1);
    off();
    expect(undelivered[0]).toMatch(/zalo -230.*no SMS fallback/);
    const [row] = await served.database.rows<{ status: string }>(sql`select status from channel_outbox where address = 'u-230-silent'`);
    expect(row!.status).toBe('undeliverable');
  });

  it("sends an agent's reply on Zalo, and none after the 7-day window", async () => {
    await post(peer.textEvent('u-agent', 'hộ chiếu làm ở đâu'));
    await waitFor(() => sentTo('u-agent').length === 1);
    const { conversationId } = (await served.database.rows<{ conversationId: string }>(sql`select conversation_id as "conversationId" from channel_contacts where address = 'u-agent'`))[0]!;
    await served.app.services.assistant.conversations.appendMessage(conversationId, 'agent', 'Chào anh, tôi là cán bộ một cửa. Anh cần hỗ trợ thêm gì?');
    await waitFor(() => sentTo('u-agent').length === 2);
    expect(sentTo('u-agent')[1]!.text).toMatch(/cán bộ một cửa/);
    await served.database.db.execute(sql`update channel_contacts set last_inbound_at = now() - interval '8 days' where address = 'u-agent'`);
    await served.app.services.assistant.conversations.appendMessage(conversationId, 'agent', 'Anh còn cần gì không?');
    await waitFor(async () => (await count(sql`select count(*)::int as n from channel_outbox where address = 'u-agent' and status = 'undeliverable'`)) === 1);
    expect(sentTo('u-agent')).toHaveLength(2);
  });
});
