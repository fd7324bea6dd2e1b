import defaultHolidays from './holidays.json' with { type: 'json' };
import { dateOf, dayNumberOf, isWeekend, keyOf, partsOf, type CalendarDateInput } from './calendar-date.ts';
import { parseHolidayData, type HolidayDataInput, type YearSchedule } from './holiday-data.ts';
import { ruleBasedYear } from './holiday-rules.ts';

export type DayKind = 'weekday' | 'weekend' | 'holiday' | 'day_off' | 'working_weekend';

export interface DayInfo {
  date: string;
  working: boolean;
  kind: DayKind;
  /** Holiday or swap name in Vietnamese; null on ordinary days. */
  name: string | null;
  /** Whether the year comes from a government decision or from the Labour Code rules. */
  scheduleStatus: YearSchedule['status'];
}

/** Working days of state bodies: Monday–Friday, minus holidays and swaps, plus weekends worked. */
export interface WorkingCalendar {
  describe(date: CalendarDateInput): DayInfo;
  schedule(year: number): YearSchedule;
}

export function createWorkingCalendar(data: HolidayDataInput = defaultHolidays as HolidayDataInput): WorkingCalendar {
  const given = new Map(parseHolidayData(data).years.map((y) => [y.year, y]));
  const computed = new Map<number, YearSchedule>();
  const indexes = new Map<number, Map<string, { kind: DayKind; name: string }>>();

  const schedule = (year: number): YearSchedule => {
    const known = given.get(year) ?? computed.get(year);
    if (known) return known;
    const built = ruleBasedYear(year);
    computed.set(year, built);
    return built;
  };

  const index = (year: number): Map<string, { kind: DayKind; name: string }> => {
    let map = indexes.get(year);
    if (map) return map;
    const s = schedule(year);
    map = new Map();
    for (const h of s.holidays) map.set(h.date, { kind: 'holiday', name: h.name });
    for (const d of s.daysOff) if (!map.has(d.date)) map.set(d.date, { kind: 'day_off', name: d.name });
    for (const w of s.workingWeekends) map.set(w.date, { kind: 'working_weekend', name: w.name });
    indexes.set(year, map);
    return map;
  };

  return {
    schedule,
    describe(date) {
      const n = dayNumberOf(date);
      const { year } = partsOf(n);
      const key = keyOf(n);
      const hit = index(year).get(key);
      const status = schedule(year).status;
      if (hit) return { date: key, working: hit.kind === 'working_weekend', kind: hit.kind, name: hit.name, scheduleStatus: status };
      const weekend = isWeekend(n);
      return { date: key, working: !weekend, kind: weekend ? 'weekend' : 'weekday', name: null, scheduleStatus: status };
    },
  };
}

export function isWorkingDay(cal: WorkingCalendar, date: CalendarDateInput): boolean {
  return cal.describe(date).working;
}

/** Working days are counted over at most this span, so bad data can never loop forever. */
const MAX_SPAN_DAYS = 3 * 366;

/**
 * The date a result is due when a dossier is submitted on `start` and takes `days` working days.
 * Convention (receipt day not counted, as dossier deadlines run "kể từ ngày nhận đủ hồ sơ"):
 * - submitted on a working day → counting starts the next working day; the result is the
 *   `days`-th working day after the submission day;
 * - submitted on a weekend or holiday (e.g. online) → treated as received on the next working
 *   day, and counting starts the working day after that;
 * - `days` = 0 → the receipt day itself. Fractions round up (never promise too early).
 * Returns midnight of the due date in Vietnam's time zone.
 */
export function addWorkingDays(cal: WorkingCalendar, start: CalendarDateInput, days: number): Date {
  if (!Number.isFinite(days) || days < 0) throw new RangeError(`days must be a non-negative number, got ${days}`);
  const first = dayNumberOf(start);
  let n = first;
  while (!isWorkingDay(cal, keyOf(n))) n = step(n, first);
  for (let left = Math.ceil(days); left > 0; ) {
    n = step(n, first);
    if (isWorkingDay(cal, keyOf(n))) left--;
  }
  return dateOf(n);
}

function step(n: number, first: number): number {
  if (n - first > MAX_SPAN_DAYS) throw new RangeError('No working day found within three years; check the holiday data.');
  return n + 1;
}
