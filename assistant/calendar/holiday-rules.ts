import { getSolarDate } from '@dqcai/vn-lunar';
import { dayNumberFromParts, isWeekend, keyOf, weekdayOf } from './calendar-date.ts';
import type { DayEntry, DayOff, YearSchedule } from './holiday-data.ts';
import { HOLIDAY_NAMES } from './strings.ts';

/**
 * The Labour Code 2019 Art. 112 rules, for years the government has not yet decided:
 * 1/1; Tết = last day of the lunar year + lunar 1–4/1 (the usual default); Giỗ Tổ 10/3 lunar;
 * 30/4; 1/5; 2/9 plus one adjacent day; a holiday on a weekend gives the next free weekday off.
 */

function lunarToDayNumber(day: number, month: number, lunarYear: number): number {
  const s = getSolarDate(day, month, lunarYear);
  return dayNumberFromParts(s.year, s.month, s.day);
}

/**
 * Which neighbour of 2 September the government picks varies by year. Observed choices
 * (2021–2026) keep the pair touching a weekend: Thursday and Monday take 3/9; a Sunday 2/9 takes
 * 3/9 too (1/9 would be a Saturday); otherwise 1/9.
 */
function nationalDayNeighbour(year: number): number {
  const day2 = dayNumberFromParts(year, 9, 2);
  const w = weekdayOf(day2);
  return w === 1 || w === 4 || w === 0 ? day2 + 1 : day2 - 1;
}

export function statutoryHolidays(year: number): DayEntry[] {
  const days: [number, string][] = [[dayNumberFromParts(year, 1, 1), HOLIDAY_NAMES.newYear]];
  const lunarNewYear = lunarToDayNumber(1, 1, year);
  for (let d = lunarNewYear - 1; d <= lunarNewYear + 3; d++) days.push([d, HOLIDAY_NAMES.tet]);
  days.push([lunarToDayNumber(10, 3, year), HOLIDAY_NAMES.hungKings]);
  days.push([dayNumberFromParts(year, 4, 30), HOLIDAY_NAMES.reunification]);
  days.push([dayNumberFromParts(year, 5, 1), HOLIDAY_NAMES.labour]);
  const neighbour = nationalDayNeighbour(year);
  days.push([Math.min(neighbour, dayNumberFromParts(year, 9, 2)), HOLIDAY_NAMES.nationalDay]);
  days.push([Math.max(neighbour, dayNumberFromParts(year, 9, 2)), HOLIDAY_NAMES.nationalDay]);
  return days.sort((a, b) => a[0] - b[0]).map(([d, name]) => ({ date: keyOf(d), name }));
}

/** Compensatory days (Art. 112(3)): each weekend holiday gives the next weekday that is not already off. */
export function compensatoryDays(holidays: DayEntry[], holidayDayNumbers: number[]): DayOff[] {
  const taken = new Set(holidayDayNumbers);
  const result: DayOff[] = [];
  holidayDayNumbers.forEach((d, i) => {
    if (!isWeekend(d)) return;
    let c = d + 1;
    while (isWeekend(c) || taken.has(c)) c++;
    taken.add(c);
    result.push({ date: keyOf(c), name: HOLIDAY_NAMES.compensatory(holidays[i]?.name ?? ''), kind: 'compensatory' });
  });
  return result;
}

/** A whole year computed from the rules; used when the data file has no entry for that year. */
export function ruleBasedYear(year: number): YearSchedule {
  const holidays = statutoryHolidays(year);
  const numbers = holidays.map((h) => {
    const [y, m, d] = h.date.split('-').map(Number) as [number, number, number];
    return dayNumberFromParts(y, m, d);
  });
  return {
    year,
    status: 'rules',
    sources: ['Bộ luật Lao động 2019, Điều 112'],
    note: 'Computed from the Labour Code rules and the lunar calendar; no government decision recorded.',
    holidays,
    daysOff: compensatoryDays(holidays, numbers),
    workingWeekends: [],
  };
}
