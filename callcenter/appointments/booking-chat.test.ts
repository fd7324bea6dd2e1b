import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Reply } from '../../assistant/index.ts';
import { serveApp, type ServedApp } from '../../platform/testing/serve-app.ts';
import { bookSlot } from './book-slot.ts';
import { atLocal } from './local-time.ts';
import { seedExampleCentre } from './seed-centre.ts';
import { bookableDays } from './slot-grid.ts';
import { phoneNumber, seedOneCounter } from './testing/places.ts';

/** The booking task in the composed assistant: one question at a time, numbered choices, a code at the end. */
describe('booking in the chat', () => {
  let served: ServedApp;
  beforeAll(async () => {
    served = await serveApp({ PUBLIC_BASE_URL: 'https://motcua.example.vn' });
    await seedExampleCentre(served.database.db);
  }, 180_000);
  afterAll(() => served?.close());

  const conversation = async () => {
    const { assistant } = served.app.services;
    const conversationId = await assistant.conversations.start('web');
    return (text: string): Promise<Reply> => assistant.handleTurn({ conversationId, channel: 'web', text });
  };

  it('books with the branch nearest the named district, priority, day and time, then consent, name and phone', async () => {
    const ask = await conversation();
    await ask('đăng ký thường trú cần giấy tờ gì');
    const district = await ask('tôi muốn đặt lịch hẹn');
    expect(district.intent).toBe('booking_district'); // the service comes from the topic (1.004222)
    const branches = await ask('quận Hà Đông');
    expect(branches.choices[0]?.label).toBe('Chi nhánh số 3 – Hà Đông');
    expect(branches.choices[1]?.label).toBe('Chi nhánh số 1 – Cầu Giấy'); // then by distance
    const priority = await ask('1');
    expect(priority.choices.map((c) => c.label)).toContain('Người có công với cách mạng');
    const days = await ask('không');
    expect(days.intent).toBe('booking_day');
    expect(days.choices.length).toBeGreaterThan(0);
    const times = await ask('số 1');
    expect(times.intent).toBe('booking_time');
    expect(times.choices.length).toBeLessThanOrEqual(6);
    expect(times.text).toMatch(/^Các giờ còn trống/);
    const consent = await ask('2');
    expect(consent.text).toContain('đồng ý');
    expect((await ask('đồng ý')).intent).toBe('booking_name');
    expect((await ask('12345')).intent).toBe('booking_name'); // not a name: asked again
    expect((await ask('Lê Thị Hoa')).intent).toBe('booking_phone');
    expect((await ask('0912 34')).intent).toBe('booking_phone');
    const done = await ask('0912 345 678');
    expect(done.intent).toBe('booking_done');
    const result = done.actions.find((a) => a.type === 'task_result');
    expect(result).toMatchObject({ type: 'task_result', task: 'booking' });
    const code = (result as { code: string }).code;
    expect(code).toMatch(/^LH\d{8}$/);
    expect((result as { url: string }).url).toBe(`https://motcua.example.vn/appointments/api/v1/bookings/${code}/calendar.ics`);
    expect(done.text).toContain('Chi nhánh số 3 – Hà Đông');
    expect(done.text).toContain('Giấy tờ cần mang:');
    const [row] = await served.database.rows<{ channel: string; phone: string }>(sql`select channel, phone from appointment_bookings where code = ${code}`);
    expect(row).toEqual({ channel: 'web', phone: '+84912345678' });
    const ics = await fetch(`${served.url}/appointments/api/v1/bookings/${code}/calendar.ics`);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(await ics.text()).toContain('Chi nhánh số 3');
    expect((await ask('lệ phí bao nhiêu')).kind).toBe('answer'); // the task is over
  }, 60_000);

  it('asks for the service when the conversation has no topic, re-asks on an unclear pick, and stops on "thôi"', async () => {
    const ask = await conversation();
    const services = await ask('cho tôi đặt lịch hẹn');
    expect(services.intent).toBe('booking_service');
    expect(services.choices.length).toBe(5);
    expect((await ask('cái gì đó')).intent).toBe('booking_service');
    expect((await ask('chứng thực')).intent).toBe('booking_district');
    expect((await ask('thôi')).intent).toBe('booking_stopped');
  }, 60_000);

  it('ends without storing anything when the citizen declines the personal-data notice', async () => {
    const ask = await conversation();
    await ask('đặt lịch');
    await ask('1');
    await ask('Cầu Giấy');
    await ask('1');
    await ask('1');
    await ask('1');
    await ask('1');
    const declined = await ask('không đồng ý');
    expect(declined.intent).toBe('booking_declined');
    expect(declined.actions).toEqual([]);
  }, 60_000);

  it('moves a booking by code and last 4 digits, one question at a time, offering the nearest free times when the pick was just taken', async () => {
    const deps = served.app.services.appointments.deps;
    const place = await seedOneCounter(served.database.db, { capacity: 1, district: 'Sóc Sơn' });
    const [first, second] = bookableDays(deps).slice(2, 4) as [string, string];
    const { booking } = await bookSlot(deps, { ...place, startsAt: atLocal(first, 8 * 60), name: 'Hoàng Văn Nam', phone: phoneNumber(41), channel: 'web_page' });
    const ask = await conversation();
    expect((await ask('tôi muốn đổi lịch hẹn')).intent).toBe('reschedule_code');
    expect((await ask('mã của tôi là 1234')).intent).toBe('reschedule_code'); // not a code: asked again
    expect((await ask(`mã ${booking.code.slice(0, 6)} ${booking.code.slice(6)}`)).intent).toBe('reschedule_last4');
    const days = await ask(`số cuối là ${booking.phoneLast4}`);
    expect(days.intent).toBe('reschedule_day');
    expect(days.text).toContain('Lịch hẹn hiện tại của bạn: 08:00');
    const pick = days.choices.find((c) => c.value === second)!;
    const times = await ask(String(pick.n));
    expect(times.intent).toBe('reschedule_time');
    expect(times.choices.length).toBeLessThanOrEqual(6);
    // Someone else takes the first offered time meanwhile: the same transaction refuses a second seat.
    const taken = times.choices[0]!.value;
    await bookSlot(deps, { ...place, startsAt: new Date(taken), name: 'Lý Thị Hà', phone: phoneNumber(42), channel: 'web_page' });
    const full = await ask('1');
    expect(full.intent).toBe('reschedule_time');
    expect(full.text).toMatch(/^Xin lỗi, giờ đó vừa có người đặt hết chỗ/);
    expect(full.choices.map((c) => c.value)).not.toContain(taken);
    const done = await ask('1');
    expect(done.intent).toBe('reschedule_done');
    expect(done.text).toContain(`Mã lịch hẹn: ${booking.code}`);
    const [row] = await served.database.rows<{ starts_at: string; holds: number }>(
      sql`select starts_at::text, (select count(*)::int from appointment_seat_holds where booking_id = ${booking.id}) as holds from appointment_bookings where id = ${booking.id}`,
    );
    expect(new Date(row!.starts_at).toISOString()).toBe(full.choices[0]!.value);
    expect(row!.holds).toBe(1);
  }, 60_000);

  it('says so and stops when the code and digits match no booking', async () => {
    const ask = await conversation();
    await ask('cho tôi đổi lịch hẹn');
    await ask('LH00000000');
    const reply = await ask('1234');
    expect(reply.intent).toBe('reschedule_not_found');
    expect(reply.text).toContain('Không tìm thấy lịch hẹn');
  }, 60_000);

  it('describes the public API in OpenAPI 3.1', async () => {
    const doc = (await (await fetch(`${served.url}/appointments/api/v1/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(['/services', '/branches', '/slots', '/bookings', '/bookings/lookup', '/bookings/cancel', '/bookings/slots', '/bookings/reschedule', '/appointments/bookings/{code}/form.pdf', '/bookings/{code}/calendar.ics']);
  });
});
