import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';
import type { FormDefinition, FormField } from './form-definition.ts';

const words = (() => {
  const config = new ReadingConfig();
  config.unit = [];
  return (n: number) => doReadNumber(String(n), config).trim();
})();

/** "20/10/2026" → "ngày hai mươi, tháng mười, năm hai nghìn không trăm hai mươi sáu" (how civil status forms write it). */
export function dateInWords(date: string): string {
  const [d, m, y] = date.split('/').map(Number) as [number, number, number];
  return `ngày ${words(d)}, tháng ${words(m)}, năm ${words(y)}`;
}

/** A date as the bottom of a form writes it: "ngày 2 tháng 12 năm 2026". */
export function signedOn(today: Date): string {
  const local = new Date(today.getTime() + 7 * 3_600_000); // Asia/Ho_Chi_Minh, no daylight saving
  return `ngày ${local.getUTCDate()} tháng ${local.getUTCMonth() + 1} năm ${local.getUTCFullYear()}`;
}

/** True when the field is left out for this citizen (e.g. the head of household's own id). */
export function isSkipped(field: FormField, values: Record<string, string>): boolean {
  return field.skipWhen !== undefined && field.skipWhen.in.includes(values[field.skipWhen.field] ?? '');
}

/**
 * The fields filled without asking: today's date, the agency of the procedure, copies of other
 * fields and dates read in words. A field the citizen answered keeps the answer.
 */
export function completeValues(form: FormDefinition, answers: Record<string, string>, context: { today: Date; agency: string | null }): Record<string, string> {
  const values: Record<string, string> = { ...answers };
  for (const field of form.fields) {
    if (values[field.key] !== undefined || !field.fill) continue;
    const fill = field.fill;
    const value =
      fill.from === 'today' ? signedOn(context.today)
      : fill.from === 'agency' ? context.agency
      : fill.from === 'field' ? values[fill.field]
      : values[fill.field] ? dateInWords(values[fill.field]!) : undefined;
    if (value) values[field.key] = value;
  }
  return values;
}
