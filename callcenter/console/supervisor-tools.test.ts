import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp, type ServedApp } from '../../platform/testing/serve-app.ts';
import { testDriver } from '../../platform/testing/test-db.ts';
import { toCsv } from '../reports/csv.ts';
import { staffTeams } from '../tables.ts';
import { addStaff, CONSOLE_TEST_SETTINGS, StaffClient, TEST_PASSWORD } from './testing/staff-client.ts';

interface HoursView {
  open: boolean;
  branches: { branch: string; hours: string; alwaysOpen: boolean; configured: boolean; editable: boolean }[];
}

/** Per-branch opening hours and audited CSV exports: supervisors and admins only, each within their rights. */
describe(`supervisor tools: hours and exports (${testDriver()})`, () => {
  let served: ServedApp;
  let agent: StaffClient;
  let supervisor: StaffClient;
  let admin: StaffClient;
  const as = async (email: string) => {
    const c = new StaffClient(served.url);
    expect((await c.login(email, TEST_PASSWORD)).status).toBe(200);
    return c;
  };

  beforeAll(async () => {
    served = await serveApp(CONSOLE_TEST_SETTINGS);
    await served.database.db.insert(staffTeams).values([{ name: 'Ba Đình', branch: 'Ba Đình' }, { name: 'Cầu Giấy', branch: 'Cầu Giấy' }]);
    await addStaff(served, { email: 'an@motcua.vn', name: 'Nguyễn Văn An', teams: ['Ba Đình'], branch: 'Ba Đình' });
    await addStaff(served, { email: 'sup@motcua.vn', name: 'Giám sát Ba Đình', role: 'supervisor', branch: 'Ba Đình' });
    await addStaff(served, { email: 'admin@motcua.vn', name: 'Quản trị', role: 'admin' });
    agent = await as('an@motcua.vn');
    supervisor = await as('sup@motcua.vn');
    admin = await as('admin@motcua.vn');
  });
  afterAll(() => served?.close());

  it('lets a supervisor set their branch\u2019s hours and an admin any branch, 24/7 included', async () => {
    const before = await supervisor.json<HoursView>('GET', '/console/api/v1/hours');
    expect(before.branches.map((b) => [b.branch, b.hours, b.configured, b.editable])).toEqual([
      ['Ba Đình', '07:30-17:00', false, true],
      ['Cầu Giấy', '07:30-17:00', false, false],
    ]);
    expect((await supervisor.request('PUT', `/console/api/v1/hours/${encodeURIComponent('Ba Đình')}`, { hours: '07:00-19:00', alwaysOpen: false })).status).toBe(200);
    expect((await supervisor.request('PUT', `/console/api/v1/hours/${encodeURIComponent('Cầu Giấy')}`, { hours: '07:00-19:00', alwaysOpen: false })).status).toBe(403);
    expect((await supervisor.request('PUT', `/console/api/v1/hours/${encodeURIComponent('Ba Đình')}`, { hours: '19:00-07:00', alwaysOpen: false })).status).toBe(422);
    expect((await supervisor.request('PUT', `/console/api/v1/hours/${encodeURIComponent('Ba Đình')}`, { hours: '7h-17h', alwaysOpen: false })).status).toBe(422);
    expect((await admin.request('PUT', `/console/api/v1/hours/${encodeURIComponent('Hoàn Kiếm')}`, { hours: null, alwaysOpen: true })).status).toBe(404);
    expect((await admin.request('PUT', `/console/api/v1/hours/${encodeURIComponent('Cầu Giấy')}`, { hours: null, alwaysOpen: true })).status).toBe(200);
    const after = await admin.json<HoursView>('GET', '/console/api/v1/hours');
    expect(after.open).toBe(true);
    expect(after.branches).toMatchObject([
      { branch: 'Ba Đình', hours: '07:00-19:00', configured: true, alwaysOpen: false, editable: true },
      { branch: 'Cầu Giấy', alwaysOpen: true, configured: true, editable: true },
    ]);
  });

  it('exports conversations as CSV with personal data masked, and audits who, what, when and why', async () => {
    const started = (await (await fetch(`${served.url}/api/v1/conversations`, { method: 'POST' })).json()) as { conversationId: string; token: string };
    await fetch(`${served.url}/api/v1/conversations/${started.conversationId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${started.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Tôi muốn gặp nhân viên, số tôi là 0912345678', clientMessageId: 'export-test-1' }),
    });
    const res = await supervisor.request('POST', '/console/api/v1/exports', { kind: 'conversations', reason: 'Báo cáo tuần cho lãnh đạo' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="hoi-thoai_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv"/);
    const csv = await res.text();
    expect(csv.startsWith('Mã hàng chờ,')).toBe(true); // fetch's text() drops the BOM
    expect(csv).toContain(started.conversationId);
    expect(csv).not.toContain('0912345678');
    expect(csv.trim().split('\r\n')).toHaveLength(2);

    const report = await admin.request('POST', '/console/api/v1/exports', { kind: 'daily_report', reason: 'Số liệu cho sở' });
    expect(await report.text()).toMatch(/Chuyển cán bộ theo kênh,web,1/);

    const audit = await admin.json<{ entries: { actorEmail: string; action: string; subject: string; reason: string; at: string }[] }>('GET', '/console/api/v1/admin/audit');
    expect(audit.entries.slice(0, 2)).toMatchObject([
      { actorEmail: 'admin@motcua.vn', action: 'export_daily_report', reason: 'Số liệu cho sở' },
      { actorEmail: 'sup@motcua.vn', action: 'export_conversations', subject: expect.stringMatching(/^export:conversations:/), reason: 'Báo cáo tuần cho lãnh đạo' },
    ]);
  });

  it('refuses exports without a reason or with a bad range', async () => {
    expect((await supervisor.request('POST', '/console/api/v1/exports', { kind: 'conversations' })).status).toBe(422);
    expect((await supervisor.request('POST', '/console/api/v1/exports', { kind: 'conversations', reason: '   ' })).status).toBe(422);
    expect((await supervisor.request('POST', '/console/api/v1/exports', { kind: 'conversations', from: '2026-12-02', to: '2026-01-01', reason: 'x' })).status).toBe(422);
    expect((await supervisor.request('POST', '/console/api/v1/exports', { kind: 'daily_report', from: '2026-12-01', to: '2026-12-02', reason: 'x' })).status).toBe(422);
  });

  it('gives an agent 403 on every supervisor route it adds', async () => {
    expect((await agent.request('GET', '/console/api/v1/hours')).status).toBe(403);
    expect((await agent.request('PUT', `/console/api/v1/hours/${encodeURIComponent('Ba Đình')}`, { hours: null, alwaysOpen: true })).status).toBe(403);
    expect((await agent.request('POST', '/console/api/v1/exports', { kind: 'conversations', reason: 'tò mò' })).status).toBe(403);
    expect((await agent.request('POST', '/console/api/v1/exports', { kind: 'daily_report', reason: 'tò mò' })).status).toBe(403);
    const audit = await admin.json<{ entries: { actorEmail: string }[] }>('GET', '/console/api/v1/admin/audit');
    expect(audit.entries.filter((e) => e.actorEmail === 'an@motcua.vn')).toEqual([]);
  });

  it('writes CSV that spreadsheets read safely', () => {
    expect(toCsv(['a', 'b'], [['=HYPERLINK("x")', 'dòng 1\ndòng 2'], [-5, '@SUM(A1)']])).toBe('\uFEFFa,b\r\n"\'=HYPERLINK(""x"")","dòng 1\ndòng 2"\r\n-5,\'@SUM(A1)\r\n');
  });
});
