import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp, type ServedApp } from '../../platform/testing/serve-app.ts';
import { testDriver } from '../../platform/testing/test-db.ts';
import { waitFor } from '../../platform/testing/wait-for.ts';
import { staffTeams } from '../tables.ts';
import { addStaff, CONSOLE_TEST_SETTINGS, StaffClient, TEST_PASSWORD } from './testing/staff-client.ts';

interface Work {
  inbox: { id: string; status: string; conversationId: string }[];
}

/** The wrap-up's two options over HTTP: "Tạo phản ánh" (who may file for which conversation) and "Không gửi khảo sát". */
describe(`wrap-up: filing a complaint and skipping the survey (${testDriver()})`, () => {
  let served: ServedApp;
  let an: StaffClient;
  let binh: StaffClient;
  let sup: StaffClient;
  let officer: StaffClient;
  const staff = async (email: string) => {
    const c = new StaffClient(served.url);
    expect((await c.login(email, TEST_PASSWORD)).status).toBe(200);
    return c;
  };
  const messagesOf = (conversationId: string) => served.database.rows<{ role: string; text: string }>(sql`select role, text from messages where conversation_id = ${conversationId} order by id`);

  /** A citizen on the web asks for a person; An takes it and keeps it in the Tổng đài team (branch Ba Đình), which Bình is not in. */
  async function conversationWithAn(n: number): Promise<{ handoffId: string; conversationId: string }> {
    const citizen = (await (await fetch(`${served.url}/api/v1/conversations`, { method: 'POST' })).json()) as { conversationId: string; token: string };
    await fetch(`${served.url}/api/v1/conversations/${citizen.conversationId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${citizen.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Tôi muốn gặp nhân viên, hồ sơ tạm trú của tôi bị trễ hẹn', clientMessageId: `wrap-up-${n}` }),
    });
    const offered = (await waitFor(async () => (await an.json<Work>('GET', '/console/api/v1/work')).inbox.find((i) => i.conversationId === citizen.conversationId && i.status === 'offered')))!;
    await an.json('POST', `/console/api/v1/conversations/${offered.id}/take`);
    const [team] = await served.database.db.select().from(staffTeams).where(sql`name = 'Tổng đài'`);
    await an.json('POST', `/console/api/v1/conversations/${offered.id}/transfer`, { teamId: team!.id, note: 'Giữ trong nhóm' });
    await waitFor(async () => (await an.json<Work>('GET', '/console/api/v1/work')).inbox.find((i) => i.id === offered.id && i.status === 'offered'));
    await an.json('POST', `/console/api/v1/conversations/${offered.id}/take`);
    return { handoffId: offered.id, conversationId: citizen.conversationId };
  }

  beforeAll(async () => {
    served = await serveApp(CONSOLE_TEST_SETTINGS);
    await served.database.db.insert(staffTeams).values([{ name: 'Tổng đài', branch: 'Ba Đình', alwaysOpen: true }, { name: 'Đất đai', branch: 'Ba Đình' }]);
    await addStaff(served, { email: 'an@motcua.vn', name: 'Nguyễn Văn An', teams: ['Tổng đài'], skills: ['web'], branch: 'Ba Đình' });
    await addStaff(served, { email: 'binh@motcua.vn', name: 'Trần Bình', teams: ['Đất đai'], skills: ['web'], branch: 'Ba Đình' });
    await addStaff(served, { email: 'sup@motcua.vn', name: 'Phạm Giám Sát', role: 'supervisor', branch: 'Ba Đình' });
    await addStaff(served, { email: 'ca@motcua.vn', role: 'agency_officer', agency: 'cong-an' });
    an = await staff('an@motcua.vn');
    binh = await staff('binh@motcua.vn');
    sup = await staff('sup@motcua.vn');
    officer = await staff('ca@motcua.vn');
    await an.json('PUT', '/console/api/v1/me/presence', { presence: 'available' });
  }, 120_000);
  afterAll(() => served?.close());

  it('files a ticket for the citizen only from a conversation the staff member can see, on its channel and branch, once per client id', async () => {
    const { handoffId, conversationId } = await conversationWithAn(1);
    const filing = {
      clientId: 'console-wrap-up-0001',
      conversationId,
      type: 'phan_anh',
      content: 'Hồ sơ đăng ký tạm trú nộp ngày 5/1 hẹn 3 ngày nhưng đến nay chưa có kết quả.',
      citizen: { name: 'Trần Thị Bình' },
      consent: true,
    };
    // Another team's agent, an agency officer, and an unknown conversation are refused; so is a filing without consent.
    expect((await binh.request('POST', '/console/api/v1/complaints', filing)).status).toBe(403);
    expect((await officer.request('POST', '/console/api/v1/complaints', filing)).status).toBe(403);
    expect((await an.request('POST', '/console/api/v1/complaints', { ...filing, conversationId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    const noConsent = await an.request('POST', '/console/api/v1/complaints', { ...filing, consent: false });
    expect(noConsent.status).toBe(422);
    expect(noConsent.headers.get('content-type')).toContain('application/problem+json');
    // The client may not choose the channel: it is the conversation's.
    expect((await an.request('POST', '/console/api/v1/complaints', { ...filing, channel: 'phone' })).status).toBe(422);

    const first = await an.request('POST', '/console/api/v1/complaints', filing);
    expect(first.status, await first.clone().text()).toBe(201);
    const { ticket } = (await first.json()) as { ticket: { id: string; code: string; lookupCode: string; status: string } };
    expect(ticket).toMatchObject({ code: expect.stringMatching(/^PAKN-\d{8}-\d{4}$/), status: 'received' });
    const again = await an.request('POST', '/console/api/v1/complaints', filing);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { ticket: { code: string } }).ticket.code).toBe(ticket.code);

    const [row] = await served.database.rows<{ channel: string; conversation_id: string; branch: string; citizen_address: string; citizen_name: string }>(
      sql`select channel, conversation_id, branch, citizen_address, citizen_name from complaints where id = ${ticket.id}`,
    );
    expect(row).toEqual({ channel: 'web', conversation_id: conversationId, branch: 'Ba Đình', citizen_address: 'Trả lời qua cuộc trò chuyện đính kèm', citizen_name: 'Trần Thị Bình' });
    const [filed] = await served.database.rows<{ actor_name: string }>(sql`select actor_name from complaint_events where complaint_id = ${ticket.id} and action = 'file'`);
    expect(filed!.actor_name).toBe('Nguyễn Văn An');
    // The citizen is told the code and how to follow it, in the conversation, once.
    const told = (await messagesOf(conversationId)).filter((m) => m.text.includes(ticket.code));
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain(`khoa=${ticket.lookupCode}`);
    // The branch's supervisor may file for it too.
    expect((await sup.request('POST', '/console/api/v1/complaints', { ...filing, clientId: 'console-wrap-up-0002', type: 'gop_y' })).status).toBe(201);
    await an.json('POST', `/console/api/v1/conversations/${handoffId}/wrap-up`, { disposition: 'complaint', note: `Đã tạo phiếu ${ticket.code}` });
  });

  it('sends no survey when the agent who has the conversation, or a supervisor, skips it; others may not', async () => {
    const skipped = await conversationWithAn(2);
    const path = `/console/api/v1/conversations/${skipped.handoffId}/skip-survey`;
    expect((await binh.request('POST', path, {})).status).toBe(403);
    expect((await officer.request('POST', path, {})).status).toBe(403);
    expect((await an.request('POST', path, { reason: 'x' })).status).toBe(422);
    expect((await an.request('POST', path, {})).status).toBe(204);
    expect((await an.request('POST', path, {})).status).toBe(204); // idempotent
    await an.json('POST', `/console/api/v1/conversations/${skipped.handoffId}/wrap-up`, { disposition: 'resolved', note: '' });
    expect((await an.request('POST', path, {})).status).toBe(409);

    const bySupervisor = await conversationWithAn(3);
    expect((await sup.request('POST', `/console/api/v1/conversations/${bySupervisor.handoffId}/skip-survey`, {})).status).toBe(204);
    await an.json('POST', `/console/api/v1/conversations/${bySupervisor.handoffId}/wrap-up`, { disposition: 'resolved', note: '' });

    // Closed without skipping, a conversation gets its survey: the two skipped ones never do.
    const surveyed = await conversationWithAn(4);
    await an.json('POST', `/console/api/v1/conversations/${surveyed.handoffId}/wrap-up`, { disposition: 'resolved', note: '' });
    await waitFor(async () => (await messagesOf(surveyed.conversationId)).some((m) => m.text.includes('/danh-gia/')));
    for (const c of [skipped, bySupervisor]) expect((await messagesOf(c.conversationId)).filter((m) => m.text.includes('/danh-gia/'))).toEqual([]);
    const surveys = await served.database.rows<{ conversation_id: string; status: string; agent_name: string }>(sql`select conversation_id, status, agent_name from csat_surveys order by sent_at`);
    expect(surveys).toEqual(
      expect.arrayContaining([
        { conversation_id: skipped.conversationId, status: 'skipped', agent_name: 'Nguyễn Văn An' },
        { conversation_id: bySupervisor.conversationId, status: 'skipped', agent_name: 'Nguyễn Văn An' },
        { conversation_id: surveyed.conversationId, status: 'sent', agent_name: 'Nguyễn Văn An' },
      ]),
    );
  });
});
