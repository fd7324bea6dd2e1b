import type { Duration, Fee, Method, SubmissionMethod } from '../model/procedure.ts';
import { cleanLine, nullIfEmpty } from './clean-text.ts';
import { FREE, cellAmountVnd, feeKind, feeText } from './parse-fee.ts';
import { NO_INFO } from './parse-methods.ts';
import type { PortalFee, PortalMethod } from './portal-record.ts';

/**
 * Typed executionMethods[] → Method. The same rules as the flattened parser, so both sources
 * agree: OTHER units keep the number with unit 'unspecified' (0 means no value), fees keep
 * their description in the text, non-VND and implausible amounts are null (unless the
 * description writes the amount out, see typedInThousands).
 */

const SUBMISSION: Record<string, SubmissionMethod> = { ONLINE: 'online', DIRECT: 'in_person', POSTAL: 'post' };
const UNITS: Record<string, { unit: Duration['unit']; label: string }> = {
  WORKING_DAY: { unit: 'working_days', label: 'Ngày làm việc' },
  DAY: { unit: 'days', label: 'Ngày' },
  HOUR: { unit: 'hours', label: 'Giờ' },
  MONTH: { unit: 'months', label: 'Tháng' },
};

export function mapPortalMethod(method: PortalMethod): Method | null {
  const kind = SUBMISSION[method.submissionMethod];
  if (!kind) return null;
  return {
    method: kind,
    duration: portalDuration(method.processingTime ?? null, method.processingTimeUnit ?? null),
    fees: method.fees.map(portalFee),
    note: nullIfEmpty(method.description),
  };
}

export function portalDuration(time: number | null, unitCode: string | null): Duration {
  const known = unitCode ? UNITS[unitCode] : undefined;
  if (time === null || time < 0) return { value: null, unit: 'unspecified', text: NO_INFO };
  if (known) return { value: time, unit: known.unit, text: `${time} ${known.label}` };
  if (time === 0) return { value: null, unit: 'unspecified', text: NO_INFO };
  return { value: time, unit: 'unspecified', text: String(time) };
}

export function portalFee(fee: PortalFee): Fee {
  const description = nullIfEmpty(fee.description);
  const value = fee.value ?? null;
  const currency = fee.currencyName ? cleanLine(fee.currencyName) : null;
  const cell = value === 0 ? FREE : value === null ? NO_INFO : `${value.toLocaleString('en-US')} ${currency ?? ''}`.trim();
  return {
    kind: description === null ? null : feeKind(description),
    amountVnd: value === null ? null : cellAmountVnd(value, currency, description),
    text: feeText(cell, description),
  };
}

/** methodsText for the typed source: one line per method, in the portal's own words. */
export function portalMethodsText(methods: readonly Method[]): string {
  const label: Record<SubmissionMethod, string> = { in_person: 'Trực tiếp', online: 'Trực tuyến', post: 'Dịch vụ bưu chính' };
  return methods
    .map((method) => [label[method.method], method.duration.text, ...method.fees.map((fee) => fee.text), method.note ?? ''].filter(Boolean).join('; '))
    .join('\n');
}
