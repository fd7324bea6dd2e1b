import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../../assistant/index.ts';
import { dueAt, remindAt, vnDateKey, workingDaysBetween } from './deadlines.ts';

const cal = createWorkingCalendar();
const at = (iso: string) => new Date(iso);
const day = (d: Date) => vnDateKey(d);

describe('complaint deadlines on the working calendar', () => {
  it('skips Tết 2027 (5–9 Feb) and its compensatory days (10–11 Feb) for working-day rules', () => {
    // Received Thursday 4 Feb 2027, the last working day before Tết.
    const received = at('2027-02-04T09:00:00+07:00');
    expect(day(dueAt(cal, received, { days: 1, unit: 'working' }))).toBe('2027-02-12');
    expect(day(dueAt(cal, received, { days: 5, unit: 'working' }))).toBe('2027-02-18');
    expect(day(dueAt(cal, received, { days: 10, unit: 'working' }))).toBe('2027-02-25');
    // The deadline is the end of that day in Vietnam.
    expect(dueAt(cal, received, { days: 5, unit: 'working' }).toISOString()).toBe('2027-02-18T16:59:59.999Z');
  });

  it('counts a ticket received on a weekend from the next working day', () => {
    const saturday = at('2026-12-05T10:00:00+07:00');
    expect(day(dueAt(cal, saturday, { days: 0, unit: 'working' }))).toBe('2026-12-07');
    expect(day(dueAt(cal, saturday, { days: 5, unit: 'working' }))).toBe('2026-12-14');
    // Late Friday evening in Vietnam is still Friday, though already Saturday in no zone that matters.
    const fridayNight = at('2026-12-04T23:30:00+07:00');
    expect(day(dueAt(cal, fridayNight, { days: 1, unit: 'working' }))).toBe('2026-12-07');
  });

  it('counts calendar days for complaints and moves a deadline that falls on a day off to the next working day', () => {
    expect(day(dueAt(cal, at('2027-01-01T08:00:00+07:00'), { days: 30, unit: 'calendar' }))).toBe('2027-02-01');
    // 1 Feb + 10 days = Thursday 11 Feb, a compensatory Tết day: due Friday 12 Feb.
    expect(day(dueAt(cal, at('2027-02-01T08:00:00+07:00'), { days: 10, unit: 'calendar' }))).toBe('2027-02-12');
    // Ends on Saturday 12 Dec 2026: due Monday.
    expect(day(dueAt(cal, at('2026-12-02T08:00:00+07:00'), { days: 10, unit: 'calendar' }))).toBe('2026-12-14');
  });

  it('reminds after 75% of the working time, never inside Tết', () => {
    const received = at('2027-02-04T09:00:00+07:00');
    // 10 working days → 7.5: noon of the 8th working day (Tuesday 23 Feb).
    expect(remindAt(cal, received, { days: 10, unit: 'working' }, 0.75).toISOString()).toBe('2027-02-23T05:00:00.000Z');
    // 4 working days → 3: the end of the 3rd (Tuesday 16 Feb).
    expect(day(remindAt(cal, received, { days: 4, unit: 'working' }, 0.75))).toBe('2027-02-16');
    const start = at('2027-01-01T00:00:00+07:00');
    const due = dueAt(cal, start, { days: 30, unit: 'calendar' });
    expect(remindAt(cal, start, { days: 30, unit: 'calendar' }, 0.75).getTime()).toBe(Math.floor(start.getTime() + 0.75 * (due.getTime() - start.getTime())));
  });

  it('measures handling time in working days', () => {
    expect(workingDaysBetween(cal, at('2027-02-04T09:00:00+07:00'), at('2027-02-18T15:00:00+07:00'))).toBe(5);
    expect(workingDaysBetween(cal, at('2026-12-04T09:00:00+07:00'), at('2026-12-04T17:00:00+07:00'))).toBe(0);
    expect(workingDaysBetween(cal, at('2026-12-04T09:00:00+07:00'), at('2026-12-07T08:00:00+07:00'))).toBe(1);
  });
});
