import { REPORT } from './strings.ts';

/** A rate as a percentage with one decimal; "không đo" when it was not measured. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? REPORT.notMeasured : `${(value * 100).toFixed(1)} %`;
}

/** A signed change in percentage points (rates) or in units (counts, milliseconds). */
export function signedChange(metric: string, delta: number | null): string {
  if (delta === null) return '–';
  const isRate = !metric.startsWith('latency') && metric !== 'grounding_violations';
  const value = isRate ? `${(delta * 100).toFixed(1)} điểm %` : delta.toFixed(1);
  return delta > 0 ? `+${value}` : value;
}

/** A figure as shown in a table: rates in percent, counts and milliseconds as numbers. */
export function figure(metric: string, value: number | null): string {
  if (value === null) return REPORT.notMeasured;
  if (metric.startsWith('latency') || metric === 'grounding_violations' || metric === 'n') return String(value);
  // A mean reciprocal rank is not a share of questions: shown as a score from 0 to 1.
  if (metric.endsWith('mrr')) return value.toFixed(3);
  return percent(value);
}
