import { describe, expect, it } from 'vitest';
import { createOpeningHours, parseWindow } from './opening-hours.ts';

// Instants in Asia/Ho_Chi_Minh (UTC+7).
const vn = (local: string) => new Date(`${local}+07:00`);

describe('opening hours on the working calendar', () => {
  const hours = createOpeningHours('07:30-17:00');

  it('is open on a working day within the hours only', () => {
    expect(hours.isOpen(vn('2026-12-02T09:00:00'))).toBe(true); // Wednesday
    expect(hours.isOpen(vn('2026-12-02T07:29:00'))).toBe(false);
    expect(hours.isOpen(vn('2026-12-02T17:00:00'))).toBe(false);
    expect(hours.isOpen(vn('2026-12-05T10:00:00'))).toBe(false); // Saturday
    expect(hours.isOpen(vn('2026-09-02T10:00:00'))).toBe(false); // National Day
  });

  it('tells the citizen when people answer next, skipping the weekend', () => {
    expect(hours.nextOpening(vn('2026-12-04T18:00:00')).toISOString()).toBe(vn('2026-12-07T07:30:00').toISOString()); // Friday evening → Monday
    expect(hours.nextOpening(vn('2026-12-02T06:00:00')).toISOString()).toBe(vn('2026-12-02T07:30:00').toISOString());
    expect(hours.closedNotice(vn('2026-12-04T18:00:00'))).toContain('07:30 thứ Hai, 07/12/2026');
  });

  it('is always open with a 24/7 team', () => {
    expect(createOpeningHours('07:30-17:00', { alwaysOpen: () => true }).isOpen(vn('2026-12-05T03:00:00'))).toBe(true);
  });

  it('refuses malformed windows', () => {
    expect(() => parseWindow('17:00-07:30')).toThrow(RangeError);
    expect(() => parseWindow('7h-17h')).toThrow(RangeError);
  });
});
