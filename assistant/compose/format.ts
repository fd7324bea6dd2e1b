import type { Duration, Fee, Method, SubmissionMethod } from '../../knowledge/index.ts';
import { METHOD_LABEL, METHOD_SHORT, T, UNIT_LABEL } from './strings.ts';

/** 50000 → "50.000 đồng": dot thousands, as Vietnamese write amounts. */
export function formatVnd(amount: number): string {
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
}

/** "3 ngày làm việc"; the official text when the number was not read with confidence. */
export function formatDuration(duration: Duration): string {
  if (duration.value === null || duration.unit === 'unspecified') return duration.text.trim();
  return `${formatNumber(duration.value)} ${UNIT_LABEL[duration.unit]}`;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
}

/** One fee: the amount as parsed, or the official text when it could not be read. */
export function formatFee(fee: Fee): string {
  if (fee.amountVnd === 0) return T.free;
  if (fee.amountVnd === null) return `“${fee.text.trim()}”`;
  return T.amount(fee.kind === null ? null : capitalise(fee.kind), formatVnd(fee.amountVnd));
}

/** All fees of one method, or a plain "not stated". */
export function formatFees(fees: readonly Fee[]): string {
  return fees.length === 0 ? T.feeNotStated : fees.map(formatFee).join('; ');
}

/** "trực tuyến, trực tiếp" for the methods of a record, each once. */
export function methodList(methods: readonly Method[] | readonly SubmissionMethod[], separator = ', '): string {
  const names = methods.map((m) => (typeof m === 'string' ? m : m.method));
  return [...new Set(names)].map((m) => METHOD_SHORT[m]).join(separator);
}

/** "Nộp trực tuyến hoặc trực tiếp": several methods named once. */
export function methodsLabel(methods: readonly Method[]): string {
  const names = [...new Set(methods.map((m) => m.method))];
  return [METHOD_LABEL[names[0] as SubmissionMethod], ...names.slice(1).map((m) => METHOD_SHORT[m])].join(' hoặc ');
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Total fee of one method when every fee has a known amount; null otherwise. */
export function knownTotal(fees: readonly Fee[]): number | null {
  if (fees.length === 0) return null;
  let total = 0;
  for (const fee of fees) {
    if (fee.amountVnd === null) return null;
    total += fee.amountVnd;
  }
  return total;
}

/** Duration in hours when comparable across methods; null when the text holds no number. */
export function durationHours(duration: Duration): number | null {
  if (duration.value === null) return null;
  const perUnit = { working_days: 24, days: 24, hours: 1, months: 24 * 30, unspecified: null }[duration.unit];
  return perUnit === null ? null : duration.value * perUnit;
}
