import type { AppointmentDeps } from './settings.ts';

export const JOB_REMIND = 'appointments.remind';
export const JOB_NO_SHOW = 'appointments.no_show';

export type ReminderKind = 'day_before' | 'two_hours';
const BEFORE_MS: Record<ReminderKind, number> = { day_before: 24 * 3_600_000, two_hours: 2 * 3_600_000 };

/**
 * Reminders 24 h and 2 h before, and the no-show release after the grace period, as delayed jobs.
 * The job ids carry the start time: a rescheduled booking gets new jobs, and the old ones find
 * the start changed and do nothing. Whether to send is decided at send time, from the database.
 */
export async function scheduleBookingJobs(deps: Pick<AppointmentDeps, 'enqueue' | 'now' | 'settings'>, booking: { id: string; startsAt: Date }): Promise<void> {
  const now = deps.now().getTime();
  const start = booking.startsAt.getTime();
  const startsAt = booking.startsAt.toISOString();
  for (const kind of Object.keys(BEFORE_MS) as ReminderKind[]) {
    const due = start - BEFORE_MS[kind];
    if (due <= now) continue; // booked too late for this one
    await deps.enqueue(JOB_REMIND, { bookingId: booking.id, kind, startsAt }, { jobId: `${JOB_REMIND}.${booking.id}.${kind}.${start}`, delayMs: due - now });
  }
  const release = start + deps.settings.noShowGraceMinutes * 60_000;
  await deps.enqueue(JOB_NO_SHOW, { bookingId: booking.id, startsAt }, { jobId: `${JOB_NO_SHOW}.${booking.id}.${start}`, delayMs: Math.max(0, release - now) });
}

/** When a reminder of this kind is due, for the send-time check on a controllable clock. */
export const reminderDue = (startsAt: Date, kind: ReminderKind): Date => new Date(startsAt.getTime() - BEFORE_MS[kind]);
