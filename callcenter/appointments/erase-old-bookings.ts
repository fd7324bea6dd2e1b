import { and, lt, ne } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { appointmentBookings as bookings } from './tables.ts';

const ERASED = 'đã xóa';

/**
 * Name, phone and attached form of bookings whose time is older than the retention period are erased; the
 * rest (place, time, service, status) stays for statistics. Idempotent: erased rows are skipped.
 */
export async function eraseOldBookings(db: Db, retentionDays: number, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - retentionDays * 86_400_000);
  const rows = await db
    .update(bookings)
    // The attached form's reference goes too (the forms' own retention deletes the file itself).
    .set({ citizenName: ERASED, phone: ERASED, phoneLast4: '----', conversationId: null, formDocumentId: null, updatedAt: now })
    .where(and(lt(bookings.startsAt, before), ne(bookings.phone, ERASED)))
    .returning({ id: bookings.id });
  return rows.length;
}
