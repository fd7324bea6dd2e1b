import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { BookingRow } from './book-slot.ts';
import { findBookingForStaff } from './find-booking.ts';
import { localDay } from './local-time.ts';
import { appointmentBookings as bookings, appointmentQueueCounters as queueCounters } from './tables.ts';

/** "UT-003" for priority citizens, "003" for others: the screen calls UT numbers first. */
export const queueLabel = (lane: 'priority' | 'regular', n: number): string => `${lane === 'priority' ? 'UT-' : ''}${String(n).padStart(3, '0')}`;

/**
 * At the counter: the booking is checked in and gets the next queue number (số thứ tự) of its
 * lane, counted per branch and day in one upsert, so two counters never issue the same number.
 */
export async function checkIn(deps: { db: Db; now: () => Date }, code: string): Promise<BookingRow> {
  const booking = await findBookingForStaff(deps.db, code);
  if (booking.status === 'checked_in' || booking.status === 'served') return booking;
  if (booking.status !== 'confirmed') throw new AppError('conflict', 'Lịch hẹn này đã bị hủy hoặc đã quá giờ.');
  const now = deps.now();
  const day = localDay(now);
  if (localDay(booking.startsAt) !== day) throw new AppError('conflict', 'Lịch hẹn này không phải của hôm nay.');
  const lane = booking.priorityGroup ? 'priority' : 'regular';
  return deps.db.transaction(async (tx) => {
    const [counter] = await tx
      .insert(queueCounters)
      .values({ branchId: booking.branchId, day, lane, last: 1 })
      .onConflictDoUpdate({ target: [queueCounters.branchId, queueCounters.day, queueCounters.lane], set: { last: sql`${queueCounters.last} + 1` } })
      .returning({ last: queueCounters.last });
    const [row] = await tx
      .update(bookings)
      .set({ status: 'checked_in', checkedInAt: now, queueNumber: queueLabel(lane, counter!.last), updatedAt: now })
      .where(and(eq(bookings.id, booking.id), eq(bookings.status, 'confirmed')))
      .returning();
    if (!row) throw new AppError('conflict', 'Lịch hẹn vừa thay đổi trạng thái. Vui lòng thử lại.');
    return row;
  });
}

/** The next citizen for a counter of the branch: priority numbers first, then in order of arrival. */
export async function callNext(deps: { db: Db; now: () => Date }, branchId: string): Promise<BookingRow | null> {
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const [next] = await tx
      .select({ id: bookings.id })
      .from(bookings)
      .where(and(eq(bookings.branchId, branchId), eq(bookings.status, 'checked_in'), isNull(bookings.calledAt)))
      .orderBy(sql`(${bookings.priorityGroup} is null)`, asc(bookings.checkedInAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!next) return null;
    const [row] = await tx.update(bookings).set({ status: 'served', calledAt: now, updatedAt: now }).where(eq(bookings.id, next.id)).returning();
    return row ?? null;
  });
}
