import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { EvalSummary } from '../metrics/aggregate.ts';

/**
 * The quality gate: the lowest acceptable rates and the highest acceptable counts and latencies,
 * kept in evals/thresholds.json. Keys are the JSON summary's keys (dotted for nested figures).
 */
const MIN_KEYS = ['top1', 'recall5', 'mrr', 'aspect', 'facts', 'facts_when_right', 'action', 'answered_right', 'choices_hit', 'abstain_rate'] as const;
const MAX_KEYS = ['grounding_violations', 'latency_ms.p50', 'latency_ms.p95', 'invalid_lines', 'wrong_answer_rate', 'abstain_rate'] as const;

const ThresholdsSchema = z.object({
  about: z.string().optional(),
  min: z.partialRecord(z.enum(MIN_KEYS), z.number().min(0).max(1)),
  max: z.partialRecord(z.enum(MAX_KEYS), z.number().min(0)),
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

function valueOf(summary: EvalSummary, metric: (typeof MIN_KEYS)[number] | (typeof MAX_KEYS)[number]): number | null {
  if (metric === 'latency_ms.p50') return summary.latency_ms.p50;
  if (metric === 'latency_ms.p95') return summary.latency_ms.p95;
  return summary[metric] ?? null;
}

/**
 * Every threshold the run crosses. A rate that was not measured at all crosses its minimum;
 * a maximum on a rate that was not measured (no answer turn for `wrong_answer_rate`) holds.
 */
export function checkThresholds(summary: EvalSummary, thresholds: Thresholds): ThresholdBreach[] {
  const breaches: ThresholdBreach[] = [];
  for (const [metric, limit] of Object.entries(thresholds.min) as [(typeof MIN_KEYS)[number], number][]) {
    const value = valueOf(summary, metric);
    if (value === null || value < limit) breaches.push({ metric, limit, value, bound: 'min' });
  }
  for (const [metric, limit] of Object.entries(thresholds.max) as [(typeof MAX_KEYS)[number], number][]) {
    const value = valueOf(summary, metric);
    if (value !== null && value > limit) breaches.push({ metric, limit, value, bound: 'max' });
  }
  return breaches;
}
