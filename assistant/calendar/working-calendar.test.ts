import { describe, expect, it } from 'vitest';
import { addWorkingDays, createWorkingCalendar, formatDateVi, isWorkingDay, toDateKey } from './index.ts';

const cal = createWorkingCalendar();
const due = (start: string, days: number): string => toDateKey(addWorkingDays(cal, start, days));

describe('isWorkingDay', () => {
  it.each([
    ['2025-01-01', false], // Tết Dương lịch
    ['2025-01-27', false], // Tết Ất Tỵ, 28 tháng Chạp
    ['2025-02-03', true], // back to work after Tết
    ['2025-04-07', false], // Giỗ Tổ
    ['2025-04-26', true], // Saturday worked for the 2/5 swap
    ['2025-05-02', false], // swapped day off
    ['2025-09-01', false],
    ['2026-01-02', false], // swapped with Saturday 10/1/2026
    ['2026-01-10', true],
    ['2026-02-13', true], // last working day before Tết Bính Ngọ
    ['2026-02-16', false],
    ['2026-02-20', false],
    ['2026-02-23', true],
    ['2026-04-27', false], // Giỗ Tổ 26/4 is a Sunday: compensatory Monday
    ['2026-08-22', true], // Saturday worked for the 31/8 swap
    ['2026-08-31', false],
    ['2026-09-03', true],
    ['2026-03-07', false], // ordinary Saturday
    ['2026-03-09', true], // ordinary Monday
  ])('%s → %s', (date, working) => {
    expect(isWorkingDay(cal, date)).toBe(working);
  });

  it('names the holiday and says whether the year is official', () => {
    expect(cal.describe('2026-02-17')).toMatchObject({ kind: 'holiday', name: 'Tết Nguyên đán', scheduleStatus: 'official' });
    expect(cal.describe('2027-02-10')).toMatchObject({ kind: 'day_off', working: false, scheduleStatus: 'rules' });
    expect(cal.describe('2026-01-10')).toMatchObject({ kind: 'working_weekend', working: true });
  });

  it('reads instants in Vietnam time, not the host time zone', () => {
    // 20:00 UTC on Friday 13/2 is already Saturday 14/2 03:00 in Hà Nội.
    expect(isWorkingDay(cal, new Date('2026-02-13T20:00:00Z'))).toBe(false);
    // 17:30 UTC on Thursday 12/2 is Friday 13/2 00:30 in Hà Nội.
    expect(isWorkingDay(cal, new Date('2026-02-12T17:30:00Z'))).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('does not count the submission day', () => {
    expect(due('2026-03-09', 1)).toBe('2026-03-10');
    expect(due('2026-02-02', 7)).toBe('2026-02-11');
    expect(due('2026-03-09', 0)).toBe('2026-03-09');
  });

  it('crosses a weekend', () => {
    expect(due('2026-03-06', 2)).toBe('2026-03-10');
  });

  it('treats a weekend submission as received on the next working day', () => {
    expect(due('2026-03-07', 2)).toBe('2026-03-11');
    expect(due('2026-03-08', 0)).toBe('2026-03-09');
  });

  it('crosses Tết 2025, 2026 and 2027', () => {
    expect(due('2025-01-24', 1)).toBe('2025-02-03');
    expect(due('2026-02-13', 3)).toBe('2026-02-25');
    expect(due('2026-02-09', 7)).toBe('2026-02-25');
    expect(due('2027-02-04', 1)).toBe('2027-02-12');
  });

  it('crosses 30/4–1/5 and the swapped days', () => {
    expect(due('2025-04-29', 2)).toBe('2025-05-06');
    expect(due('2025-04-25', 1)).toBe('2025-04-26');
    expect(due('2026-04-24', 3)).toBe('2026-05-04'); // 27/4 compensatory; 28, 29 count; 30/4–3/5 off
  });

  it('crosses 2/9 and its adjacent day', () => {
    expect(due('2025-08-29', 1)).toBe('2025-09-03');
    expect(due('2026-08-28', 1)).toBe('2026-09-03');
    expect(due('2026-08-21', 1)).toBe('2026-08-22');
    expect(due('2027-09-01', 1)).toBe('2027-09-06');
  });

  it('returns midnight in Vietnam and accepts instants', () => {
    const result = addWorkingDays(cal, new Date('2026-02-12T17:30:00Z'), 3);
    expect(result.toISOString()).toBe('2026-02-24T17:00:00.000Z');
    expect(formatDateVi(result)).toBe('thứ Tư, 25/02/2026');
  });

  it('rounds fractions up and refuses negative counts', () => {
    expect(due('2026-03-09', 0.5)).toBe('2026-03-10');
    expect(() => addWorkingDays(cal, '2026-03-09', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(cal, '2026-02-30', 1)).toThrow(RangeError);
  });

  it('falls back to the Labour Code rules for years without data', () => {
    // Tết Mậu Thân: lunar new year 26/1/2028 (Wednesday); Tết = 25/1–29/1, and 29/1 is a Saturday,
    // so Monday 31/1 is the compensatory day.
    expect(due('2028-01-24', 1)).toBe('2028-02-01');
    expect(cal.schedule(2028).status).toBe('rules');
  });

  it('uses the schedule it is given', () => {
    const custom = createWorkingCalendar({ years: [{ year: 2026, status: 'official', holidays: [{ date: '2026-03-10', name: 'Ngày thử' }] }] });
    expect(toDateKey(addWorkingDays(custom, '2026-03-09', 1))).toBe('2026-03-11');
    // Tết 2026 is absent from this custom data, so 16/2 is an ordinary Monday there.
    expect(isWorkingDay(custom, '2026-02-16')).toBe(true);
  });
});

describe('formatDateVi', () => {
  it.each([
    ['2026-02-02', 'thứ Hai, 02/02/2026'],
    ['2026-02-22', 'Chủ nhật, 22/02/2026'],
    ['2025-09-02', 'thứ Ba, 02/09/2025'],
  ])('%s → %s', (date, text) => {
    expect(formatDateVi(date)).toBe(text);
  });

  it('formats an instant as the Vietnamese calendar date', () => {
    expect(formatDateVi(new Date('2026-02-01T17:00:00Z'))).toBe('thứ Hai, 02/02/2026');
  });
});
