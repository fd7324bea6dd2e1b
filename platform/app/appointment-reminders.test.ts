import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { bookSlot, cancelBooking, releaseNoShow, sendReminder, type BookInput, type ReminderNotifier } from '../../callcenter/appointments/index.ts';
import { JOB_NO_SHOW, JOB_REMIND } from '../../callcenter/appointments/booking-jobs.ts';
import { atLocal } from '../../callcenter/appointments/local-time.ts';
import { NoShowPayload, RemindPayload } from '../../callcenter/appointments/send-reminders.ts';
import { bookableDays } from '../../callcenter/appointments/slot-grid.ts';
import { phoneNumber, seedOneCounter } from '../../callcenter/appointments/testing/places.ts';
import { startEsmsPeer } from '../../channels/sms/testing/esms-server.ts';
import { serveApp, type ServedApp } from '../testing/serve-app.ts';
import { waitFor } from '../testing/wait-for.ts';
import { createReminderNotifier } from './appointments.ts';

/**
 * Reminders are delayed jobs; whether one is sent is decided when it runs, on the clock given to
 * the handler: the composed app with eSMS on a loopback peer, the real notifier and outbox.
 */
describe('reminders and no-shows', () => {
  let served: ServedApp;
  let esms: Awaited<ReturnType<typeof startEsmsPeer>>;
  let notifier: ReminderNotifier;
  let place: Awaited<ReturnType<typeof seedOneCounter>>;
  let day: string;

  beforeAll(async () => {
    esms = await startEsmsPeer();
    served = await serveApp({ ESMS_API_KEY: esms.apiKey, ESMS_SECRET_KEY: esms.secretKey, ESMS_BRANDNAME: 'MOTCUA', ESMS_API_BASE_URL: esms.url });
    const { app } = served;
    notifier = createReminderNotifier(app.services.env, app.services, app.channels, app.queue);
    place = await seedOneCounter(served.database.db, { capacity: 10 });
    day = bookableDays(app.services.appointments.deps)[3]!;
  }, 180_000);
  afterAll(async () => {
    await served?.close();
    await esms?.close();
  });

  const deps = (now: Date) => ({ ...served.app.services.appointments.deps, now: () => now });
  const book = (i: number, over: Partial<BookInput> = {}) =>
    bookSlot(served.app.services.appointments.deps, { branchId: place.branchId, serviceId: place.serviceId, startsAt: atLocal(day, 9 * 60), name: 'Phạm Văn Cường', phone: phoneNumber(i), channel: 'web_page', ...over });
  const jobsOf = async (bookingId: string) =>
    served.database.rows<{ name: string; payload: Record<string, string>; run_at: string }>(sql`select name, payload, run_at::text from jobs where name like 'appointments.%' and payload->>'bookingId' = ${bookingId} order by run_at`);
  const reminder = async (bookingId: string, kind: string) => RemindPayload.parse((await jobsOf(bookingId)).find((j) => j.name === JOB_REMIND && j.payload.kind === kind)!.payload);

  it('schedules two reminders and the no-show release as delayed jobs', async () => {
    const { booking } = await book(1);
    const jobs = await jobsOf(booking.id);
    expect(jobs.map((j) => [j.name, j.payload.kind ?? null])).toEqual([
      [JOB_REMIND, 'day_before'],
      [JOB_REMIND, 'two_hours'],
      [JOB_NO_SHOW, null],
    ]);
    const start = booking.startsAt.getTime();
    expect(jobs.map((j) => Math.round((Date.parse(j.run_at) - start) / 60_000))).toEqual([-1440, -120, 15]);
  });

  it('texts a booking made on the page when due, once, and not before', async () => {
    const { booking } = await book(2);
    const payload = await reminder(booking.id, 'day_before');
    expect((await sendReminder(deps(new Date(booking.startsAt.getTime() - 30 * 3_600_000)), notifier, payload)).outcome).toBe('skipped');
    const due = deps(new Date(booking.startsAt.getTime() - 24 * 3_600_000));
    expect((await sendReminder(due, notifier, payload)).outcome).toBe('sent');
    expect((await sendReminder(due, notifier, payload)).outcome).toBe('sent'); // a retried job: the outbox's key keeps it to one SMS
    const sms = await waitFor(() => esms.sent.find((s) => s.content.includes(booking.code)));
    expect(sms!.content).toMatch(/^Nhac lich hen ngay mai luc 09:00/);
    await new Promise((r) => setTimeout(r, 300));
    expect(esms.sent.filter((s) => s.content.includes(booking.code))).toHaveLength(1);
  });

  it('never texts a cancelled booking or a phone that opted out', async () => {
    const { booking } = await book(3);
    const payload = await reminder(booking.id, 'two_hours');
    await cancelBooking(served.app.services.appointments.deps, booking.code, booking.phoneLast4);
    const due = deps(new Date(booking.startsAt.getTime() - 2 * 3_600_000));
    expect(await sendReminder(due, notifier, payload)).toEqual({ outcome: 'skipped', reason: 'cancelled' });
    const other = (await book(4)).booking;
    await served.app.channels.stores.optOuts.optOut('sms', other.phone, 'TU CHOI');
    expect((await sendReminder(due, notifier, await reminder(other.id, 'two_hours'))).outcome).toBe('opted_out');
    const [outbox] = await served.database.rows<{ n: number }>(sql`select count(*)::int as n from channel_outbox where address in (${booking.phone}, ${other.phone})`);
    expect(outbox!.n).toBe(0);
  });

  it('reminds a chat booking in its web conversation', async () => {
    const { assistant } = served.app.services;
    const conversationId = await assistant.conversations.start('web');
    const { booking } = await book(5, { conversationId, channel: 'web' });
    const due = deps(new Date(booking.startsAt.getTime() - 2 * 3_600_000));
    const payload = await reminder(booking.id, 'two_hours');
    expect((await sendReminder(due, notifier, payload)).outcome).toBe('sent');
    const history = await assistant.conversations.history(conversationId);
    expect(history.at(-1)?.text).toContain(`Nhắc lịch hẹn hôm nay lúc 09:00`);
  });

  it('a retried web reminder job leaves one message in the conversation', async () => {
    const { assistant } = served.app.services;
    const conversationId = await assistant.conversations.start('web');
    const { booking } = await book(7, { conversationId, channel: 'web' });
    const due = deps(new Date(booking.startsAt.getTime() - 24 * 3_600_000));
    const payload = await reminder(booking.id, 'day_before');
    // The job ran, stored the message, then failed before acknowledging: the queue runs it again.
    expect((await sendReminder(due, notifier, payload)).outcome).toBe('sent');
    expect((await sendReminder(due, notifier, payload)).outcome).toBe('sent');
    const reminders = (await assistant.conversations.history(conversationId)).filter((m) => m.text.includes(booking.code));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.text).toContain('Nhắc lịch hẹn ngày mai lúc 09:00');
    // The other kind is its own message.
    expect((await sendReminder(deps(new Date(booking.startsAt.getTime() - 2 * 3_600_000)), notifier, await reminder(booking.id, 'two_hours'))).outcome).toBe('sent');
    expect((await assistant.conversations.history(conversationId)).filter((m) => m.text.includes(booking.code))).toHaveLength(2);
  });

  it('releases a booking not checked in after the grace period, and frees its seat', async () => {
    const { booking } = await book(6);
    const payload = NoShowPayload.parse((await jobsOf(booking.id)).find((j) => j.name === JOB_NO_SHOW)!.payload);
    expect(await releaseNoShow(deps(new Date(booking.startsAt.getTime() + 10 * 60_000)), payload)).toBe(false);
    expect(await releaseNoShow(deps(new Date(booking.startsAt.getTime() + 16 * 60_000)), payload)).toBe(true);
    const [row] = await served.database.rows<{ status: string; holds: number }>(
      sql`select status, (select count(*)::int from appointment_seat_holds where booking_id = ${booking.id}) as holds from appointment_bookings where id = ${booking.id}`,
    );
    expect(row).toEqual({ status: 'no_show', holds: 0 });
  });
});
