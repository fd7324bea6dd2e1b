import type { Level } from '../model/procedure.ts';
import { cleanLine } from './clean-text.ts';

/** cap_thuc_hien: "Cấp bộ, Cấp tỉnh, Cấp xã, Cơ quan khác" → levels in that order, no repeats. */

export const LEVEL_LABELS: ReadonlyArray<[Level, string]> = [
  ['bộ', 'Cấp bộ'],
  ['tỉnh', 'Cấp tỉnh'],
  ['xã', 'Cấp xã'],
  ['other', 'Cơ quan khác'],
];

export function parseLevels(field: string): Level[] {
  const parts = cleanLine(field)
    .split(',')
    .map((part) => part.trim().toLowerCase());
  return LEVEL_LABELS.filter(([, label]) => parts.includes(label.toLowerCase())).map(([level]) => level);
}

export function levelsText(levels: readonly Level[]): string {
  return LEVEL_LABELS.filter(([level]) => levels.includes(level))
    .map(([, label]) => label)
    .join(', ');
}
