import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Reply, Turn } from '../../assistant/index.ts';
import { createLogger } from '../../platform/logging/logger.ts';
import { serveApp, type ServedApp } from '../../platform/testing/serve-app.ts';
import { addStaff, StaffClient, TEST_PASSWORD } from '../console/testing/staff-client.ts';
import { eraseExpiredForms } from '../forms/erase-expired-forms.ts';
import { CT01_ANSWERS } from '../forms/testing/fill-ct01-over-http.ts';
import { eraseOldBookings } from './erase-old-bookings.ts';

/**
 * Without PUBLIC_BASE_URL: a form filled in the chat goes with the booking made next in the same
 * conversation; staff open it through an audited route; retention ends it. Links stay relative on
 * the web and are left out, with where to go instead, on Zalo and SMS.
 */
describe('a pre-filled form attached to a booking, and links per channel', () => {
  let served: ServedApp;
  const logged: string[] = [];
  const API = '/appointments/api/v1';

  beforeAll(async () => {
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => (logged.push(chunk.toString()), done()) });
    served = await serveApp({}, { logger: createLogger('warn', sink as never) });
    await addStaff(served, { email: 'lan@motcua.vn', name: 'Trần Thị Lan' });
  }, 180_000);
  afterAll(() => served?.close());

  const conversation = async (channel: Turn['channel'], citizen?: Turn['citizen']) => {
    const { assistant } = served.app.services;
    const conversationId = await assistant.conversations.start(channel);
    return (text: string): Promise<Reply> => assistant.handleTurn({ conversationId, channel, text, citizen });
  };
  const fillCt01 = async (ask: (text: string) => Promise<Reply>) => {
    let reply: Reply | undefined;
    for (const text of ['đăng ký tạm trú cần giấy tờ gì', 'điền giúp tôi tờ khai', '1', ...CT01_ANSWERS]) reply = await ask(text);
    expect(reply!.intent).toBe('prefill_done');
    return reply!;
  };
  /** Books through the chat from "đặt lịch hẹn" to the phone number, whatever the topic skips. */
  const bookInChat = async (ask: (text: string) => Promise<Reply>, phone: string) => {
    let reply = await ask('tôi muốn đặt lịch hẹn');
    if (reply.intent === 'booking_service') reply = await ask('1');
    expect(reply.intent).toBe('booking_district');
    for (const text of ['Cầu Giấy', '1', 'không', '1', '1', 'đồng ý', 'Ngô Thị Thu']) reply = await ask(text);
    expect(reply.intent).toBe('booking_phone');
    const done = await ask(phone);
    expect(done.intent).toBe('booking_done');
    return { done, code: /LH\d{8}/.exec(done.text)![0] };
  };
  const resultUrl = (reply: Reply, task: string) => reply.actions.flatMap((a) => (a.type === 'task_result' && a.task === task ? [a.url ?? null] : []))[0];

  it('warns at start-up that links to SMS, Zalo and voice need PUBLIC_BASE_URL', () => {
    expect(logged.some((line) => line.includes('"level":40') && line.includes('PUBLIC_BASE_URL is not set'))).toBe(true);
  });

  it('attaches the form filled in the web chat to the booking made next; staff open it, audited; retention erases it', async () => {
    const ask = await conversation('web');
    const form = await fillCt01(ask);
    expect(resultUrl(form, 'prefill_form')).toMatch(/^\/forms\/files\/[A-Za-z0-9_-]{32}$/); // web: relative
    const { done, code } = await bookInChat(ask, '0913 222 333');
    expect(done.text).toContain('Tờ khai kèm theo: Tờ khai thay đổi thông tin cư trú');
    expect(resultUrl(done, 'booking')).toBe(`${API}/bookings/${code}/calendar.ics`);
    const [row] = await served.database.rows<{ form: string | null; file: string }>(
      sql`select b.form_document_id as form, (select f.id::text from form_files f where f.identity like 'web:conversation:%' order by f.created_at desc limit 1) as file from appointment_bookings b where b.code = ${code}`,
    );
    expect(row!.form).toBe(row!.file);

    // The citizen's lookup says so too.
    const lookup = await fetch(`${served.url}${API}/bookings/lookup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, phoneLast4: '2333' }) });
    expect(((await lookup.json()) as { booking: { form: unknown } }).booking.form).toEqual({ name: 'Tờ khai thay đổi thông tin cư trú' });

    // Staff: the day's list marks it; opening it is audited.
    const lan = new StaffClient(served.url);
    await lan.login('lan@motcua.vn', TEST_PASSWORD);
    expect((await fetch(`${served.url}/console/api/v1/appointments/bookings/${code}/form.pdf`)).status).toBe(401);
    const [place] = await served.database.rows<{ branch: string; day: string }>(sql`select branch_id::text as branch, to_char(starts_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as day from appointment_bookings where code = ${code}`);
    const list = await lan.json<{ bookings: { code: string; hasForm: boolean }[] }>('GET', `/console/api/v1/appointments/bookings?branchId=${place!.branch}&day=${place!.day}`);
    expect(list.bookings.find((b) => b.code === code)?.hasForm).toBe(true);
    const pdf = await lan.request('GET', `/console/api/v1/appointments/bookings/${code}/form.pdf`);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const audits = await served.database.rows<{ email: string }>(sql`select actor_email as email from access_audit where action = 'appointment.form_view' and subject = ${code}`);
    expect(audits.map((a) => a.email)).toEqual(['lan@motcua.vn']);

    // Retention: the booking forgets the form, and the forms' own retention deletes the file.
    const later = new Date(Date.now() + 400 * 86_400_000);
    expect(await eraseOldBookings(served.database.db, 365, later)).toBeGreaterThan(0);
    const [erased] = await served.database.rows<{ form: string | null }>(sql`select form_document_id as form from appointment_bookings where code = ${code}`);
    expect(erased!.form).toBeNull();
    expect((await lan.request('GET', `/console/api/v1/appointments/bookings/${code}/form.pdf`)).status).toBe(404);
    expect((await eraseExpiredForms(served.database.db, 365, later)).files).toBeGreaterThan(0);
    const [files] = await served.database.rows<{ n: number }>(sql`select count(*)::int as n from form_files where id = ${row!.file}::uuid`);
    expect(files!.n).toBe(0);
  }, 120_000);

  it('a booking without a form in its conversation carries none', async () => {
    const { done, code } = await bookInChat(await conversation('web'), '0913 444 555');
    expect(done.text).not.toContain('Tờ khai kèm theo');
    const [row] = await served.database.rows<{ form: string | null }>(sql`select form_document_id as form from appointment_bookings where code = ${code}`);
    expect(row!.form).toBeNull();
  }, 60_000);

  it('the public API attaches a form by its download token, and refuses an unknown or expired one', async () => {
    const link = resultUrl(await fillCt01(await conversation('web')), 'prefill_form')!;
    const token = link.split('/').at(-1)!;
    const { services } = (await (await fetch(`${served.url}${API}/services`)).json()) as { services: { id: string }[] };
    const serviceId = services[0]!.id;
    const { branches } = (await (await fetch(`${served.url}${API}/branches?serviceId=${serviceId}`)).json()) as { branches: { id: string }[] };
    const branchId = branches[0]!.id;
    const { days } = (await (await fetch(`${served.url}${API}/slots?branchId=${branchId}&serviceId=${serviceId}`)).json()) as { days: { day: string }[] };
    const { slots } = (await (await fetch(`${served.url}${API}/slots?branchId=${branchId}&serviceId=${serviceId}&day=${days[1]!.day}`)).json()) as { slots: { startsAt: string }[] };
    const book = (formToken: string, phone: string) =>
      fetch(`${served.url}${API}/bookings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ branchId, serviceId, startsAt: slots[0]!.startsAt, name: 'Đặng Văn Hải', phone, consent: true, formToken }),
      });
    const unknown = await book('B'.repeat(32), '0913 666 777');
    expect([unknown.status, unknown.headers.get('content-type')]).toEqual([422, expect.stringContaining('application/problem+json')]);
    const booked = await book(token, '0913 666 777');
    expect(booked.status).toBe(201);
    expect(((await booked.json()) as { booking: { form: unknown } }).booking.form).toEqual({ name: 'Tờ khai thay đổi thông tin cư trú' });
    await served.database.db.execute(sql`update citizen_links set expires_at = now() - interval '1 minute'`);
    expect((await book(token, '0913 888 999')).status).toBe(422);
  }, 60_000);

  it('on Zalo without a public address, no relative link is sent: the citizen is told where to go', async () => {
    const ask = await conversation('zalo', { id: 'zalo-user-links' });
    const form = await fillCt01(ask);
    expect(resultUrl(form, 'prefill_form')).toBeNull();
    expect(form.text).not.toContain('/forms/files/');
    expect(form.text).toContain('Kênh nhắn tin này chưa gửi được liên kết tải tờ khai');
    const { done } = await bookInChat(ask, '0913 111 222');
    expect(resultUrl(done, 'booking')).toBeNull();
    expect(done.text).not.toContain('/appointments/');
    expect(done.text).toContain('trên trang web của Trung tâm và nhập mã lịch hẹn');
    expect(done.text).toContain('Tờ khai kèm theo'); // the form still went with the booking
  }, 120_000);
});
