/**
 * Date-only arithmetic for calendar dates in Asia/Ho_Chi_Minh. Vietnam has kept UTC+7 without
 * daylight saving since 1975, so a fixed offset is exact. A date is handled as a day number
 * (days since 1970-01-01) to keep away from the host's time zone.
 */
const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;
const KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as 'YYYY-MM-DD', or an instant (read in Vietnam's time zone). */
export type CalendarDateInput = Date | string;

export function dayNumberFromParts(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function dayNumberOf(input: CalendarDateInput): number {
  if (typeof input === 'string') {
    const m = KEY.exec(input);
    if (!m) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${input}`);
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const n = dayNumberFromParts(y, mo, d);
    if (keyOf(n) !== input) throw new RangeError(`No such date: ${input}`);
    return n;
  }
  const t = input.getTime();
  if (Number.isNaN(t)) throw new RangeError('Invalid Date');
  return Math.floor((t + VN_OFFSET_MS) / DAY_MS);
}

/** Midnight in Vietnam of that day, as an instant. */
export function dateOf(dayNumber: number): Date {
  return new Date(dayNumber * DAY_MS - VN_OFFSET_MS);
}

export function partsOf(dayNumber: number): { year: number; month: number; day: number } {
  const d = new Date(dayNumber * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function keyOf(dayNumber: number): string {
  const { year, month, day } = partsOf(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekend(dayNumber: number): boolean {
  const w = weekdayOf(dayNumber);
  return w === 0 || w === 6;
}

/** 'YYYY-MM-DD' of a date in Vietnam's time zone, e.g. for Reply.sections.expectedDate. */
export function toDateKey(input: CalendarDateInput): string {
  return keyOf(dayNumberOf(input));
}
