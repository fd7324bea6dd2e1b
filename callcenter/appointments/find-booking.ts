import { timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/errors.ts';
import { readBookingCode } from './booking-code.ts';
import type { BookingRow } from './book-slot.ts';
import { appointmentBookings as bookings } from './tables.ts';

const NOT_FOUND = 'Không tìm thấy lịch hẹn với mã và số điện thoại này. Vui lòng kiểm tra lại mã lịch hẹn và 4 số cuối điện thoại.';

/** A booking by its code and the last 4 digits of the phone; a wrong suffix reveals nothing (same answer as no booking). */
export async function findBooking(db: Db, code: string, phoneLast4: string): Promise<BookingRow> {
  const normalised = readBookingCode(code);
  const digits = phoneLast4.replace(/\D/g, '');
  if (!normalised || digits.length !== 4) throw new AppError('not_found', NOT_FOUND);
  const [row] = await db.select().from(bookings).where(eq(bookings.code, normalised));
  const expected = Buffer.from(row?.phoneLast4 ?? '0000');
  if (!row || !timingSafeEqual(expected, Buffer.from(digits))) throw new AppError('not_found', NOT_FOUND);
  return row;
}

/** A booking by code only: staff at the counter, who see the citizen in person. */
export async function findBookingForStaff(db: Db, code: string): Promise<BookingRow> {
  const normalised = readBookingCode(code);
  const [row] = normalised ? await db.select().from(bookings).where(eq(bookings.code, normalised)) : [];
  if (!row) throw new AppError('not_found', 'Không có lịch hẹn với mã này.');
  return row;
}
