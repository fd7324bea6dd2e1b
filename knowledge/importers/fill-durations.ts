import type { Duration, Method } from '../model/procedure.ts';
import { findDurationStatements, type DurationStatement } from './find-duration-statements.ts';

/**
 * A method row whose Thời gian cell lacks a unit or a value takes it from the record's own prose
 * (the row's Mô tả and fee description, then the steps), and only when that prose is unambiguous:
 * - a bare number ("15") takes the unit of the statements giving that same number ("trong thời
 *   hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ"), when they all use one unit;
 * - a missing time (or a bare 0, which the portal API also treats as none) takes a labelled statement ("Thời hạn giải quyết: 07 ngày làm việc") when the
 *   labelled statements all agree. Deadlines counted from the receipt of the dossier are not used
 *   here: a procedure often has several (one per agency), and none alone is the whole time.
 * The filled duration's text is the official wording it was read from. Measured on the rows whose
 * cell does have a unit, the prose agrees with the cell in 94% of cases; every disagreement is
 * "ngày" against "ngày làm việc", the portal contradicting itself, which is why a cell that has a
 * unit is never changed.
 */

export function fillDurations(methods: readonly Method[], stepsText: string): Method[] {
  if (methods.every((method) => method.duration.unit !== 'unspecified')) return [...methods];
  const fromSteps = findDurationStatements(stepsText);
  return methods.map((method) => {
    if (method.duration.unit !== 'unspecified') return method;
    const fromNote = findDurationStatements([method.note ?? '', ...method.fees.map((fee) => fee.text)].join('\n'));
    const filled = fillOne(method.duration, fromNote, fromSteps);
    return filled ? { ...method, duration: filled } : method;
  });
}

function fillOne(duration: Duration, fromNote: DurationStatement[], fromSteps: DurationStatement[]): Duration | null {
  if (duration.value !== null && duration.value > 0) {
    const value = duration.value;
    const same = [...fromNote, ...fromSteps].filter((statement) => statement.value === value);
    return agreed(same);
  }
  const labelled = (statements: DurationStatement[]) => statements.filter((statement) => statement.wording === 'label');
  return labelled(fromNote).length > 0 ? agreed(labelled(fromNote)) : agreed(labelled(fromSteps));
}

/** The first statement, when all of them give the same value in the same unit. */
function agreed(statements: DurationStatement[]): Duration | null {
  const [first] = statements;
  if (!first || statements.some((statement) => statement.value !== first.value || statement.unit !== first.unit)) return null;
  return { value: first.value, unit: first.unit, text: first.text };
}
