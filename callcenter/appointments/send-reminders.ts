import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { BookingRow } from './book-slot.ts';
import { JOB_NO_SHOW, JOB_REMIND, reminderDue, type ReminderKind } from './booking-jobs.ts';
import { summariseBooking } from './booking-summary.ts';
import { releaseBooking } from './cancel-booking.ts';
import { hhmm, localMinutes } from './local-time.ts';
import type { AppointmentDeps } from './settings.ts';
import { appointmentBookings as bookings } from './tables.ts';

/** How a reminder reaches the citizen: the conversation's channel (web, Zalo, SMS), or SMS to the phone given. */
export interface ReminderNotifier {
  notify(booking: Pick<BookingRow, 'id' | 'conversationId' | 'channel' | 'phone'>, message: { text: string; ascii: string }, dedupeKey: string): Promise<'sent' | 'opted_out' | 'no_route'>;
}

export const RemindPayload = z.object({ bookingId: z.uuid(), kind: z.enum(['day_before', 'two_hours']), startsAt: z.iso.datetime() });
export const NoShowPayload = z.object({ bookingId: z.uuid(), startsAt: z.iso.datetime() });

export interface ReminderOutcome {
  outcome: 'sent' | 'opted_out' | 'no_route' | 'skipped';
  reason?: string;
}

const ascii = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));

/**
 * Sends one reminder if, at send time, the booking is still confirmed for the same start and the
 * reminder is due on the given clock; a cancelled, moved or finished booking is never reminded.
 */
export async function sendReminder(deps: AppointmentDeps, notifier: ReminderNotifier | null, payload: z.infer<typeof RemindPayload>): Promise<ReminderOutcome> {
  const [row] = await deps.db.select().from(bookings).where(eq(bookings.id, payload.bookingId));
  if (!row) return { outcome: 'skipped', reason: 'no booking' };
  if (row.status !== 'confirmed') return { outcome: 'skipped', reason: row.status };
  if (row.startsAt.toISOString() !== new Date(payload.startsAt).toISOString()) return { outcome: 'skipped', reason: 'rescheduled' };
  const now = deps.now();
  // A minute's tolerance: the queue's clock and ours may differ slightly.
  if (now.getTime() < reminderDue(row.startsAt, payload.kind as ReminderKind).getTime() - 60_000) return { outcome: 'skipped', reason: 'not due' };
  if (now >= row.startsAt) return { outcome: 'skipped', reason: 'past' };
  if (!notifier) return { outcome: 'no_route', reason: 'no notifier' };
  const summary = await summariseBooking(deps, row);
  const when = payload.kind === 'day_before' ? 'ngày mai' : 'hôm nay';
  const text = `Nhắc lịch hẹn ${when} lúc ${hhmm(localMinutes(row.startsAt))} tại ${summary.branch.name}, ${summary.branch.address}. Mã lịch hẹn: ${row.code}. Nếu không đến được, vui lòng hủy lịch bằng mã này.`;
  const outcome = await notifier.notify(row, { text, ascii: ascii(text) }, `appointment.${row.id}.${payload.kind}.${row.startsAt.getTime()}`);
  return { outcome };
}

/** After the grace period, a booking still not checked in becomes a no-show and frees its seats. */
export async function releaseNoShow(deps: AppointmentDeps, payload: z.infer<typeof NoShowPayload>): Promise<boolean> {
  const [row] = await deps.db.select().from(bookings).where(eq(bookings.id, payload.bookingId));
  if (!row || row.status !== 'confirmed' || row.startsAt.toISOString() !== new Date(payload.startsAt).toISOString()) return false;
  if (deps.now().getTime() < row.startsAt.getTime() + deps.settings.noShowGraceMinutes * 60_000) return false;
  return (await releaseBooking(deps.db, row.id, 'no_show', deps.now())) !== null;
}

/** The job definitions the composition root registers (definition + handler, idempotent). */
export function appointmentJobs(deps: AppointmentDeps, notifier: () => ReminderNotifier | null) {
  return [
    { name: JOB_REMIND, schema: RemindPayload, attempts: 3, backoffMs: 30_000, handler: async (p: z.infer<typeof RemindPayload>) => void (await sendReminder(deps, notifier(), p)) },
    { name: JOB_NO_SHOW, schema: NoShowPayload, attempts: 3, backoffMs: 30_000, handler: async (p: z.infer<typeof NoShowPayload>) => void (await releaseNoShow(deps, p)) },
  ] as const;
}
