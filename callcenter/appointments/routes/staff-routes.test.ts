import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { serveApp, type ServedApp } from '../../../platform/testing/serve-app.ts';
import { addStaff, CONSOLE_TEST_SETTINGS, StaffClient } from '../../console/testing/staff-client.ts';

interface Places {
  branches: { id: string; name: string }[];
  services: { id: string; name: string }[];
  counters: { id: string; branchId: string; capacity: number; serviceIds: string[] }[];
}

/** The console's appointments API: roles on the server, an agent books for a caller and checks in, every list view audited. */
describe('appointments in the console', () => {
  let served: ServedApp;
  const agent = () => new StaffClient(served.url);
  const API = '/console/api/v1/appointments';

  beforeAll(async () => {
    served = await serveApp(CONSOLE_TEST_SETTINGS);
    await addStaff(served, { email: 'an@motcua.vn', name: 'Nguyễn Văn An' });
    await addStaff(served, { email: 'sup@motcua.vn', name: 'Giám sát', role: 'supervisor' });
  }, 180_000);
  afterAll(() => served?.close());

  it('refuses anyone not signed in, and a write without the CSRF token', async () => {
    expect((await fetch(`${served.url}${API}/places`)).status).toBe(401);
    const an = agent();
    await an.login('an@motcua.vn', 'mật-khẩu-thử-1234');
    expect((await an.request('POST', `${API}/branches`, { name: 'X', address: 'Số 1 phố X', district: 'Ba Đình' }, { 'x-csrf-token': 'forged' })).status).toBe(403);
  });

  it('lets supervisors, not agents, manage branches, services and counters', async () => {
    const an = agent();
    await an.login('an@motcua.vn', 'mật-khẩu-thử-1234');
    const branch = { name: 'Điểm tiếp nhận Tây Hồ', address: 'Số 5 Xuân La, Hà Nội', district: 'Tây Hồ' };
    expect((await an.request('POST', `${API}/branches`, branch)).status).toBe(403);
    const sup = agent();
    await sup.login('sup@motcua.vn', 'mật-khẩu-thử-1234');
    const created = await sup.request('POST', `${API}/branches`, branch);
    expect(created.status).toBe(201);
    const { branch: row } = (await created.json()) as { branch: { id: string } };
    const service = (await (await sup.request('POST', `${API}/services`, { name: 'Chứng thực', procedureCodes: ['2.000815'], slotMinutes: 20 })).json()) as { service: { id: string } };
    const counter = await sup.request('POST', `${API}/counters`, { branchId: row.id, name: 'Quầy 1', capacity: 2, serviceIds: [service.service.id] });
    expect(counter.status).toBe(201);
    expect((await sup.request('POST', `${API}/counters`, { branchId: row.id, name: 'Quầy 2', capacity: 0, serviceIds: [] })).status).toBe(422);
    const places = (await (await an.request('GET', `${API}/places`)).json()) as Places;
    expect(places.counters.find((c) => c.branchId === row.id)).toMatchObject({ capacity: 2, serviceIds: [service.service.id] });
  });

  it('books for a caller, lists the day with masked phones (audited), checks in with a queue number', async () => {
    const an = agent();
    await an.login('an@motcua.vn', 'mật-khẩu-thử-1234');
    const places = (await (await an.request('GET', `${API}/places`)).json()) as Places;
    const counter = places.counters.find((c) => c.capacity >= 2)!;
    const q = `branchId=${counter.branchId}&serviceId=${counter.serviceIds[0]}`;
    const { days } = (await (await an.request('GET', `${API}/slots?${q}`)).json()) as { days: { day: string }[] };
    const { slots } = (await (await an.request('GET', `${API}/slots?${q}&day=${days[0]!.day}`)).json()) as { slots: { startsAt: string }[] };
    const booked = await an.request('POST', `${API}/bookings`, { branchId: counter.branchId, serviceId: counter.serviceIds[0], startsAt: slots.at(-1)!.startsAt, name: 'Hoàng Văn Dũng', phone: '0987 111 222', priorityGroup: 'merit' });
    expect(booked.status).toBe(201);
    const { booking } = (await booked.json()) as { booking: { code: string; priority: string } };
    expect(booking.priority).toBe('Người có công với cách mạng');
    const list = (await (await an.request('GET', `${API}/bookings?branchId=${counter.branchId}&day=${days[0]!.day}`)).json()) as { bookings: { code: string; phone: string }[] };
    expect(list.bookings.find((b) => b.code === booking.code)?.phone).toBe('098****222');
    const [audit] = await served.database.rows<{ n: number }>(sql`select count(*)::int as n from access_audit where action = 'appointment.list'`);
    expect(audit!.n).toBe(1);
    const [row] = await served.database.rows<{ booked_by: string | null; channel: string }>(sql`select booked_by, channel from appointment_bookings where code = ${booking.code}`);
    expect(row!.channel).toBe('phone');
    expect(row!.booked_by).not.toBeNull();
    // Check-in is only on the day of the booking.
    const checkIn = await an.request('POST', `${API}/bookings/${booking.code}/check-in`);
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    if (days[0]!.day === today) expect(((await checkIn.json()) as { booking: { queueNumber: string } }).booking.queueNumber).toBe('UT-001');
    else expect(checkIn.status).toBe(409);
  });
});
