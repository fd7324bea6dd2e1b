import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/test-db.ts';
import { bookSlot, SlotFullError, type BookInput } from './book-slot.ts';
import { bookingIcs } from './booking-ics.ts';
import { summariseBooking } from './booking-summary.ts';
import { cancelBooking } from './cancel-booking.ts';
import { callNext, checkIn } from './check-in.ts';
import { listFreeSlots } from './list-free-slots.ts';
import { atLocal } from './local-time.ts';
import { rescheduleBooking } from './reschedule-booking.ts';
import { eraseOldBookings } from './erase-old-bookings.ts';
import { appointmentCounterServices, appointmentServices } from './tables.ts';
import { testDeps } from './testing/deps.ts';
import { phoneNumber, seedOneCounter } from './testing/places.ts';

const MONDAY_8AM = new Date('2026-12-07T01:00:00Z'); // 08:00 in Hà Nội
const WEDNESDAY = '2026-12-09';

describe('booking lifecycle (PGlite or PostgreSQL, controllable clock)', () => {
  let database: TestDatabase;
  const clock = { now: MONDAY_8AM };
  let deps: ReturnType<typeof testDeps>;
  let place: Awaited<ReturnType<typeof seedOneCounter>>;
  const input = (i: number, over: Partial<BookInput> = {}): BookInput => ({
    branchId: place.branchId,
    serviceId: place.serviceId,
    startsAt: atLocal(WEDNESDAY, 8 * 60),
    name: 'Trần Thị Bình',
    phone: phoneNumber(i),
    channel: 'web',
    ...over,
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    deps = testDeps(database.db, clock);
  });
  afterAll(() => database?.destroy());
  beforeEach(async () => {
    clock.now = MONDAY_8AM;
    await database.db.execute(sql`truncate appointment_branches, appointment_services cascade`);
    place = await seedOneCounter(database.db, { capacity: 4 });
  });

  it('keeps a quarter of the seats for priority citizens until 24 hours before', async () => {
    for (let i = 0; i < 3; i++) await bookSlot(deps, input(i));
    await expect(bookSlot(deps, input(3))).rejects.toBeInstanceOf(SlotFullError);
    const priority = await bookSlot(deps, input(4, { priorityGroup: 'elderly' }));
    expect(priority.booking.seat).toBe(4);
    const slot = atLocal(WEDNESDAY, 9 * 60);
    await bookSlot(deps, input(5, { startsAt: slot }));
    clock.now = new Date(slot.getTime() - 20 * 3_600_000); // inside the release window
    for (let i = 6; i < 9; i++) await bookSlot(deps, input(i, { startsAt: slot }));
    await expect(bookSlot(deps, input(9, { startsAt: slot }))).rejects.toBeInstanceOf(SlotFullError);
  });

  it('refuses weekends, the lunch break, odd minutes, the past and days beyond the horizon', async () => {
    const refused = async (startsAt: Date) => (await bookSlot(deps, input(1, { startsAt })).catch((e: { code: string }) => e)) as { code?: string };
    expect((await refused(atLocal('2026-12-12', 9 * 60))).code).toBe('validation_failed'); // Saturday
    expect((await refused(atLocal(WEDNESDAY, 12 * 60))).code).toBe('validation_failed'); // lunch
    expect((await refused(atLocal(WEDNESDAY, 8 * 60 + 7))).code).toBe('validation_failed');
    expect((await refused(atLocal('2026-12-07', 8 * 60 + 15))).code).toBe('validation_failed'); // within 30 min
    expect((await refused(atLocal('2027-01-05', 9 * 60))).code).toBe('validation_failed'); // beyond 14 days
    expect((await refused(atLocal('2027-01-01', 9 * 60))).code).toBe('validation_failed'); // New Year, a holiday
    const slots = await listFreeSlots(deps, { branchId: place.branchId, serviceId: place.serviceId, day: WEDNESDAY });
    expect(slots[0]?.label).toBe('07:30 Thứ Tư, 09/12/2026');
    expect(slots.some((s) => s.label.startsWith('11:30') || s.label.startsWith('12:'))).toBe(false);
    expect(slots).toHaveLength(30); // 16 from 07:30 to 11:30, 14 from 13:30 to 17:00
  });

  it('cancels by code and the last four digits only, and frees the seat', async () => {
    const { booking } = await bookSlot(deps, input(1));
    await expect(cancelBooking(deps, booking.code, '0000')).rejects.toMatchObject({ code: 'not_found' });
    await expect(cancelBooking(deps, 'LH00000000', booking.phoneLast4)).rejects.toMatchObject({ code: 'not_found' });
    const cancelled = await cancelBooking(deps, booking.code.toLowerCase(), booking.phoneLast4);
    expect(cancelled.status).toBe('cancelled');
    expect((await cancelBooking(deps, booking.code, booking.phoneLast4)).status).toBe('cancelled');
    const [holds] = await database.rows<{ n: number }>(sql`select count(*)::int as n from appointment_seat_holds`);
    expect(holds!.n).toBe(0);
    expect((await bookSlot(deps, input(1))).created).toBe(true); // the same citizen may book the slot again
  });

  it('reschedules keeping the code, or changes nothing when the new slot is full', async () => {
    const { booking } = await bookSlot(deps, input(1));
    const later = atLocal(WEDNESDAY, 14 * 60);
    const moved = await rescheduleBooking(deps, booking.code, booking.phoneLast4, later);
    expect([moved.code, moved.startsAt.toISOString()]).toEqual([booking.code, later.toISOString()]);
    for (let i = 10; i < 13; i++) await bookSlot(deps, input(i));
    const full = await rescheduleBooking(deps, booking.code, booking.phoneLast4, atLocal(WEDNESDAY, 8 * 60)).catch((e: unknown) => e);
    expect(full).toBeInstanceOf(SlotFullError);
    expect((full as SlotFullError).alternatives.length).toBeGreaterThan(0);
    const [row] = await database.rows<{ starts_at: string }>(sql`select starts_at::text from appointment_bookings where code = ${booking.code}`);
    expect(new Date(row!.starts_at).toISOString()).toBe(later.toISOString());
  });

  it('issues queue numbers at check-in and calls priority citizens first', async () => {
    const regular = (await bookSlot(deps, input(1))).booking;
    const priority = (await bookSlot(deps, input(2, { priorityGroup: 'pregnant' }))).booking;
    clock.now = atLocal(WEDNESDAY, 7 * 60 + 50);
    expect((await checkIn(deps, regular.code)).queueNumber).toBe('001');
    expect((await checkIn(deps, priority.code)).queueNumber).toBe('UT-001');
    expect((await checkIn(deps, regular.code)).queueNumber).toBe('001'); // twice: same number
    expect((await callNext(deps, place.branchId))?.code).toBe(priority.code);
    expect((await callNext(deps, place.branchId))?.code).toBe(regular.code);
    expect(await callNext(deps, place.branchId)).toBeNull();
  });

  it('holds every grid step of a longer service, so a 30-minute booking blocks the next quarter hour', async () => {
    const [long] = await database.db.insert(appointmentServices).values({ name: 'Hộ kinh doanh', procedureCodes: ['1.001612'], slotMinutes: 30 }).returning();
    const solo = await seedOneCounter(database.db, { capacity: 1 });
    await database.db.insert(appointmentCounterServices).values({ counterId: solo.counterId, serviceId: long!.id });
    await bookSlot(deps, input(1, { branchId: solo.branchId, serviceId: long!.id, startsAt: atLocal(WEDNESDAY, 7 * 60 + 30) }));
    const blocked = await bookSlot(deps, input(2, { branchId: solo.branchId, serviceId: solo.serviceId, startsAt: atLocal(WEDNESDAY, 7 * 60 + 45) })).catch((e: unknown) => e);
    expect(blocked).toBeInstanceOf(SlotFullError);
  });

  it('summarises place, time and the documents to bring from the procedure record, and writes a calendar file', async () => {
    const { booking } = await bookSlot(deps, input(1, { procedureCode: '1.004222' }));
    const summary = await summariseBooking(deps, booking);
    expect(summary.when).toBe('08:00 Thứ Tư, 09/12/2026 (đến 08:15)');
    expect(summary.procedure?.name).toBe('Đăng ký thường trú');
    expect(summary.documents.length).toBeGreaterThan(0);
    expect(summary.documents.join(' ')).toMatch(/Tờ khai/i);
    const ics = bookingIcs(summary);
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('DTSTART:20261209T010000Z');
    expect(ics).toContain(booking.code);
    expect(ics).not.toContain(booking.phone);
  });

  it('erases name and phone of bookings older than the retention period, keeping the rest', async () => {
    const { booking } = await bookSlot(deps, input(1));
    expect(await eraseOldBookings(database.db, 30, new Date(booking.startsAt.getTime() + 29 * 86_400_000))).toBe(0);
    expect(await eraseOldBookings(database.db, 30, new Date(booking.startsAt.getTime() + 31 * 86_400_000))).toBe(1);
    expect(await eraseOldBookings(database.db, 30, new Date(booking.startsAt.getTime() + 32 * 86_400_000))).toBe(0);
    const [row] = await database.rows<{ citizen_name: string; phone: string; status: string }>(sql`select citizen_name, phone, status from appointment_bookings where id = ${booking.id}`);
    expect(row).toEqual({ citizen_name: 'đã xóa', phone: 'đã xóa', status: 'confirmed' });
  });
});
