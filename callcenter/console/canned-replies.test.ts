import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp, type ServedApp } from '../../platform/testing/serve-app.ts';
import { testDriver } from '../../platform/testing/test-db.ts';
import { fillVariables, unknownVariables } from '../canned-replies/canned-variables.ts';
import { staffTeams } from '../tables.ts';
import { addStaff, CONSOLE_TEST_SETTINGS, StaffClient, TEST_PASSWORD } from './testing/staff-client.ts';

interface Listing {
  replies: { id: string; teamId: string; title: string; shortcut: string; body: string }[];
  teams: { id: string; name: string }[];
}

/** Canned replies: supervisors keep their branch's teams' replies; agents read their own teams'. */
describe(`canned replies (${testDriver()})`, () => {
  let served: ServedApp;
  const teams: Record<string, string> = {};
  const as = async (email: string) => {
    const client = new StaffClient(served.url);
    expect((await client.login(email, TEST_PASSWORD)).status).toBe(200);
    return client;
  };

  beforeAll(async () => {
    served = await serveApp(CONSOLE_TEST_SETTINGS);
    const rows = await served.database.db
      .insert(staffTeams)
      .values([{ name: 'Hộ tịch', branch: 'Ba Đình' }, { name: 'Đất đai', branch: 'Cầu Giấy' }])
      .returning();
    for (const r of rows) teams[r.name] = r.id;
    await addStaff(served, { email: 'an@motcua.vn', name: 'Nguyễn Văn An', teams: ['Hộ tịch'], branch: 'Ba Đình' });
    await addStaff(served, { email: 'binh@motcua.vn', name: 'Trần Bình', teams: ['Đất đai'], branch: 'Cầu Giấy' });
    await addStaff(served, { email: 'sup@motcua.vn', name: 'Giám sát Ba Đình', role: 'supervisor', branch: 'Ba Đình' });
    await addStaff(served, { email: 'admin@motcua.vn', name: 'Quản trị', role: 'admin' });
  });
  afterAll(() => served?.close());

  it('fills known variables and names unknown ones', () => {
    expect(fillVariables('Chào {ten_cong_dan}, tôi là {ten_can_bo}, về {thu_tuc}.', { ten_cong_dan: 'anh/chị', ten_can_bo: 'An', thu_tuc: null })).toBe(
      'Chào anh/chị, tôi là An, về {thu_tuc}.',
    );
    expect(unknownVariables('{ten_can_bo} {ho_ten} {ho_ten}')).toEqual(['ho_ten']);
  });

  it('lets a supervisor keep their branch teams\u2019 replies, and agents use only their teams\u2019', async () => {
    const sup = await as('sup@motcua.vn');
    const mine = await sup.json<Listing>('GET', '/console/api/v1/canned-replies');
    expect(mine.teams.map((t) => t.name)).toEqual(['Hộ tịch']);
    const body = { teamId: teams['Hộ tịch'], title: 'Chào hỏi', shortcut: 'Chao', body: 'Chào {ten_cong_dan}, tôi là {ten_can_bo}. Tôi hỗ trợ về {thu_tuc}.' };
    const created = await sup.request('POST', '/console/api/v1/canned-replies', body);
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await sup.request('POST', '/console/api/v1/canned-replies', body)).status).toBe(409);
    expect((await sup.request('POST', '/console/api/v1/canned-replies', { ...body, shortcut: 'x2', body: 'Chào {ho_ten}' })).status).toBe(422);
    expect((await sup.request('POST', '/console/api/v1/canned-replies', { ...body, shortcut: 'x3', teamId: teams['Đất đai'] })).status).toBe(403);
    expect((await sup.request('PUT', `/console/api/v1/canned-replies/${id}`, { ...body, title: 'Lời chào' })).status).toBe(200);

    const an = await as('an@motcua.vn');
    const listing = await an.json<Listing>('GET', '/console/api/v1/canned-replies');
    expect(listing.replies).toMatchObject([{ id, title: 'Lời chào', shortcut: 'chao' }]);
    const binh = await as('binh@motcua.vn');
    expect((await binh.json<Listing>('GET', '/console/api/v1/canned-replies')).replies).toEqual([]);

    // An agent calling the supervisors' routes gets 403, whatever the body.
    expect((await an.request('POST', '/console/api/v1/canned-replies', { ...body, shortcut: 'agent' })).status).toBe(403);
    expect((await an.request('PUT', `/console/api/v1/canned-replies/${id}`, body)).status).toBe(403);
    expect((await an.request('DELETE', `/console/api/v1/canned-replies/${id}`)).status).toBe(403);
    expect((await an.request('DELETE', '/console/api/v1/canned-replies/not-a-uuid')).status).toBe(403);

    const admin = await as('admin@motcua.vn');
    expect((await admin.request('DELETE', '/console/api/v1/canned-replies/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await sup.request('DELETE', `/console/api/v1/canned-replies/${id}`)).status).toBe(204);
    expect((await an.json<Listing>('GET', '/console/api/v1/canned-replies')).replies).toEqual([]);
  });
});
