import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { EvalSummary } from '../metrics/aggregate.ts';

/**
 * The quality gate: the lowest acceptable rates and the highest acceptable counts and latencies,
 * kept in evals/thresholds.json. Keys are the JSON summary's keys (dotted for nested figures).
 */
const ThresholdsSchema = z.object({
  about: z.string().optional(),
  min: z.partialRecord(z.enum(['top1', 'recall5', 'mrr', 'aspect', 'facts', 'facts_when_right', 'action']), z.number().min(0).max(1)),
  max: z.partialRecord(z.enum(['grounding_violations', 'latency_ms.p50', 'latency_ms.p95', 'invalid_lines']), z.number().min(0)),
});

export type Thresholds = z.infer<typeof ThresholdsSchema>;

export const THRESHOLDS_FILE = new URL('../thresholds.json', import.meta.url);

export interface ThresholdBreach {
  metric: string;
  limit: number;
  value: number | null;
  bound: 'min' | 'max';
}

export async function loadThresholds(file: URL | string = THRESHOLDS_FILE): Promise<Thresholds> {
  return ThresholdsSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

/** Every threshold the run crosses; a rate that was not measured at all crosses its minimum. */
export function checkThresholds(summary: EvalSummary, thresholds: Thresholds): ThresholdBreach[] {
  const breaches: ThresholdBreach[] = [];
  for (const [metric, limit] of Object.entries(thresholds.min) as [keyof Thresholds['min'], number][]) {
    const value = summary[metric] ?? null;
    if (value === null || value < limit) breaches.push({ metric, limit, value, bound: 'min' });
  }
  for (const [metric, limit] of Object.entries(thresholds.max) as [keyof Thresholds['max'], number][]) {
    const value = metric === 'latency_ms.p50' ? summary.latency_ms.p50 : metric === 'latency_ms.p95' ? summary.latency_ms.p95 : summary[metric];
    if (value > limit) breaches.push({ metric, limit, value, bound: 'max' });
  }
  return breaches;
}
