import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp, type ServedApp } from '../../platform/testing/serve-app.ts';
import { StaffClient, addStaff, CONSOLE_TEST_SETTINGS } from '../console/testing/staff-client.ts';
import { saveProfile } from './profile-store.ts';

describe('staff access to citizen profiles', () => {
  let served: ServedApp;
  const as = async (email: string, role: 'agent' | 'supervisor' | 'admin') => {
    await addStaff(served, { email, role });
    const client = new StaffClient(served.url);
    await client.login(email, 'mật-khẩu-thử-1234');
    return client;
  };
  beforeAll(async () => {
    served = await serveApp(CONSOLE_TEST_SETTINGS);
    await saveProfile(served.database.db, 'zalo:8412345', { fullName: 'Lê Thị Hoa', personalId: '001190099999' }, new Date());
  });
  afterAll(() => served?.close());

  it('lets a supervisor read a profile, writes the read to the access audit, and refuses agents', async () => {
    const agent = await as('agent@motcua.vn', 'agent');
    expect((await agent.request('GET', '/console/api/v1/forms/profiles/zalo:8412345')).status).toBe(403);
    const supervisor = await as('gs@motcua.vn', 'supervisor');
    const read = await supervisor.json<{ profile: Record<string, string> }>('GET', '/console/api/v1/forms/profiles/zalo:8412345?reason=G%E1%BB%8Di%20l%E1%BA%A1i');
    expect(read.profile).toEqual({ fullName: 'Lê Thị Hoa', personalId: '001190099999' });
    expect((await supervisor.request('GET', '/console/api/v1/forms/profiles/zalo:000')).status).toBe(404);
    expect((await supervisor.request('GET', '/console/api/v1/forms/profiles/%3Cscript%3E')).status).toBe(422);
    const admin = await as('admin@motcua.vn', 'admin');
    const { entries } = await admin.json<{ entries: { actorEmail: string; action: string; subject: string; reason: string | null }[] }>('GET', '/console/api/v1/admin/audit');
    expect(entries.filter((e) => e.action === 'profile.read').map((e) => [e.actorEmail, e.subject, e.reason])).toEqual([
      ['gs@motcua.vn', 'zalo:000', null],
      ['gs@motcua.vn', 'zalo:8412345', 'Gọi lại'],
    ]);
  });
});
