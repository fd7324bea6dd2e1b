import { isWorkingDay, type WorkingCalendar } from '../../assistant/index.ts';
import type { DeadlineRule } from './policy.ts';

/**
 * Deadline arithmetic on the state bodies' working calendar, in Vietnam's time zone (UTC+7, no
 * daylight saving). A deadline is the end of its last day (23:59:59.999 in Vietnam).
 * - working days: the receipt day is not counted ("kể từ ngày nhận"); a ticket received on a
 *   weekend or holiday counts as received on the next working day;
 * - calendar days (Law on Complaints): the day N days later; when that day is a weekend or
 *   holiday the deadline moves to the end of the next working day (Civil Code 2015 art. 148).
 */
const DAY_MS = 86_400_000;
const VN_MS = 7 * 3_600_000;
const MAX_DAYS = 3 * 366;

export const dayOf = (at: Date): number => Math.floor((at.getTime() + VN_MS) / DAY_MS);
const startOfDay = (day: number): Date => new Date(day * DAY_MS - VN_MS);
const endOfDay = (day: number): Date => new Date((day + 1) * DAY_MS - VN_MS - 1);
const working = (cal: WorkingCalendar, day: number): boolean => isWorkingDay(cal, startOfDay(day));

function nextWorking(cal: WorkingCalendar, day: number): number {
  for (let n = day, i = 0; i < MAX_DAYS; n++, i++) if (working(cal, n)) return n;
  throw new RangeError('No working day found within three years; check the holiday data.');
}

/** The k-th working day after the receipt day (k = 0: the receipt day, moved to a working day). */
function workingDayAfter(cal: WorkingCalendar, received: Date, k: number): number {
  let n = nextWorking(cal, dayOf(received));
  for (let left = k; left > 0; ) {
    n = nextWorking(cal, n + 1);
    left--;
  }
  return n;
}

/** When a stage started at `start` with this rule is due. */
export function dueAt(cal: WorkingCalendar, start: Date, rule: DeadlineRule): Date {
  if (rule.unit === 'working') return endOfDay(workingDayAfter(cal, start, rule.days));
  return endOfDay(nextWorking(cal, dayOf(start) + rule.days));
}

/**
 * When the holder is reminded: after `fraction` of the deadline, in working time for working-day
 * rules (so a reminder never falls in the middle of Tết), in elapsed time for calendar ones.
 */
export function remindAt(cal: WorkingCalendar, start: Date, rule: DeadlineRule, fraction: number): Date {
  const due = dueAt(cal, start, rule);
  if (rule.unit === 'calendar' || rule.days === 0) return new Date(Math.floor(start.getTime() + fraction * (due.getTime() - start.getTime())));
  const mark = fraction * rule.days;
  const whole = Math.floor(mark);
  const part = mark - whole;
  if (part === 0) return whole === 0 ? start : endOfDay(workingDayAfter(cal, start, whole));
  return new Date(startOfDay(workingDayAfter(cal, start, whole + 1)).getTime() + part * DAY_MS);
}

/** Working days from `from` to `to`: those after the day of `from` up to the day of `to` (same day: 0). */
export function workingDaysBetween(cal: WorkingCalendar, from: Date, to: Date): number {
  let count = 0;
  const last = dayOf(to);
  for (let n = dayOf(from) + 1; n <= last && count < MAX_DAYS; n++) if (working(cal, n)) count++;
  return count;
}

/** 'YYYY-MM-DD' of an instant in Vietnam. */
export function vnDateKey(at: Date): string {
  return new Date(at.getTime() + VN_MS).toISOString().slice(0, 10);
}

/** "25/02/2027" */
export function vnShortDate(at: Date): string {
  const [y, m, d] = vnDateKey(at).split('-');
  return `${d}/${m}/${y}`;
}
