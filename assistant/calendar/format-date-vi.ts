import { dayNumberOf, partsOf, weekdayOf, type CalendarDateInput } from './calendar-date.ts';
import { WEEKDAY_NAMES } from './strings.ts';

/** "thứ Hai, 02/02/2026" (the date as seen in Vietnam). */
export function formatDateVi(date: CalendarDateInput): string {
  const n = dayNumberOf(date);
  const { year, month, day } = partsOf(n);
  return `${WEEKDAY_NAMES[weekdayOf(n)]}, ${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
