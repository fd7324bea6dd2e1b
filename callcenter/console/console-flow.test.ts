import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSse } from '../../platform/testing/sse-reader.ts';
import { waitFor } from '../../platform/testing/wait-for.ts';
import { testDriver } from '../../platform/testing/test-db.ts';
import { staffTeams } from '../tables.ts';
import { serveApp, type ServedApp } from '../../platform/testing/serve-app.ts';
import { addStaff, CONSOLE_TEST_SETTINGS, StaffClient } from './testing/staff-client.ts';

interface Work {
  inbox: { id: string; status: string; conversationId: string }[];
  queue: { id: string; status: string }[];
}

/** The console over HTTP: a citizen's handoff reaches an agent, who answers, and roles hold. */
describe(`console API (${testDriver()})`, () => {
  let served: ServedApp;
  let citizen: { conversationId: string; token: string };
  const agent = () => new StaffClient(served.url);

  const say = async (text: string) => {
    const res = await fetch(`${served.url}/api/v1/conversations/${citizen.conversationId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${citizen.token}` },
      body: JSON.stringify({ text, clientMessageId: `m-${Math.random().toString(36).slice(2)}` }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as { reply: { kind: string; intent: string; text: string } };
  };
  const citizenHistory = async () => {
    const res = await fetch(`${served.url}/api/v1/conversations/${citizen.conversationId}/messages`, { headers: { authorization: `Bearer ${citizen.token}` } });
    return ((await res.json()) as { messages: { role: string; text: string; author: string | null }[] }).messages;
  };

  beforeAll(async () => {
    served = await serveApp(CONSOLE_TEST_SETTINGS);
    // Both teams a transfer can reach answer 24/7: routing offers work only to agents on duty.
    await served.database.db.insert(staffTeams).values([{ name: 'Tổng đài', alwaysOpen: true }, { name: 'Đất đai' }, { name: 'Hộ tịch', alwaysOpen: true }]);
    await addStaff(served, { email: 'an@motcua.vn', name: 'Nguyễn Văn An', teams: ['Tổng đài'], skills: ['web'] });
    await addStaff(served, { email: 'binh@motcua.vn', name: 'Trần Bình', teams: ['Đất đai'], skills: ['web'] });
    await addStaff(served, { email: 'chi@motcua.vn', name: 'Lê Chi', teams: ['Hộ tịch'], skills: ['web'] });
    await addStaff(served, { email: 'sup@motcua.vn', name: 'Giám sát', role: 'supervisor' });
    await addStaff(served, { email: 'admin@motcua.vn', name: 'Quản trị', role: 'admin' });
    const res = await fetch(`${served.url}/api/v1/conversations`, { method: 'POST' });
    citizen = (await res.json()) as typeof citizen;
  });
  afterAll(() => served?.close());

  it('refuses requests without a session, writes without the CSRF token, and wrong passwords', async () => {
    expect((await agent().request('GET', '/console/api/v1/work')).status).toBe(401);
    const a = agent();
    expect((await a.login('an@motcua.vn', 'sai-mật-khẩu-rồi')).status).toBe(401);
    expect((await a.login('an@motcua.vn', 'mật-khẩu-thử-1234')).status).toBe(200);
    expect((await a.request('PUT', '/console/api/v1/me/presence', { presence: 'busy' }, { 'x-csrf-token': 'forged' })).status).toBe(403);
    const login = await agent().request('POST', '/console/api/v1/auth/login', { email: 'an@motcua.vn', password: 'mật-khẩu-thử-1234' });
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('locks an account after five wrong passwords', async () => {
    await addStaff(served, { email: 'locked@motcua.vn', name: 'Khoá' });
    const c = agent();
    for (let i = 0; i < 5; i++) expect((await c.login('locked@motcua.vn', `sai-${i}-abcdefgh`)).status).toBe(401);
    expect((await c.login('locked@motcua.vn', 'mật-khẩu-thử-1234')).status).toBe(429);
  });

  it('hands a conversation to an agent who answers live, then closes it with a wrap-up', async () => {
    const an = agent();
    await an.login('an@motcua.vn', 'mật-khẩu-thử-1234');
    const binh = agent();
    await binh.login('binh@motcua.vn', 'mật-khẩu-thử-1234');
    const chi = agent();
    await chi.login('chi@motcua.vn', 'mật-khẩu-thử-1234');
    const anEvents = await openSse(`${served.url}/console/api/v1/events`, { cookie: an.cookie });
    const binhEvents = await openSse(`${served.url}/console/api/v1/events`, { cookie: binh.cookie });
    const chiEvents = await openSse(`${served.url}/console/api/v1/events`, { cookie: chi.cookie });

    const handed = await say('Tôi muốn gặp nhân viên tư vấn');
    expect(handed.reply.kind).toBe('handoff');
    const waiting = await say('Tôi đang ở vị trí thứ mấy?');
    expect(waiting.reply.text).toContain('Đang chờ cán bộ… vị trí thứ 1');

    await an.json('PUT', '/console/api/v1/me/presence', { presence: 'available' });
    const offered = (await waitFor(async () => (await an.json<Work>('GET', '/console/api/v1/work')).inbox.find((i) => i.status === 'offered')))!;
    await an.json('POST', `/console/api/v1/conversations/${offered.id}/take`);
    await anEvents.waitFor(1, 'conversation.assigned');

    // While the agent owns it the bot is silent; the citizen's message reaches the agent, masked.
    const silent = await say('Số điện thoại của tôi là 0912345678');
    expect(silent.reply.text).toBe('');
    const message = (await waitFor(() => anEvents.events.find((e) => e.event === 'message.created' && e.data.includes('Số điện thoại'))))!;
    expect(message.data).toContain('091*****78');
    expect(message.data).not.toContain('0912345678');

    const view = await an.json<{ messages: { text: string }[]; details: { kind: string; value: string }[] }>('GET', `/console/api/v1/conversations/${offered.id}`);
    expect(JSON.stringify(view)).not.toContain('0912345678');
    expect(view.details).toContainEqual({ kind: 'phone', value: '091*****78' });
    const revealed = await an.json<{ details: { value: string }[] }>('POST', `/console/api/v1/conversations/${offered.id}/reveal`, { reason: 'Gọi lại cho người dân' });
    expect(revealed.details.map((d) => d.value)).toContain('0912345678');

    await an.json('POST', `/console/api/v1/conversations/${offered.id}/messages`, { text: 'Chào bạn, tôi là An, tôi sẽ hỗ trợ bạn.' });
    const history = await citizenHistory();
    expect(history.at(-1)).toMatchObject({ role: 'agent', author: 'Nguyễn Văn An', text: 'Chào bạn, tôi là An, tôi sẽ hỗ trợ bạn.' });
    expect((await say('Tôi đang ở vị trí thứ mấy?')).reply.text).toContain('Nguyễn Văn An');

    // Transfer to the Hộ tịch team: Chi sees it, Bình (Đất đai) never sees anything of it.
    await an.json('POST', `/console/api/v1/conversations/${offered.id}/transfer`, { teamId: (await teamId('Hộ tịch')), note: 'Hỏi về khai sinh' });
    await chiEvents.waitFor(1, 'conversation.transferred');
    expect((await binh.request('GET', `/console/api/v1/conversations/${offered.id}`)).status).toBe(403);
    await chi.json('PUT', '/console/api/v1/me/presence', { presence: 'available' });
    await waitFor(async () => (await chi.json<Work>('GET', '/console/api/v1/work')).inbox.find((i) => i.id === offered.id));
    await chi.json('POST', `/console/api/v1/conversations/${offered.id}/take`);
    await say('Cảm ơn chị');
    await waitFor(() => chiEvents.events.find((e) => e.event === 'message.created' && e.data.includes('Cảm ơn chị')));
    await chi.json('POST', `/console/api/v1/conversations/${offered.id}/wrap-up`, { disposition: 'resolved', note: 'Đã hướng dẫn' });
    expect((await citizenHistory()).at(-1)).toMatchObject({ role: 'system' });
    expect((await say('Xin chào')).reply.text).not.toBe('');

    const binhSaw = binhEvents.events.filter((e) => e.data.includes(offered.conversationId) || e.data.includes(offered.id));
    const binhTeamEvents = binhSaw.filter((e) => !e.event.startsWith('conversation.queued') && !e.event.startsWith('conversation.offered'));
    expect(binhTeamEvents.filter((e) => e.event === 'message.created' && e.data.includes('Cảm ơn chị'))).toEqual([]);
    expect(binhSaw.filter((e) => e.event === 'conversation.transferred' || e.event === 'conversation.closed')).toEqual([]);

    // The reveal is in the access audit, which only admins read.
    expect((await an.request('GET', '/console/api/v1/admin/audit')).status).toBe(403);
    expect((await an.request('GET', '/console/api/v1/supervisor/overview')).status).toBe(403);
    expect((await an.request('GET', '/console/api/v1/reports/daily')).status).toBe(403);
    const admin = agent();
    await admin.login('admin@motcua.vn', 'mật-khẩu-thử-1234');
    const audit = await admin.json<{ entries: { actorEmail: string; action: string; reason: string }[] }>('GET', '/console/api/v1/admin/audit');
    expect(audit.entries[0]).toMatchObject({ actorEmail: 'an@motcua.vn', action: 'reveal_personal_data', reason: 'Gọi lại cho người dân' });
    const sup = agent();
    await sup.login('sup@motcua.vn', 'mật-khẩu-thử-1234');
    const overview = await sup.json<{ teams: { name: string }[]; agents: { displayName: string; presence: string }[] }>('GET', '/console/api/v1/supervisor/overview');
    expect(overview.agents.find((a) => a.displayName === 'Lê Chi')?.presence).toBe('available');
    const report = await sup.json<{ byChannel: { channel: string; handoffs: number }[] }>('GET', '/console/api/v1/reports/daily');
    expect(report.byChannel.find((c) => c.channel === 'web')?.handoffs).toBe(1);
    for (const s of [anEvents, binhEvents, chiEvents]) s.close();
  });

  async function teamId(name: string): Promise<string> {
    const rows = await served.database.db.select().from(staffTeams);
    return rows.find((t) => t.name === name)!.id;
  }
});
