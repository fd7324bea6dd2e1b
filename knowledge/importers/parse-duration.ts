import type { Duration } from '../model/procedure.ts';
import { cleanLine } from './clean-text.ts';

/**
 * The Thời gian cell of a method row: "7 Ngày làm việc", "15 Ngày", "8 Giờ", "4 Tháng", a bare
 * number ("1": the portal stores a number with no unit), "1.5 Ngày làm việc", or free text
 * ("Không có thông tin", "Không quy định", …). A bare number keeps its value with unit
 * 'unspecified' (the number is official, the unit is not given); anything else we cannot read is
 * value null, unit 'unspecified', with the text kept.
 */

const UNITS: ReadonlyArray<[RegExp, Duration['unit']]> = [
  [/^ngày làm việc$/i, 'working_days'],
  [/^ngày$/i, 'days'],
  [/^giờ$/i, 'hours'],
  [/^tháng$/i, 'months'],
];

const CELL = /^(\d+(?:[.,]\d+)?)(?:\s*(\S.*))?$/;

export function parseDuration(cell: string): Duration {
  const text = cleanLine(cell);
  const match = CELL.exec(text);
  if (!match) return { value: null, unit: 'unspecified', text };
  const value = Number((match[1] ?? '').replace(',', '.'));
  if (!Number.isFinite(value)) return { value: null, unit: 'unspecified', text };
  const unitText = match[2];
  if (unitText === undefined) return { value, unit: 'unspecified', text };
  const unit = UNITS.find(([pattern]) => pattern.test(unitText))?.[1];
  return unit ? { value, unit, text } : { value: null, unit: 'unspecified', text };
}

/** True when the duration carries a number in a known unit (the coverage definition). */
export function isConfidentDuration(duration: Duration): boolean {
  return duration.value !== null && duration.unit !== 'unspecified';
}
