import { describe, expect, it } from 'vitest';
import defaultHolidays from './holidays.json' with { type: 'json' };
import { parseHolidayData, ruleBasedYear, statutoryHolidays } from './index.ts';

const dates = (year: number, name: string): string[] => statutoryHolidays(year).filter((h) => h.name === name).map((h) => h.date);

describe('lunar holidays', () => {
  it.each([
    [2025, '2025-01-29', '2025-04-07'],
    [2026, '2026-02-17', '2026-04-26'],
    [2027, '2027-02-06', '2027-04-16'],
  ])('%i: lunar new year %s, Giỗ Tổ %s', (year, newYear, hungKings) => {
    const tet = dates(year, 'Tết Nguyên đán');
    expect(tet).toHaveLength(5);
    expect(tet[1]).toBe(newYear); // the first Tết day is the last day of the lunar year
    expect(dates(year, 'Giỗ Tổ Hùng Vương')).toEqual([hungKings]);
  });

  it('gives a compensatory weekday for a holiday on a weekend', () => {
    const y2026 = ruleBasedYear(2026);
    expect(y2026.daysOff).toEqual([expect.objectContaining({ date: '2026-04-27', kind: 'compensatory' })]);
  });

  it('picks the neighbour of 2/9 the government used in 2025 and 2026', () => {
    expect(dates(2025, 'Quốc khánh')).toEqual(['2025-09-01', '2025-09-02']);
    expect(dates(2026, 'Quốc khánh')).toEqual(['2026-09-01', '2026-09-02']);
  });
});

describe('holidays.json', () => {
  const data = parseHolidayData(defaultHolidays);

  it('covers 2025–2027, official where a decision exists', () => {
    expect(data.years.map((y) => [y.year, y.status])).toEqual([[2025, 'official'], [2026, 'official'], [2027, 'rules']]);
    expect(data.years.find((y) => y.year === 2027)?.note).toMatch(/No government decision/);
  });

  it('stores 2027 exactly as the rules compute it', () => {
    const stored = data.years.find((y) => y.year === 2027);
    const computed = ruleBasedYear(2027);
    expect(stored?.holidays.map((h) => h.date)).toEqual(computed.holidays.map((h) => h.date));
    expect(stored?.daysOff.map((h) => h.date)).toEqual(computed.daysOff.map((h) => h.date));
  });

  it('keeps the statutory 11 holiday days each year', () => {
    for (const y of data.years) expect(y.holidays).toHaveLength(11);
  });

  it('rejects a date filed under the wrong year', () => {
    expect(() => parseHolidayData({ years: [{ year: 2026, status: 'official', holidays: [{ date: '2025-01-01', name: 'x' }] }] })).toThrow(RangeError);
  });
});
