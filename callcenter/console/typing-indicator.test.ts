import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp, type ServedApp } from '../../platform/testing/serve-app.ts';
import { openSse } from '../../platform/testing/sse-reader.ts';
import { testDriver } from '../../platform/testing/test-db.ts';
import { waitFor } from '../../platform/testing/wait-for.ts';
import { staffTeams } from '../tables.ts';
import { addStaff, CONSOLE_TEST_SETTINGS, StaffClient, TEST_PASSWORD } from './testing/staff-client.ts';

/** Typing both ways, through the bus: the widget's stream shows the agent typing, the console the citizen. */
describe(`typing indicator (${testDriver()})`, () => {
  let served: ServedApp;
  let citizen: { conversationId: string; token: string };
  const staff = async (email: string) => {
    const c = new StaffClient(served.url);
    await c.login(email, TEST_PASSWORD);
    return c;
  };
  const citizenPost = (path: string, body?: unknown) =>
    fetch(`${served.url}/api/v1/conversations/${citizen.conversationId}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${citizen.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    served = await serveApp(CONSOLE_TEST_SETTINGS);
    await served.database.db.insert(staffTeams).values([{ name: 'Tổng đài', alwaysOpen: true }, { name: 'Đất đai' }]);
    await addStaff(served, { email: 'an@motcua.vn', name: 'Nguyễn Văn An', teams: ['Tổng đài'], skills: ['web'] });
    await addStaff(served, { email: 'binh@motcua.vn', name: 'Trần Bình', teams: ['Đất đai'], skills: ['web'] });
    citizen = (await (await fetch(`${served.url}/api/v1/conversations`, { method: 'POST' })).json()) as typeof citizen;
  });
  afterAll(() => served?.close());

  it('shows each side the other typing, and only to those who may see the conversation', async () => {
    // Before a person owns it, a typing report is accepted and reaches no agent.
    expect((await citizenPost('/typing')).status).toBe(204);
    expect((await citizenPost('/messages', { text: 'Tôi muốn gặp nhân viên', clientMessageId: 'typing-test-1' })).status).toBe(200);
    const an = await staff('an@motcua.vn');
    const binh = await staff('binh@motcua.vn');
    await an.json('PUT', '/console/api/v1/me/presence', { presence: 'available' });
    const item = (await waitFor(async () => (await an.json<{ inbox: { id: string; status: string }[] }>('GET', '/console/api/v1/work')).inbox[0]))!;
    expect((await an.request('POST', `/console/api/v1/conversations/${item.id}/typing`, {})).status).toBe(409);
    await an.json('POST', `/console/api/v1/conversations/${item.id}/take`);
    // Into the Tổng đài team, so Bình (Đất đai) may not see it, and back to An.
    const teams = await served.database.db.select().from(staffTeams);
    await an.json('POST', `/console/api/v1/conversations/${item.id}/transfer`, { teamId: teams.find((t) => t.name === 'Tổng đài')!.id, note: 'Giữ trong nhóm' });
    await waitFor(async () => (await an.json<{ inbox: { id: string; status: string }[] }>('GET', '/console/api/v1/work')).inbox.find((i) => i.status === 'offered'));
    await an.json('POST', `/console/api/v1/conversations/${item.id}/take`);

    const widget = await openSse(`${served.url}/api/v1/conversations/${citizen.conversationId}/events?token=${citizen.token}`);
    const anEvents = await openSse(`${served.url}/console/api/v1/events`, { cookie: an.cookie });
    const binhEvents = await openSse(`${served.url}/console/api/v1/events`, { cookie: binh.cookie });
    await widget.waitFor(1, 'ready');
    await anEvents.waitFor(1, 'ready');

    expect((await an.request('POST', `/console/api/v1/conversations/${item.id}/typing`, {})).status).toBe(204);
    expect((await an.request('POST', `/console/api/v1/conversations/${item.id}/typing`, {})).status).toBe(204); // throttled: one event
    const [typing] = await widget.waitFor(1, 'typing');
    expect(JSON.parse(typing!.data)).toEqual({ who: 'agent', name: 'Nguyễn Văn An' });
    expect(typing!.id).toBeNull();

    expect((await citizenPost('/typing', {})).status).toBe(204);
    const [seen] = await anEvents.waitFor(1, 'conversation.typing');
    expect(JSON.parse(seen!.data)).toMatchObject({ handoffId: item.id, who: 'citizen' });
    await new Promise((r) => setTimeout(r, 300));
    expect(widget.events.filter((e) => e.event === 'typing')).toHaveLength(1);
    expect(binhEvents.events.filter((e) => e.event === 'conversation.typing')).toEqual([]);

    // Others may not type in it; bad input is refused plainly.
    expect((await binh.request('POST', `/console/api/v1/conversations/${item.id}/typing`, {})).status).toBe(403);
    expect((await an.request('POST', `/console/api/v1/conversations/${item.id}/typing`, { text: 'x' })).status).toBe(422);
    expect((await citizenPost('/typing', { text: 'bí mật' })).status).toBe(422);
    expect((await fetch(`${served.url}/api/v1/conversations/${citizen.conversationId}/typing`, { method: 'POST' })).status).toBe(401);
    for (const s of [widget, anEvents, binhEvents]) s.close();
  });
});
