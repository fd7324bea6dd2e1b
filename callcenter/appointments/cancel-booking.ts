import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { BookingRow } from './book-slot.ts';
import { findBooking } from './find-booking.ts';
import { appointmentBookings as bookings, appointmentSeatHolds as holds } from './tables.ts';

/** Frees the seats and marks the booking; later reminders see the status and stay silent. */
export async function releaseBooking(db: Db, id: string, status: 'cancelled' | 'no_show', at: Date): Promise<BookingRow | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(bookings)
      .set({ status, cancelledAt: at, updatedAt: at })
      .where(and(eq(bookings.id, id), inArray(bookings.status, ['confirmed'])))
      .returning();
    if (row) await tx.delete(holds).where(eq(holds.bookingId, id));
    return row ?? null;
  });
}

/** Cancel by code and the phone's last 4 digits; cancelling twice answers the same. */
export async function cancelBooking(deps: { db: Db; now: () => Date }, code: string, phoneLast4: string): Promise<BookingRow> {
  const booking = await findBooking(deps.db, code, phoneLast4);
  if (booking.status === 'cancelled') return booking;
  if (booking.status !== 'confirmed') throw new AppError('conflict', 'Lịch hẹn này đã được tiếp nhận tại quầy hoặc đã qua giờ, không thể hủy.');
  const cancelled = await releaseBooking(deps.db, booking.id, 'cancelled', deps.now());
  if (!cancelled) throw new AppError('conflict', 'Lịch hẹn vừa thay đổi trạng thái. Vui lòng tải lại và thử lại.');
  return cancelled;
}
