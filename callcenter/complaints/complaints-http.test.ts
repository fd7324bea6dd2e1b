import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '../../platform/testing/test-db.ts';
import { serveApp, type ServedApp } from '../../platform/testing/serve-app.ts';
import { addStaff, CONSOLE_TEST_SETTINGS, StaffClient } from '../console/testing/staff-client.ts';

/** The public form, API and tracking over HTTP, and the staff routes' roles, on the composed app. */
describe(`complaints over HTTP (${testDriver()})`, () => {
  let served: ServedApp;
  beforeAll(async () => {
    served = await serveApp({ ...CONSOLE_TEST_SETTINGS,  COMPLAINTS_FORM_MIN_SECONDS: '0', COMPLAINTS_PER_IP_PER_HOUR: '6' });
    await addStaff(served, { email: 'sup@motcua.vn', role: 'supervisor' });
    await addStaff(served, { email: 'ca@motcua.vn', role: 'agency_officer', agency: 'cong-an' });
    await addStaff(served, { email: 'tp@motcua.vn', role: 'agency_officer', agency: 'so-tu-phap' });
    await addStaff(served, { email: 'an@motcua.vn', role: 'agent' });
  }, 120_000);
  afterAll(() => served?.close());

  const token = async () => ((await (await fetch(`${served.url}/api/v1/complaints/form-token`)).json()) as { formToken: string }).formToken;
  const file = async (body: Record<string, unknown>, formToken?: string) =>
    fetch(`${served.url}/api/v1/complaints`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-form-token': formToken ?? (await token()) }, body: JSON.stringify(body) });
  const valid = { type: 'phan_anh', content: 'Cán bộ một cửa hẹn trả kết quả cấp căn cước đã quá hai tuần.', citizen: { name: 'Phạm Văn Cường', phone: '0987654321' }, consent: true };
  const login = async (email: string) => {
    const c = new StaffClient(served.url);
    const res = await c.login(email, 'mật-khẩu-thử-1234');
    expect(res.status, await res.clone().text()).toBe(200);
    return c;
  };

  it('files through the no-JavaScript form and shows the tracking page without personal data', async () => {
    const page = await (await fetch(`${served.url}/phan-anh`)).text();
    const formToken = /name="formToken" value="([^"]+)"/.exec(page)![1]!;
    const form = new URLSearchParams({ formToken, website: '', clientId: 'form-client-0001', type: 'phan_anh', content: valid.content, name: 'Phạm Văn Cường', phone: '0987654321', consent: 'yes' });
    const res = await fetch(`${served.url}/phan-anh`, { method: 'POST', body: form, redirect: 'manual', headers: { accept: 'text/html' } });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^\/phan-anh\/tra-cuu\?ma=PAKN-\d{8}-\d{4}&khoa=[A-Z2-9]{6}&moi=1$/);
    const tracking = await (await fetch(`${served.url}${location}`)).text();
    expect(tracking).toContain('Đã tiếp nhận');
    expect(tracking).not.toContain('Phạm Văn Cường');
    expect(tracking).not.toContain('0987654321');
    // The honeypot and a missing consent are refused; the browser gets the form again.
    const bot = await fetch(`${served.url}/phan-anh`, { method: 'POST', body: new URLSearchParams({ formToken, website: 'http://spam', content: valid.content }), headers: { accept: 'text/html' } });
    expect(bot.status).toBe(422);
    const noConsent = await fetch(`${served.url}/phan-anh`, { method: 'POST', body: new URLSearchParams({ formToken, type: 'phan_anh', content: valid.content, name: 'Cường', phone: '0987654321' }), headers: { accept: 'text/html' } });
    expect(noConsent.status).toBe(422);
    expect(await noConsent.text()).toContain('đồng ý');
  });

  it('files once per client id, refuses a forged token, and limits a flood with a clear 429', async () => {
    const first = await file({ ...valid, clientId: 'api-client-0001' });
    expect(first.status).toBe(201);
    const again = await file({ ...valid, clientId: 'api-client-0001' });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { code: string }).code).toBe(((await first.json()) as { code: string }).code);
    expect((await file(valid, '123.forged')).status).toBe(422);
    let limited: Response | null = null;
    for (let i = 0; i < 8 && !limited; i++) {
      const res = await file(valid);
      if (res.status === 429) limited = res;
    }
    expect(limited?.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited?.headers.get('content-type')).toContain('application/problem+json');
  });

  it('keeps each agency to its own tickets (403 across agencies) and the tracking API free of personal data', async () => {
    const sup = await login('sup@motcua.vn');
    const { tickets } = await sup.json<{ tickets: { id: string; code: string }[] }>('GET', '/console/api/v1/complaints?view=open');
    const ticket = tickets[0]!;
    await sup.json('POST', `/console/api/v1/complaints/${ticket.id}/classify`, { intakeClass: 'within' });
    await sup.json('POST', `/console/api/v1/complaints/${ticket.id}/assign`, { agencyId: 'cong-an' });
    const police = await login('ca@motcua.vn');
    const justice = await login('tp@motcua.vn');
    expect((await police.request('GET', `/console/api/v1/complaints/${ticket.id}`)).status).toBe(200);
    expect((await justice.request('GET', `/console/api/v1/complaints/${ticket.id}`)).status).toBe(403);
    expect((await justice.request('POST', `/console/api/v1/complaints/${ticket.id}/answer`, { answer: 'Trả lời từ cơ quan khác.' })).status).toBe(403);
    expect((await justice.json<{ tickets: unknown[] }>('GET', '/console/api/v1/complaints')).tickets).toEqual([]);
    expect((await (await login('an@motcua.vn')).request('GET', '/console/api/v1/complaints')).status).toBe(403);
    const detail = await police.json<{ ticket: { citizenPhone: string; timeline: unknown[] } }>('GET', `/console/api/v1/complaints/${ticket.id}`);
    expect(detail.ticket.citizenPhone).not.toBe('0987654321');
    const revealed = await police.json<{ ticket: { citizenPhone: string } }>('POST', `/console/api/v1/complaints/${ticket.id}/reveal`, { reason: 'Gọi lại cho người gửi' });
    expect(revealed.ticket.citizenPhone).toBe('0987654321');
    const answered = await police.json<{ ticket: { code: string; lookupCode?: string; status: string } }>('POST', `/console/api/v1/complaints/${ticket.id}/answer`, { answer: 'Căn cước của ông đã có, mời ông đến nhận.' });
    expect(answered.ticket.status).toBe('notified');
    expect(answered.ticket.lookupCode).toBeUndefined();
    const csv = await sup.request('GET', '/console/api/v1/complaints/report.csv?from=2026-01-01&to=2027-12-31&by=agency');
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('cong-an');
    const audit = await served.database.rows<{ action: string }>((await import('drizzle-orm')).sql`select action from access_audit order by id`);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['complaint.reveal', 'complaint.report_export']));
  });
});
